import { join } from 'node:path';
import type { DependencyReport } from '../dependencies/types';
import { runCli } from './main';

const EXAMPLES = join(__dirname, '..', '..', 'examples');

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    cwd: EXAMPLES,
    env: {},
  });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('mlhealth deps', () => {
  it('lists the single points of failure with their simulated impact', async () => {
    const r = await cli([
      'deps',
      'realistic.yaml',
      '--exposure',
      'revenue_assurance=100000',
      '--now',
      '1740787200',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(
      'payments-and-discovery 2.3.1: 1 single point of failure among 12 inputs and features',
    );
    expect(r.stdout).toContain('promql:prom — ');
    expect(r.stdout).toContain('  exposure of: revenue_assurance\n');
    expect(r.stdout).toContain(
      'shared by two or more outcomes (not single points): events:fraud, events:recs',
    );
    expect(r.stdout).toMatch(
      /promql:prom\s+promql_source\s+2\s+revenue_assurance, customer_impact\s+yes\s+yes/,
    );
    expect(r.stdout).toMatch(
      /feature:fraud\.merchant_category\s+feature\s+2\s+revenue_assurance, compliance_exposure\s+yes\s+no/,
    );
    expect(r.stdout).toMatch(/feature:fraud\.amount\s+feature\s+1\s+revenue_assurance\s+no\s+no/);
  });

  it('answers the same report as JSON, priced against the given exposure', async () => {
    const r = await cli([
      'deps',
      'realistic.yaml',
      '--exposure',
      'revenue_assurance=100000',
      '--format',
      'json',
      '--now',
      '1740787200',
    ]);
    const report = JSON.parse(r.stdout) as DependencyReport & { baseline: string };
    expect(report.baseline).toBe('healthy');
    const prom = report.single_points_of_failure.find((s) => s.id === 'promql:prom');
    const revenue = prom?.impacts.find((d) => d.node === 'revenue_assurance');
    expect(revenue?.live).toBe(0);
    expect(revenue?.scenario).toBeGreaterThan(0);
    expect(revenue?.scenario).toBeLessThan(100000 * 0.08);
  });

  it('prints the graph as Mermaid and refuses an unknown format', async () => {
    const r = await cli(['deps', 'realistic.yaml', '--format', 'mermaid']);
    expect(r.stdout.startsWith('flowchart LR\n')).toBe(true);
    expect(r.stdout).toContain('[("promql:prom")]:::spof');
    const bad = await cli(['deps', 'demo.yaml', '--format', 'dot']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--format 'dot' is not one of table, json, mermaid");
    const none = await cli(['deps']);
    expect(none.stderr).toContain('expected one SPEC file, got none');
  });
});
