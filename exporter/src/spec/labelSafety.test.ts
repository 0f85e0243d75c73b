/**
 * User strings as label values cannot break the exposition or inject series. A prom-client Registry
 * with a gauge, a counter and one of the exporter's own `SnapshotFamily` families (the path every
 * mlhealth series takes) is labelled with hostile values, rendered by the exporter's `CachedExposition`,
 * then checked by `promtool check metrics` and by a strict parser: each sample line has exactly the
 * expected labels, each value reads back to the original string, and no other series appears.
 * (A real Prometheus reads the same values back in prometheus.test.ts.)
 */
import { Counter, Gauge, Registry } from 'prom-client';
import { CachedExposition } from '../metrics/exposition';
import { registerFamily } from '../metrics/family';
import { METRICS } from '../metrics/names';
import { labelValueProblem, labelValueProblems } from './labelSafety';
import { parseExposition } from '../security/__fixtures__/exposition';
import { NASTY_LABEL_VALUES } from '../security/__fixtures__/nastyLabels';
import { promtool } from '../security/__fixtures__/promtool';

async function render(values: readonly string[]): Promise<string> {
  const registry = new Registry();
  const missing = new Gauge({
    name: METRICS.featureMissingRatio.name,
    help: METRICS.featureMissingRatio.help,
    labelNames: ['model', 'feature'],
    registers: [registry],
  });
  const violations = new Counter({
    name: METRICS.featureViolations.name,
    help: METRICS.featureViolations.help,
    labelNames: ['model', 'feature', 'kind'],
    registers: [registry],
  });
  values.forEach((v, i) => {
    missing.set({ model: v, feature: v }, i / 100);
    violations.inc({ model: 'fraud', feature: v, kind: 'type' }, i);
  });
  registerFamily(registry, METRICS.featureDrift, 'gauge', () =>
    values.map((v, i) => ({ labels: { model: 'fraud', feature: v, method: 'psi' }, value: i })),
  );
  return new CachedExposition(registry).render();
}

describe('hostile label values in the exposition', () => {
  let text: string;
  beforeAll(async () => {
    text = await render(NASTY_LABEL_VALUES);
  });

  test('promtool check metrics accepts the output', () => {
    expect(text.length).toBeGreaterThan(1000);
    expect(promtool(['check', 'metrics'], text)).toEqual({ code: 0, output: '' });
  });

  test('a strict parser reads every line; each sample has exactly its labels, and the values read back', () => {
    const { samples, problems } = parseExposition(text);
    expect(problems).toEqual([]);
    const n = NASTY_LABEL_VALUES.length;
    expect(samples).toHaveLength(3 * n);
    expect(new Set(samples.map((s) => s.name))).toEqual(
      new Set([
        'mlhealth_feature_missing_ratio',
        'mlhealth_feature_violations_total',
        'mlhealth_feature_drift',
      ]),
    );
    const byName = (name: string) => samples.filter((s) => s.name === name);
    expect(byName('mlhealth_feature_missing_ratio').map((s) => s.labels)).toEqual(
      NASTY_LABEL_VALUES.map((v) => [
        ['model', v],
        ['feature', v],
      ]),
    );
    expect(byName('mlhealth_feature_violations_total').map((s) => s.labels)).toEqual(
      NASTY_LABEL_VALUES.map((v) => [
        ['model', 'fraud'],
        ['feature', v],
        ['kind', 'type'],
      ]),
    );
    expect(byName('mlhealth_feature_drift').map((s) => s.labels)).toEqual(
      NASTY_LABEL_VALUES.map((v) => [
        ['model', 'fraud'],
        ['feature', v],
        ['method', 'psi'],
      ]),
    );
    expect(byName('mlhealth_feature_drift').map((s) => s.value)).toEqual(
      NASTY_LABEL_VALUES.map((_v, i) => String(i)),
    );
  });

  test('the only comment lines are the three families’ HELP and TYPE', () => {
    expect(text.split('\n').filter((l) => l.startsWith('#'))).toHaveLength(6);
  });

  test('the strict parser itself refuses a broken line (so the test above can fail)', () => {
    expect(parseExposition('m{a="x"y"} 1\nm{a="\\t"} 1\nm{a="ok"} 1 1700000000\n').problems).toEqual([
      'line 1: expected , or } at column 7: "m{a=\\"x\\"y\\"} 1"',
      'line 2: invalid escape \\t at column 6: "m{a=\\"\\\\t\\"} 1"',
      'line 3: expected " value" and nothing more, got " 1 1700000000"',
    ]);
  });

  test('a lone UTF-16 surrogate is not preserved: two names would collapse into one series', async () => {
    // What goes on the wire is UTF-8: encode as the HTTP response does, then read back.
    const wire = Buffer.from(await render(['x\ud800', 'x\udbff']), 'utf8').toString('utf8');
    const collapsed = parseExposition(wire).samples.filter((s) => s.name === 'mlhealth_feature_drift');
    expect(collapsed.map((s) => s.labels[1][1])).toEqual(['x\ufffd', 'x\ufffd']);
  });
});

describe('labelValueProblem: what to refuse at the boundary anyway', () => {
  test.each([
    ['amount', null],
    ['montant_€ 数据 🚀', null],
    ['quote"and\\backslash {braces}', null],
    ['line\nbreak', 'contains the control character U+000A at index 4'],
    ['carriage\rreturn', 'contains the control character U+000D at index 8'],
    ['tab\t', 'contains the control character U+0009 at index 3'],
    ['nul\u0000', 'contains the control character U+0000 at index 3'],
    ['del\u007f', 'contains the control character U+007F at index 3'],
    ['c1\u0085', 'contains the control character U+0085 at index 2'],
    ['spoof\u202eexe.txt', 'contains the bidirectional formatting character U+202E at index 5'],
    ['lone\ud800', 'is not valid Unicode (a lone surrogate U+D800 at index 4)'],
    ['\udc00x', 'is not valid Unicode (a lone surrogate U+DC00 at index 0)'],
  ])('%j → %s', (value, problem) => {
    expect(labelValueProblem(value)).toBe(problem);
  });

  test('labelValueProblems names each path', () => {
    expect(
      labelValueProblems([
        { path: 'models[0].features[1].name', value: 'ok', what: 'feature name' },
        { path: 'models[0].features[2].name', value: 'a\nb', what: 'feature name' },
      ]),
    ).toEqual([
      {
        path: 'models[0].features[2].name',
        message: 'feature name contains the control character U+000A at index 1',
      },
    ]);
  });
});
