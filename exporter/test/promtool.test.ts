/**
 * `promtool check metrics` (Prometheus 2.42's linter) on the demo's real /metrics over HTTP, process
 * metrics included: it must report nothing.
 */
import { spawnSync } from 'node:child_process';
import type { Listening } from '../src/server/listen';
import { harness, serve } from './support/harness';
import { request } from './support/http';

function promtoolCheck(text: string): { status: number | null; output: string } {
  const r = spawnSync('promtool', ['check', 'metrics'], { input: text, encoding: 'utf8', timeout: 20_000 });
  if (r.error !== undefined) throw r.error;
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

describe('promtool check metrics', () => {
  let server: Listening;

  afterEach(() => server?.close());

  it('finds nothing to complain about in the demo exposition mid-incident', async () => {
    const h = await harness({ processMetrics: true });
    await h.advance(150);
    server = await serve(h.built.app);
    const text = (await request(server.url, 'GET', '/metrics')).text;
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).toContain('mlhealth_prediction_latency_seconds_bucket');
    expect(promtoolCheck(text)).toEqual({ status: 0, output: '' });
  }, 60_000);

  it('finds nothing before the first evaluation either', async () => {
    const h = await harness({ processMetrics: true });
    server = await serve(h.built.app);
    expect(promtoolCheck((await request(server.url, 'GET', '/metrics')).text)).toEqual({
      status: 0,
      output: '',
    });
  });

  it('does complain about a broken exposition (the check can fail)', () => {
    const r = promtoolCheck(
      '# HELP mlhealth_bad a counter without _total\n# TYPE mlhealth_bad counter\nmlhealth_bad 1\n',
    );
    expect(r.output).toContain('counter metrics should have "_total" suffix');
  });
});
