/**
 * The history sections of the audit from fixture Prometheus answers (the fetching is tested against a
 * real Prometheus in `prometheus.test.ts`).
 */
import { NOW, base, makeSpec, model } from '../cascade/__fixtures__/index';
import type { Spec } from '../spec/types';
import { renderAuditMarkdown } from './markdown';
import { buildAuditReport } from './report';
import type { PromAuditData, PromSeries, QueryResult } from './types';

const ok = (query: string, series: PromSeries[]): QueryResult => ({ query, ok: true, series });
/** Points every `step` seconds from `from` for `values`. */
const points = (from: number, step: number, values: number[]): Array<[number, number]> =>
  values.map((v, i) => [from + i * step, v]);

describe('buildAuditReport with Prometheus answers', () => {
  const step = 60;
  const spec = (): Spec =>
    makeSpec([base('m.x', { model: 'm' }), base('m.y', { model: 'm' }), base('m.z', { model: 'm' })], {
      models: [model('m')],
      sources: [
        { id: 'prom', type: 'prometheus', url: 'http://127.0.0.1:9', timeout: 1 },
        { id: 'thanos', type: 'prometheus', url: 'http://127.0.0.1:9', timeout: 1 },
      ],
    });
  const short = { start: NOW - 12 * step, end: NOW, seconds: 12 * step };
  const t0 = short.start + step;
  const info = (version: string, sha: string, from: number, n: number): PromSeries => ({
    labels: { __name__: 'mlhealth_spec_info', name: 'test', version, sha256: sha, instance: 'exp:9108' },
    points: points(from, step, Array<number>(n).fill(1)),
  });
  const data = (): PromAuditData => ({
    url: 'http://prom',
    step,
    nodeStatus: ok('mlhealth_node_status', [
      // m.x: unknown 3 steps, ok 2, unknown 2 up to the end (split over two series: its tier label changed)
      { labels: { node: 'm.x', tier: 'base' }, points: points(t0, step, [3, 3, 3, 0, 0]) },
      { labels: { node: 'm.x', tier: 'component' }, points: points(t0 + 5 * step, step, [0, 0, 0, 0, 3, 3]) },
      { labels: { node: 'm.y' }, points: points(t0, step, Array<number>(11).fill(0)) },
    ]),
    lastUpdate: ok('mlhealth_node_last_update_timestamp_seconds', [
      { labels: { node: 'm.x' }, points: [[NOW, NOW - 400]] },
      { labels: { node: 'm.y' }, points: [[NOW, NOW - 10]] },
    ]),
    exporterUp: ok('up', [{ labels: { job: 'mlhealth', instance: 'exp:9108' }, points: [[NOW, 0.9975]] }]),
    mlhealthUp: ok('mlhealth_up', [{ labels: { instance: 'exp:9108' }, points: [[NOW, 1]] }]),
    sourceUp: ok('source', [{ labels: { source: 'prom', instance: 'exp:9108' }, points: [[NOW, 0.5]] }]),
    specInfo: ok(
      'mlhealth_spec_info',
      [
        info('1', 'aaa', t0, 3),
        info('2', 'bbb', t0 + 3 * step, 3),
        info('2', 'ccc', t0 + 6 * step, 2),
        // rolled back to version 1 at the end: a second run of the first series
        {
          ...info('1', 'aaa', t0, 3),
          points: [...points(t0, step, [1, 1, 1]), ...points(t0 + 8 * step, step, [1, 1, 1])],
        },
      ].slice(1),
    ),
  });

  it('counts unknown time per node in steps, and finds stale nodes', () => {
    const report = buildAuditReport({
      spec: spec(),
      file: 's.yaml',
      sha256: 'aaa',
      generatedAt: NOW,
      period: short,
      prometheus: data(),
    });
    if (!report.availability.available) throw new Error('expected availability');
    const [x, y, z] = report.availability.nodes;
    expect(x).toEqual({
      node: 'm.x',
      observed_seconds: 11 * step,
      unknown_seconds: 5 * step,
      longest_unknown_seconds: 3 * step,
      unknown_since: t0 + 9 * step,
      last_update: NOW - 400,
      last_update_age_seconds: 400,
      stale: true,
    });
    expect(y).toMatchObject({
      unknown_seconds: 0,
      unknown_since: null,
      stale: false,
      last_update_age_seconds: 10,
    });
    expect(z).toMatchObject({ observed_seconds: 0, last_update: null, stale: false });
    const md = renderAuditMarkdown(report);
    expect(md).toContain('| `m.x` | 11min | 5min | 3min | ');
    expect(md).toContain('| `m.z` | no data | 0s | 0s | — | never |');
    const section = md.slice(
      md.indexOf('## Unknown and stale nodes'),
      md.indexOf('## Exporter and source uptime'),
    );
    expect(section).toContain('| `m.x` |');
    expect(section).not.toContain('| `m.y` |');
  });

  it('reports uptime per target and source, and sources without data', () => {
    const report = buildAuditReport({
      spec: spec(),
      file: 's.yaml',
      sha256: 'aaa',
      generatedAt: NOW,
      period: short,
      prometheus: data(),
    });
    expect(report.uptime).toMatchObject({
      available: true,
      exporter: [{ labels: { job: 'mlhealth', instance: 'exp:9108' }, ratio: 0.9975 }],
      sources: [{ labels: { source: 'prom' }, ratio: 0.5 }],
      sources_without_data: ['thanos'],
      errors: [],
    });
    const md = renderAuditMarkdown(report);
    expect(md).toContain('| scrape target (`up`) | mlhealth · exp:9108 | 99.75% |');
    expect(md).toContain('| source `thanos` | — | no data |');
  });

  it('lists spec versions in order with what changed, a rollback and a change without a version bump', () => {
    const report = buildAuditReport({
      spec: spec(),
      file: 's.yaml',
      sha256: 'aaa',
      generatedAt: NOW,
      period: short,
      prometheus: data(),
    });
    if (!report.spec_versions.available) throw new Error('expected versions');
    const v = report.spec_versions;
    expect(
      v.versions.map(
        (s) => `${s.version}/${s.sha256}@${(s.first_seen - t0) / step}-${(s.last_seen - t0) / step}`,
      ),
    ).toEqual(['1/aaa@0-2', '2/bbb@3-5', '2/ccc@6-7', '1/aaa@8-10']);
    expect(
      v.changes.map((c) => [c.from.sha256, c.to.sha256, c.content_changed_without_version_bump]),
    ).toEqual([
      ['aaa', 'bbb', false],
      ['bbb', 'ccc', true],
      ['ccc', 'aaa', false],
    ]);
    expect(v.audited_file_ran_last).toBe(true);
    const md = renderAuditMarkdown(report);
    expect(md).toContain('content changed **without a version bump** (2, `bbb` → `ccc`)');
    expect(md).toContain('The audited spec file is the one that ran last.');
  });

  it('records a failed query in its section instead of reporting zero', () => {
    const broken = {
      ...data(),
      sourceUp: { query: 'avg_over_time(mlhealth_source_up[12m])', ok: false as const, error: 'HTTP 503' },
    };
    const report = buildAuditReport({
      spec: spec(),
      file: 's.yaml',
      sha256: 'zzz',
      generatedAt: NOW,
      period: short,
      prometheus: broken,
    });
    expect(report.uptime).toMatchObject({
      available: true,
      sources: [],
      errors: ['avg_over_time(mlhealth_source_up[12m]): HTTP 503'],
    });
    expect(report.spec_versions).toMatchObject({ audited_file_ran_last: false });
    const md = renderAuditMarkdown(report);
    expect(md).toContain(
      '**Queries that failed** (their numbers are missing, not zero): avg_over_time(mlhealth_source_up[12m]): HTTP 503',
    );
    expect(md).toContain('**The audited spec file (`zzz`) is not the one that ran last.**');
  });
});
