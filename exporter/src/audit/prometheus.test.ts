/**
 * The audit's Prometheus queries against a real Prometheus scraping a tiny exporter every second: the
 * spec version changes after a few scrapes, one node is always unknown, the source flaps.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { base, makeSpec, model } from '../cascade/__fixtures__/index';
import { runCli } from '../cli/main';
import { serializeSpec } from '../spec';
import { fetchAuditData } from './prometheus';
import { buildAuditReport } from './report';
import { startScrapedPrometheus, waitFor, type ScrapedPrometheus } from './__fixtures__/prometheus';
import type { AuditReport, PromAuditData } from './types';

jest.setTimeout(90_000);

const SWITCH_AT = 5; // scrapes with version 1 before version 2
const started = Math.floor(Date.now() / 1000);
const old = started - 3600;

function exposition(scrape: number): string {
  const version = scrape <= SWITCH_AT ? ['1.0.0', 'a'.repeat(64)] : ['1.1.0', 'b'.repeat(64)];
  const now = Date.now() / 1000;
  return [
    '# TYPE mlhealth_spec_info gauge',
    `mlhealth_spec_info{name="audit-test",version="${version[0]}",sha256="${version[1]}"} 1`,
    '# TYPE mlhealth_node_status gauge',
    'mlhealth_node_status{node="m.x",tier="base",model="m"} 3',
    'mlhealth_node_status{node="m.y",tier="base",model="m"} 0',
    '# TYPE mlhealth_node_last_update_timestamp_seconds gauge',
    `mlhealth_node_last_update_timestamp_seconds{node="m.x"} ${old}`,
    `mlhealth_node_last_update_timestamp_seconds{node="m.y"} ${now}`,
    '# TYPE mlhealth_up gauge',
    'mlhealth_up 1',
    '# TYPE mlhealth_source_up gauge',
    `mlhealth_source_up{source="prom"} ${scrape % 2}`,
    '',
  ].join('\n');
}

const spec = makeSpec([base('m.x', { model: 'm' }), base('m.y', { model: 'm' })], {
  models: [model('m')],
  sources: [{ id: 'prom', type: 'prometheus', url: 'http://127.0.0.1:9', timeout: 1 }],
});

let prom: ScrapedPrometheus;
let data: PromAuditData;
let report: AuditReport;
let period: { start: number; end: number; seconds: number };

async function sampleCount(url: string): Promise<number> {
  const q = encodeURIComponent('count_over_time(mlhealth_spec_info{version="1.1.0"}[5m])');
  const answer = (await (await fetch(`${url}/api/v1/query?query=${q}`)).json()) as {
    data: { result: Array<{ value: [number, string] }> };
  };
  return Number(answer.data.result[0]?.value[1] ?? 0);
}

beforeAll(async () => {
  prom = await startScrapedPrometheus(exposition);
  // Version 1 for SWITCH_AT scrapes, then version 2 until Prometheus holds 4 samples of it.
  await waitFor(
    '4 samples of spec version 1.1.0 in Prometheus',
    async () => (await sampleCount(prom.url)) >= 4,
    45,
  );
  const end = Math.floor(Date.now() / 1000);
  period = { start: started - 5, end, seconds: end - started + 5 };
  data = await fetchAuditData({ url: prom.url, period });
  report = buildAuditReport({
    spec,
    file: 'audit-test.yaml',
    sha256: 'b'.repeat(64),
    generatedAt: end,
    period,
    prometheus: data,
  });
});

afterAll(async () => {
  await prom?.stop();
});

describe('fetchAuditData against a real Prometheus', () => {
  it('answers every query', () => {
    for (const r of [
      data.nodeStatus,
      data.lastUpdate,
      data.exporterUp,
      data.mlhealthUp,
      data.sourceUp,
      data.specInfo,
    ]) {
      expect(r).toMatchObject({ ok: true });
    }
    expect(data.step).toBe(1);
  });

  it('sees both spec versions in order, and the change between them', () => {
    if (!report.spec_versions.available) throw new Error('expected versions');
    const { versions, changes, audited_file_ran_last } = report.spec_versions;
    expect(versions.map((v) => v.version)).toEqual(['1.0.0', '1.1.0']);
    expect(versions[0]?.last_seen).toBeLessThan(versions[1]?.first_seen ?? 0);
    expect(changes).toEqual([
      {
        at: versions[1]?.first_seen,
        instance: versions[1]?.instance,
        from: { version: '1.0.0', sha256: 'a'.repeat(64) },
        to: { version: '1.1.0', sha256: 'b'.repeat(64) },
        content_changed_without_version_bump: false,
      },
    ]);
    expect(audited_file_ran_last).toBe(true);
  });

  it('measures the always-unknown node as unknown for all it was observed, and stale', () => {
    if (!report.availability.available) throw new Error('expected availability');
    const [x, y] = report.availability.nodes;
    expect(x?.observed_seconds).toBeGreaterThanOrEqual(8);
    expect(x?.unknown_seconds).toBe(x?.observed_seconds);
    expect(x?.unknown_since).not.toBeNull();
    expect(x).toMatchObject({ last_update: old, stale: true });
    expect(y).toMatchObject({ unknown_seconds: 0, unknown_since: null, stale: false });
  });

  it('reads the uptime of the scrape target, the exporter and the flapping source', () => {
    if (!report.uptime.available) throw new Error('expected uptime');
    expect(report.uptime.exporter).toEqual([
      {
        labels: {
          job: 'mlhealth',
          instance: expect.stringMatching(/^127\.0\.0\.1:\d+$/) as unknown as string,
        },
        ratio: 1,
      },
    ]);
    expect(report.uptime.mlhealth_up[0]?.ratio).toBe(1);
    const source = report.uptime.sources[0];
    expect(source?.labels.source).toBe('prom');
    expect(source?.ratio).toBeGreaterThan(0.2);
    expect(source?.ratio).toBeLessThan(0.8);
  });

  it('records unreachable Prometheus and a non-API answer as failed queries, never as numbers', async () => {
    const closed = await fetchAuditData({ url: 'http://127.0.0.1:9', period, timeoutSeconds: 5 });
    expect(closed.specInfo).toMatchObject({ ok: false, query: 'mlhealth_spec_info' });
    const wrongPath = await fetchAuditData({ url: `${prom.url}/nothing-here`, period });
    expect(wrongPath.exporterUp).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^HTTP 404/) as unknown as string,
    });
    const bad = await fetchAuditData({
      url: prom.url,
      period: { start: period.end, end: period.start, seconds: 10 },
    });
    expect(bad.nodeStatus).toMatchObject({
      ok: false,
      error: expect.stringContaining('end timestamp must not be before start time') as unknown as string,
    });
  });
});

describe('mlhealth audit --prometheus', () => {
  it('writes audit.md and audit.json with the history sections filled', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlhealth-audit-cli-'));
    try {
      const specFile = join(dir, 'spec.yaml');
      writeFileSync(specFile, serializeSpec(spec));
      const out: string[] = [];
      const err: string[] = [];
      const io = {
        stdout: (t: string) => out.push(t),
        stderr: (t: string) => err.push(t),
        cwd: dir,
        env: {},
      };
      const code = await runCli(
        [
          'audit',
          'spec.yaml',
          '--prometheus',
          prom.url,
          '--since',
          `${period.seconds}s`,
          '--now',
          String(period.end),
          '--out',
          'report',
        ],
        io,
      );
      expect(err.join('')).toBe('');
      expect(code).toBe(0);
      const json = JSON.parse(readFileSync(join(dir, 'report', 'audit.json'), 'utf8')) as AuditReport;
      expect(json.prometheus).toBe(prom.url);
      expect(json.spec_versions).toMatchObject({ available: true, audited_file_ran_last: false });
      const md = readFileSync(join(dir, 'report', 'audit.md'), 'utf8');
      expect(md).toContain('1.0.0 (`aaaaaaaaaaaa`) → 1.1.0 (`bbbbbbbbbbbb`)');
      expect(md).toMatch(/\| `m\.x` \| \d+s \| \d+s \|/);
      const failed = await runCli(
        ['audit', 'spec.yaml', '--prometheus', 'http://127.0.0.1:9', '--since', '1m', '--out', 'down'],
        io,
      );
      expect(failed).toBe(1);
      expect(err.join('')).toContain(
        'mlhealth audit: query failed against http://127.0.0.1:9: mlhealth_node_status:',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
