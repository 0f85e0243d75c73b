import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSpecFile, type LoadedSpec } from '../spec';
import { REGIONS, referenceCsv } from '../spec/init/__fixtures__/reference';
import { runInit } from './init';
import { UsageError, type CliIO } from './io';
import { runCli } from './main';

function capture(cwd: string): { io: CliIO; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    io: { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd, env: {} },
    out: () => out,
    err: () => err,
  };
}

const NOW = '2025-03-01T00:00:00Z';
const PLACEHOLDERS = [
  'models[0].owner: placeholder',
  'nodes[23].owner: placeholder',
  'nodes[23].impact.exposure.constant: placeholder',
];

/** The spec's warnings as `path: placeholder` (the message up to its first colon). */
const warningsOf = (loaded: LoadedSpec): string[] =>
  loaded.warnings.map((w) => `${w.path}: ${w.message.split(':')[0]}`);

describe('mlhealth init', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mlhealth-init-'));
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'data', 'train.csv'), referenceCsv(400, 'classification'));
    writeFileSync(join(dir, 'data', 'prices.csv'), referenceCsv(400, 'regression'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a classifier spec that loads with only the placeholder warnings, thresholds calibrated', async () => {
    const c = capture(dir);
    const args = ['init', '--reference', 'data/train.csv', '--model', 'credit', '--out', 'credit.yaml'];
    expect(await runCli([...args, '--trained-at', '2025-01-15', '--now', NOW], c.io)).toBe(0);
    expect(c.err()).toBe('');
    expect(c.out()).toContain(
      "init: wrote credit.yaml: model 'credit' (classification: column 'prediction' holds 2 classes), 5 features (2 numeric, 1 categorical, 2 binary) from 400 rows, 24 nodes (18 base, 5 component, 1 business)\n",
    );
    expect(c.out()).toContain('init: thresholds of 13 nodes calibrated on 10 chunks of the reference\n');
    expect(c.out()).toContain("init: column 'customer' left out: 400 distinct values in 400");
    expect(c.out()).toMatch(
      /credit\.yaml:\d+:\d+: warning: nodes\[23\]\.impact\.exposure\.constant: placeholder/,
    );

    const loaded = await loadSpecFile(join(dir, 'credit.yaml'));
    expect(warningsOf(loaded)).toEqual(PLACEHOLDERS);
    const [model] = loaded.spec.models;
    expect(model?.reference).toEqual({ file: 'data/train.csv' });
    expect(model?.window).toEqual({ count: 40 });
    expect(model?.trained_at).toBe(Date.parse('2025-01-15T00:00:00Z') / 1000);
    expect(model?.features.map((f) => [f.name, f.type, f.range ?? f.categories])).toEqual([
      ['age', 'numeric', [18, 90]],
      ['income', 'numeric', model?.features[1]?.range],
      ['region', 'categorical', [...REGIONS.slice(0, 20), 'other']],
      ['has_card', 'binary', ['0', '1']],
      ['channel', 'binary', ['web', 'app']],
    ]);
    const income = model?.features[1]?.range as [number, number];
    expect(income[0]).toBeGreaterThanOrEqual(2000);
    expect(income[1]).toBeLessThanOrEqual(10000);

    const derived = loaded.spec.nodes.filter((n) => n.thresholds?.derive?.method === 'reference_chunks');
    expect(derived.map((n) => n.id)).toContain('credit.prediction_quality.confidence');
    expect(derived).toHaveLength(13);
    for (const node of derived) {
      expect(node.thresholds?.derived).toMatchObject({
        method: 'reference_chunks',
        chunks: 10,
        at: Date.parse(NOW) / 1000,
      });
      expect(Number.isFinite(node.thresholds?.warning)).toBe(true);
    }
    const text = readFileSync(join(dir, 'credit.yaml'), 'utf8');
    expect(text).toMatch(/^# Monitoring spec for the model 'credit'/);
    expect(text).toContain('# Drift:');

    const validate = capture(dir);
    expect(await runCli(['validate', 'credit.yaml'], validate.io)).toBe(0);
    expect(validate.out()).toMatch(
      /\nvalid: credit 0\.1\.0 \(sha256 [0-9a-f]{12}\): 1 model, 24 nodes \(18 base, 5 component, 1 business\), 23 edges, 3 warnings\n$/,
    );
  });

  it('writes a regression spec, the prediction column renamed in a copy of the reference the exporter can read', async () => {
    const c = capture(dir);
    const args = [
      'init',
      '--reference',
      'data/prices.csv',
      '--model',
      'price-model',
      '--prediction',
      'predicted_price',
    ];
    expect(
      await runCli([...args, '--label', 'actual_price', '--out', 'specs/price.yaml', '--now', NOW], c.io),
    ).toBe(0);
    // The directory of --out is made when missing.
    expect(c.out()).toContain("(regression: column 'predicted_price' holds more than 20 distinct numbers)");
    expect(c.out()).toContain(
      "init: wrote specs/price.reference.csv: the reference with 'predicted_price' as 'prediction'",
    );

    const copy = readFileSync(join(dir, 'specs', 'price.reference.csv'), 'utf8').split('\n');
    expect(copy[0]).toBe('age,income,region,has_card,channel,prediction');
    expect(copy).toHaveLength(402);
    const loaded = await loadSpecFile(join(dir, 'specs', 'price.yaml'));
    expect(warningsOf(loaded)).toEqual(PLACEHOLDERS.map((p) => p.replace('nodes[23]', 'nodes[21]')));
    expect(loaded.spec.models[0]).toMatchObject({
      task: 'regression',
      reference: { file: 'price.reference.csv' },
    });
    expect(loaded.spec.models[0]?.reference_taken_at).toBeGreaterThan(0);
    const drift = loaded.spec.nodes.find((n) => n.id === 'price_model.prediction_quality.prediction_drift');
    expect(drift?.signal).toEqual({ kind: 'prediction_drift', method: 'psi' });
    expect(drift?.thresholds?.derived?.samples).toBe(10);
    expect(loaded.spec.nodes.map((n) => n.id)).not.toContain('price_model.prediction_quality.confidence');
    expect(loaded.spec.nodes.map((n) => n.id)).not.toContain('price_model.governance.model_age');
  });

  it('refuses bad arguments with a UsageError naming the flag', async () => {
    const base = ['--reference', 'data/train.csv', '--model', 'credit', '--out', 'x.yaml'];
    const cases: Array<[string[], string]> = [
      [['--reference', 'data/train.csv', '--out', 'x.yaml'], '--model is required (see --help)'],
      [['--model', 'credit', '--out', 'x.yaml'], '--reference is required (see --help)'],
      [['--reference', 'data/train.csv', '--model', 'credit'], '--out is required (see --help)'],
      [[...base.slice(0, 2), '--model', 'Credit', '--out', 'x.yaml'], "--model 'Credit' is not a model id"],
      [[...base, '--task', 'ranking'], "--task 'ranking' is not one of classification, regression"],
      [[...base, '--trained-at', 'yesterday'], "--trained-at 'yesterday' is not an ISO-8601 time"],
      [[...base, '--now', '2025-03-01T00:00:00'], "--now '2025-03-01T00:00:00' is not an ISO-8601 time"],
      [[...base, '--bogus'], "unknown option '--bogus'"],
      [[...base, '--label', ''], '--label needs a column name'],
      [
        ['--reference', 'data/missing.csv', '--model', 'credit', '--out', 'x.yaml'],
        'reference data/missing.csv: the file does not exist',
      ],
    ];
    for (const [args, message] of cases) {
      const err = await runInit(args, capture(dir).io).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(UsageError);
      expect((err as Error).message).toContain(message);
    }
    writeFileSync(join(dir, 'x.yaml'), 'mine\n');
    await expect(runInit(base, capture(dir).io)).rejects.toThrow(
      "--out 'x.yaml' exists; pass --force to overwrite it",
    );
    expect(readFileSync(join(dir, 'x.yaml'), 'utf8')).toBe('mine\n');
  });

  it('names the flag and the column when --label, --prediction or --confidence name a column the reference lacks or cannot use', async () => {
    const base = ['--reference', 'data/train.csv', '--model', 'credit', '--out', 'x.yaml'];
    await expect(runInit([...base, '--label', 'outcome'], capture(dir).io)).rejects.toThrow(
      "--label 'outcome': the reference has no such column (columns: id, age, income, region, has_card, channel, customer, prediction, confidence, label)",
    );
    await expect(runInit([...base, '--prediction', 'score'], capture(dir).io)).rejects.toThrow(
      /^--prediction 'score': the reference has no such column/,
    );
    await expect(runInit([...base, '--confidence', 'age'], capture(dir).io)).rejects.toThrow(
      "--confidence 'age': a confidence is a number in [0, 1], the column holds 18",
    );
    expect(existsSync(join(dir, 'x.yaml'))).toBe(false);
  });

  it('prints its usage with --help and lists itself among the commands', async () => {
    const c = capture(dir);
    expect(await runCli(['init', '--help'], c.io)).toBe(0);
    expect(c.out()).toMatch(/^usage: mlhealth init --reference FILE --model ID --out SPEC \[options\]/);
    const all = capture(dir);
    expect(await runCli(['--help'], all.io)).toBe(0);
    expect(all.out()).toContain('  init       write a spec for one model from its reference data');
  });
});
