"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const parse_1 = require("../parse");
const applyEdits_1 = require("./applyEdits");
const TEXT = `# header comment
api_version: mlhealth/v1
name: t
version: "1.2.3" # bumped by calibrate
models:
  - id: m
    version: '1'
    task: classification
    reference: { file: ref.csv }
    features: [{ name: x, type: numeric, range: [0, 1] }]
nodes:
  - id: m.missing
    tier: base
    model: m
    signal: { kind: missing_ratio }
    thresholds: { derive: { method: reference_chunks } } # calibrated
    owner: data
  - id: m.missing_x
    tier: base
    model: m
    signal: { kind: missing_ratio, feature: x }
    thresholds:
      # hand-tuned once, now derived
      warning: 0.1 # old
      critical: 0.2
      derive: { method: reference_chunks, k: 2 }
    owner: data
  - id: top
    tier: component
    children: [m.missing, m.missing_x]
    rollup: { rule: worst_of }
`;
function change(index, warning, critical) {
    return {
        index,
        node: { id: `n${index}` },
        before: { warning: Number.NaN, critical: Number.NaN },
        result: {
            warning,
            critical,
            derived: {
                method: 'reference_chunks',
                k: 3,
                critical_k: 5,
                chunks: 10,
                at: 1740787200,
                mean: 0.01,
                std: 0.002,
                samples: 10,
            },
        },
    };
}
describe('applyCalibration', () => {
    const out = (0, applyEdits_1.applyCalibration)(TEXT, [change(0, 0.016, 0.02), change(1, 0.014, 0.018)], '1.2.4');
    it('changes only the calibrated thresholds and the version, keeping every comment', () => {
        expect(out).toBe(`# header comment
api_version: mlhealth/v1
name: t
version: "1.2.4" # bumped by calibrate
models:
  - id: m
    version: '1'
    task: classification
    reference: { file: ref.csv }
    features: [{ name: x, type: numeric, range: [0, 1] }]
nodes:
  - id: m.missing
    tier: base
    model: m
    signal: { kind: missing_ratio }
    thresholds: # calibrated
      derive: { method: reference_chunks }
      warning: 0.016
      critical: 0.02
      derived:
        method: reference_chunks
        k: 3
        critical_k: 5
        chunks: 10
        at: 2025-03-01T00:00:00Z
        mean: 0.01
        std: 0.002
        samples: 10
    owner: data
  - id: m.missing_x
    tier: base
    model: m
    signal: { kind: missing_ratio, feature: x }
    thresholds:
      # hand-tuned once, now derived
      warning: 0.014 # old
      critical: 0.018
      derive: { method: reference_chunks, k: 2 }
      derived:
        method: reference_chunks
        k: 3
        critical_k: 5
        chunks: 10
        at: 2025-03-01T00:00:00Z
        mean: 0.01
        std: 0.002
        samples: 10
    owner: data
  - id: top
    tier: component
    children: [m.missing, m.missing_x]
    rollup: { rule: worst_of }
`);
    });
    it('produces a spec that loads, with the derivation recorded', () => {
        const { spec, warnings } = (0, parse_1.parseSpec)(out, 'out.yaml');
        expect(spec.version).toBe('1.2.4');
        expect(spec.nodes[0]?.thresholds).toMatchObject({
            warning: 0.016,
            critical: 0.02,
            derived: { at: 1740787200, mean: 0.01 },
        });
        expect(warnings).toEqual([]);
    });
    it.each([
        ['version: 7', '8', 'version: 8'],
        ["version: '7'", '8', "version: '8'"],
        ['version: 1.2.3', '1.2.4', 'version: 1.2.4'],
        ['version: 1.2.3', '9', "version: '9'"],
    ])('keeps the version style: %s -> %s', (line, next, expected) => {
        const text = TEXT.replace('version: "1.2.3" # bumped by calibrate', line);
        expect((0, applyEdits_1.applyCalibration)(text, [], next)).toContain(`\n${expected}\n`);
    });
    it('refuses a plan that does not fit the text', () => {
        expect(() => (0, applyEdits_1.applyCalibration)(TEXT, [change(2, 0.1, 0.2)], '1.2.4')).toThrow('nodes[2] (n2) has no thresholds mapping');
    });
});
//# sourceMappingURL=applyEdits.test.js.map