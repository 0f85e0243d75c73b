/**
 * The composition root as a user runs it: a child process (`tsx src/cli/main.ts serve`) that prints where it
 * listens, serves the demo, and shuts down cleanly on SIGTERM; and an invalid spec refused with every
 * problem listed and exit code 2.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runExporter } from '../src/cli/serve/run';
import { request } from './support/http';

const TSX = join(__dirname, '..', '..', 'node_modules', '.bin', 'tsx');
const MAIN = join(__dirname, '..', 'src', 'cli', 'main.ts');

function captureIO() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: {
      stdout: (t: string) => out.push(t),
      stderr: (t: string) => err.push(t),
      cwd: process.cwd(),
      env: {},
    },
    out,
    err,
  };
}

describe('main', () => {
  it('runs the demo, prints where everything is, and exits 0 on SIGTERM', async () => {
    const child = spawn(TSX, [MAIN, 'serve', '--listen', '127.0.0.1:0', '--demo-time-scale', '60'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      for (let i = 0; i < 400 && !/listening on http/.test(stdout); i++)
        await new Promise((r) => setTimeout(r, 100));
      const url = /listening on (http:\/\/[0-9.:]+)/.exec(stdout)?.[1];
      if (url === undefined) throw new Error(`no start-up banner; stdout: ${stdout}; stderr: ${stderr}`);
      expect(stdout).toContain(`${url}/metrics`);
      expect(stdout).toContain(`${url}/api/v1/cascade`);
      expect(stdout).toContain('fraud: amount drifts');
      expect(stdout).toContain('0:02 – 0:04');
      let events = 0;
      for (let i = 0; i < 100 && events === 0; i++) {
        await new Promise((r) => setTimeout(r, 200));
        const text = (await request(url, 'GET', '/metrics')).text;
        events = Number(/mlhealth_ingest_events_total\{model="recs"\} (\d+)/.exec(text)?.[1] ?? 0);
      }
      expect(events).toBeGreaterThan(0);
      expect((await request(url, 'GET', '/api/v1/cascade')).status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(stderr).toContain('SIGTERM, shutting down');
  }, 90_000);

  it('refuses an invalid spec, lists every problem and exits 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlhealth-bad-'));
    const spec = join(dir, 'bad.yaml');
    writeFileSync(
      spec,
      'api_version: mlhealth/v1\nname: bad\nversion: 1\ncurrency: USD\nmodels: []\nnodes:\n  - id: a\n    tier: business\n    title: A\n    children: [{ node: nope }]\n    colour: red\n',
    );
    const { io, out, err } = captureIO();
    try {
      expect(await runExporter(['--spec', spec, '--listen', '127.0.0.1:0'], io)).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const text = err.join('');
    expect(text).toMatch(/the spec is invalid, not starting \(\d+ problems\)/);
    expect(text).toContain('colour');
    expect(text).toContain('nope');
    expect(text).toMatch(/bad\.yaml:\d+:\d+/);
    expect(out.join('')).toBe('');
  });

  it('exits 2 naming a spec file that does not exist', async () => {
    const { io } = captureIO();
    await expect(runExporter(['--spec', '/nonexistent/spec.yaml'], io)).rejects.toThrow(
      "cannot read spec file '/nonexistent/spec.yaml'",
    );
  });
});
