"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * `mlhealth scenario` and `mlhealth deps` run in-process through the CLI dispatcher on the example specs.
 */
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const cascade_1 = require("../cascade");
const spec_1 = require("../spec");
const baseline_1 = require("../whatif/baseline");
const main_1 = require("./main");
const EXAMPLES = (0, node_path_1.join)(__dirname, '..', '..', 'examples');
const NOW = '1740787200';
let dir;
beforeAll(() => {
    dir = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'mlhealth-scenario-'));
});
afterAll(() => (0, node_fs_1.rmSync)(dir, { recursive: true, force: true }));
async function cli(args) {
    const out = [];
    const err = [];
    const code = await (0, main_1.runCli)(args, {
        stdout: (t) => out.push(t),
        stderr: (t) => err.push(t),
        cwd: EXAMPLES,
        env: {},
    });
    return { code, stdout: out.join(''), stderr: err.join('') };
}
describe('mlhealth scenario', () => {
    it('prints the business impact table against the healthy baseline', async () => {
        const r = await cli([
            'scenario',
            'realistic.yaml',
            '--set',
            'fraud.drift.amount=0.3',
            '--exposure',
            'revenue_assurance=100000',
            '--now',
            NOW,
        ]);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        expect(r.stdout).toMatch(/^what-if on payments-and-discovery 2\.3\.1 \([0-9a-f]{12}\), baseline healthy, failure unknown\n/);
        expect(r.stdout).toContain('  1. fraud.drift.amount = 0.3\n');
        expect(r.stdout).toMatch(/revenue_assurance\s+revenue_at_risk\s+EUR\/hour\s+0\s+\d+\s+\+\d+\s+ok → (warning|critical)/);
        expect(r.stdout).toContain('revenue_assurance → ');
        expect(r.stdout).toContain('evaluated at 2025-03-01T00:00:00.000Z');
    });
    it('keeps the order of the flags and matches the engine in JSON', async () => {
        const args = [
            '--set',
            'recs.serving.latency_p99=0.6',
            '--fail-feature',
            'fraud.merchant_category',
            '--set',
            'fraud.governance=score:0.4',
            '--age-model',
            'recs=45d',
            '--scale-exposure',
            'customer_impact=2',
        ];
        const r = await cli([
            'scenario',
            'realistic.yaml',
            ...args,
            '--failure',
            'worst_case',
            '--format',
            'json',
            '--now',
            NOW,
        ]);
        expect(r.code).toBe(0);
        const json = JSON.parse(r.stdout);
        const changes = [
            { node: 'recs.serving.latency_p99', value: 0.6 },
            { fail_feature: { model: 'fraud', feature: 'merchant_category' } },
            { node: 'fraud.governance', score: 0.4 },
            { age_model: { model: 'recs', days: 45 } },
            { scale_exposure: { node: 'customer_impact', factor: 2 } },
        ];
        expect(json.changes).toEqual(changes);
        expect(json.baseline).toBe('healthy');
        const { spec } = await (0, spec_1.loadSpecFile)((0, node_path_1.join)(EXAMPLES, 'realistic.yaml'));
        const now = Number(NOW);
        const direct = (0, cascade_1.evaluateScenario)(spec, (0, baseline_1.healthyInputs)(spec, now), changes, now, { failure: 'worst_case' });
        for (const d of json.impacts)
            expect(d.scenario).toBe(direct.nodes.find((n) => n.id === d.node)?.impact?.value ?? null);
        expect(json.impacts.find((d) => d.node === 'compliance_exposure')?.scenario).toBeGreaterThan(0);
    });
    it('starts from a named scenario and prices market conditions', async () => {
        const r = await cli([
            'scenario',
            'realistic.yaml',
            '--named',
            'black_friday',
            '--set-exposure',
            'customer_impact=104000',
            '--scale-exposure',
            '2',
            '--format',
            'json',
            '--now',
            NOW,
        ]);
        const json = JSON.parse(r.stdout);
        expect(json.changes.slice(-2)).toEqual([
            { set_exposure: { node: 'customer_impact', value: 104000 } },
            { scale_exposure: { factor: 2 } },
        ]);
        const customers = json.impacts.find((d) => d.node === 'customer_impact');
        expect(customers?.scenario).toBeCloseTo(104000 * 2 * 0.01, 6); // step loss 0.01 for a score in [0.75, 0.95)
    });
    it('reads observations from --inputs over the healthy baseline', async () => {
        const file = (0, node_path_1.join)(dir, 'inputs.json');
        (0, node_fs_1.writeFileSync)(file, JSON.stringify({
            observations: { 'fraud.serving.errors': 0.03 },
            exposures: { revenue_assurance: 50000 },
        }));
        const r = await cli([
            'scenario',
            'realistic.yaml',
            '--inputs',
            file,
            '--set',
            'fraud.serving.errors=0',
            '--format',
            'json',
            '--now',
            NOW,
        ]);
        expect(r.code).toBe(0);
        const json = JSON.parse(r.stdout);
        expect(json.baseline).toBe(file);
        expect(json.assumed_healthy).toHaveLength(27);
        const revenue = json.impacts.find((d) => d.node === 'revenue_assurance');
        expect(revenue?.live).toBeGreaterThan(0); // errors at 3% > critical 2% in the baseline
        expect(revenue?.difference).toBeLessThan(0); // fixing them lowers the money at risk
    });
    it('names the flag behind each change the spec does not have, with exit 2', async () => {
        const r = await cli([
            'scenario',
            'realistic.yaml',
            '--set',
            'ghost=1',
            '--fail-source',
            'thanos',
            '--set-exposure',
            'fraud=1',
            '--set',
            'fraud.drift=0.3',
        ]);
        expect(r.code).toBe(2);
        expect(r.stderr.split('\n').slice(0, 4)).toEqual([
            "--set ghost=1: no node 'ghost' in spec payments-and-discovery",
            "--fail-source thanos: no source 'thanos' in spec payments-and-discovery (sources: prom)",
            "--set fraud.drift=0.3: node 'fraud.drift' is not a base node; set its score or status instead",
            "--set-exposure fraud=…: no node 'fraud' in spec payments-and-discovery",
        ]);
        expect(r.stderr).toContain('mlhealth scenario: the scenario does not fit realistic.yaml (4 problems)');
    });
    it.each([
        [['--set', 'x'], "--set 'x' is not NAME=VALUE"],
        [['--set', 'a=score:2'], "--set 'a=score:2': score must be a number in [0, 1]"],
        [['--set', 'a=status:red'], "--set 'a=status:red': status must be one of ok, warning, critical, unknown"],
        [
            ['--fail-feature', 'payments.amount'],
            "--fail-feature 'payments.amount' is not MODEL.FEATURE for a model of the spec (models: fraud, recs)",
        ],
        [
            ['--age-model', 'fraud=soon'],
            "--age-model 'fraud=soon': 'soon' is not a number of days or a duration such as 30d",
        ],
        [['--scale-exposure=-1'], "--scale-exposure '-1': '-1' is not a non-negative number"],
        [
            ['--exposure', 'customer_impact=5'],
            "--exposure 'customer_impact=5': customer_impact has a constant exposure (52000)",
        ],
        [['--format', 'yaml'], "--format 'yaml' is not one of table, json"],
        [['--now', 'yesterday'], "--now 'yesterday': 'yesterday' is not a timestamp"],
    ])('refuses %j with a usage error', async (args, message) => {
        const r = await cli(['scenario', 'realistic.yaml', ...args]);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain(message);
    });
    it('lists the problems of an invalid spec and of a bad inputs file', async () => {
        const bad = (0, node_path_1.join)(dir, 'bad.yaml');
        (0, node_fs_1.writeFileSync)(bad, 'api_version: mlhealth/v1\nname: x\n');
        const r = await cli(['scenario', bad]);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain(`mlhealth scenario: ${bad} is not a valid spec`);
        const inputs = (0, node_path_1.join)(dir, 'bad-inputs.json');
        (0, node_fs_1.writeFileSync)(inputs, JSON.stringify({ observations: { ghost: 1 } }));
        const i = await cli(['scenario', 'realistic.yaml', '--inputs', inputs]);
        expect(i.code).toBe(2);
        expect(i.stderr).toContain(`${inputs}: observations.ghost: no node 'ghost' in spec payments-and-discovery`);
    });
    it('prints its usage on --help', async () => {
        const r = await cli(['scenario', '--help']);
        expect(r.code).toBe(0);
        expect(r.stdout).toContain('usage: mlhealth scenario SPEC');
    });
});
//# sourceMappingURL=scenario.test.js.map