/** What the exporter prints on start: where everything is, and the demo's incident timetable. */
import { describeTimetable } from '../../demo/incidents';

export interface BannerFacts {
  url: string;
  buildVersion: string;
  spec: { name: string; version: string; sha256: string; file: string };
  demo: { timeScale: number; seed: number } | null;
  /** Whether /preview is mounted. */
  preview: boolean;
  dataDir?: string;
  /** An exporter shard's scope, in one line (`ShardScope.describe`). */
  shard?: string;
}

/** The start-up banner (several lines, ending with a newline). */
export function startBanner(f: BannerFacts): string {
  const lines = [
    `mlhealth exporter ${f.buildVersion}: spec ${f.spec.name} ${f.spec.version} (${f.spec.file}, sha256 ${f.spec.sha256.slice(0, 12)})` +
      (f.demo !== null ? ', built-in demo' : ''),
    `listening on ${f.url}`,
    `  metrics       ${f.url}/metrics`,
    `  cascade API   ${f.url}/api/v1/cascade`,
    `  node detail   ${f.url}/api/v1/nodes/{id}`,
    `  ingest        POST ${f.url}/api/v1/models/{model}/events`,
    f.preview
      ? `  preview       ${f.url}/preview/`
      : '  preview       (panel preview not built into this exporter)',
  ];
  if (f.dataDir !== undefined) lines.push(`  data dir      ${f.dataDir}`);
  if (f.shard !== undefined) lines.push(`  shard         ${f.shard}`);
  if (f.demo !== null) {
    lines.push(`demo incidents (m:ss after start, time scale ${f.demo.timeScale}, seed ${f.demo.seed}):`);
    lines.push(describeTimetable(f.demo.timeScale));
  }
  return lines.join('\n') + '\n';
}
