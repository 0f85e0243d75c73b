/** The printed report of `npm run bench:fleet`: a table per variant, rule groups and their slow rules, targets. */

export interface Figures {
  variant: string;
  rules: number;
  groups: Array<{
    name: string;
    rules: number;
    interval: number;
    maxSeconds: number;
    errors: string[];
    /** Each rule's record name and its max evaluation time over the measured intervals. */
    ruleSeconds: Array<[string, number]>;
  }>;
  /** Samples of one full scrape of every shard. */
  scraped: number;
  headSeries: number;
  /** Series per recorded name now (`mlhealth:…` and the contract names without `instance`). */
  recorded: Array<[string, number]>;
  /** How many parents the variant's rules evaluate (each should have a recorded status). */
  ruledParents: number;
  prometheusCpu: number;
  exporterCpu: number[];
}

const pct = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)} %`;

export function report(all: Figures[], shards: number): void {
  const rows = all.map((f) => {
    const worst = f.groups.reduce((m, g) => Math.max(m, g.maxSeconds / g.interval), 0);
    return [
      f.variant.padEnd(23),
      String(f.rules).padStart(5),
      String(f.groups.length).padStart(6),
      f.headSeries.toLocaleString('en-US').padStart(11),
      `${f.prometheusCpu.toFixed(3)} core`.padStart(14),
      f.exporterCpu
        .map((c) => c.toFixed(3))
        .join(' / ')
        .padStart(8 * shards),
      (f.groups.length === 0 ? '—' : pct(worst, 1)).padStart(10),
    ].join('  ');
  });
  console.log(
    [
      'variant'.padEnd(23),
      'rules',
      'groups',
      'head series',
      'Prometheus CPU',
      'exporter CPU per shard (core)'.padStart(8 * shards),
      'worst group',
    ].join('  '),
  );
  for (const r of rows) console.log(r);
  console.log('\nrule groups (max evaluation time over the measured intervals):');
  for (const f of all.filter((x) => x.groups.length > 0)) {
    for (const g of f.groups)
      console.log(
        `  ${f.variant}: ${g.name} (${g.rules} rules) ${g.maxSeconds.toFixed(3)} s of ${g.interval} s = ${pct(g.maxSeconds, g.interval)}` +
          (g.errors.length > 0 ? `  RULE ERRORS: ${g.errors.slice(0, 2).join('; ')}` : ''),
      );
  }
  printSlowRules(all);
  console.log(
    `\nsamples per full scrape of the ${shards} shards: ${all.map((f) => `${f.variant} ${f.scraped.toLocaleString('en-US')}`).join(', ')}`,
  );
  console.log('\nrecorded series now (series without instance, by name):');
  for (const f of all.filter((x) => x.recorded.length > 0))
    console.log(`  ${f.variant}: ${f.recorded.map(([n, c]) => `${n} ${c}`).join(', ')}`);
  const [scrape, hybrid] = all;
  console.log('\ntargets:');
  for (const f of all.filter((x) => x.groups.length > 0)) {
    // A run whose shards or rules did not cover the fleet measured less work than it claims.
    const statuses = f.recorded.find(([n]) => n === 'mlhealth_node_status')?.[1] ?? 0;
    console.log(
      `  ${f.variant}: ruled parents with a recorded status ${statuses} of ${f.ruledParents}: ${statuses === f.ruledParents ? 'complete' : 'INCOMPLETE, figures not valid'}`,
    );
    const over = f.groups.filter((g) => g.maxSeconds >= 0.1 * g.interval);
    console.log(
      `  ${f.variant}: every group under 10 % of its interval: ${over.length === 0 ? 'MET' : `NOT MET (${over.map((g) => g.name).join(', ')})`}`,
    );
  }
  if (scrape !== undefined && hybrid !== undefined) {
    const ratio = hybrid.headSeries / scrape.headSeries;
    console.log(
      `  hybrid head series ${ratio.toFixed(3)}× scrape only (target ≤ 1.2×): ${ratio <= 1.2 ? 'MET' : 'NOT MET'}`,
    );
  }
}

/** The rules of every group at or over 5 % of its interval, slowest first: where the time goes. */
function printSlowRules(all: Figures[]): void {
  const slow = all.flatMap((f) =>
    f.groups.filter((g) => g.maxSeconds >= 0.05 * g.interval).map((g) => ({ f, g })),
  );
  if (slow.length === 0) return;
  console.log('\nrules of the groups at or over 5 % of their interval (max evaluation time, slowest first):');
  for (const { f, g } of slow) {
    console.log(`  ${f.variant}: ${g.name}`);
    for (const [name, seconds] of [...g.ruleSeconds].sort((a, b) => b[1] - a[1]))
      console.log(`    ${seconds.toFixed(3)} s  ${name}`);
  }
}
