/**
 * The golden `/metrics` of the demo: the built-in demo spec and simulator (seed 1) at clock T0, driven
 * for `GOLDEN_SECONDS` (into the first incident, so warning/critical statuses, contributions and impact
 * appear), then scraped. process_* and nodejs_* series are dropped (they describe this process, not the
 * cascade) and the scrape duration's value is replaced by `<duration>`.
 *
 * Regenerate deliberately with `npm run test:golden:update -w exporter` and review the diff.
 */
import { join } from 'node:path';
import { harness } from '../support/harness';

export const GOLDEN_PATH = join(__dirname, 'demo-metrics.txt');
/** 2 min 30 s after start: the amount drift began at 2:00 and fills the whole 30 s window. */
export const GOLDEN_SECONDS = 150;

/** Drops process metrics and normalises the one value that depends on the machine. */
export function normaliseExposition(text: string): string {
  const out: string[] = [];
  let skipping = false;
  for (const line of text.split('\n')) {
    const name = line.startsWith('# ') ? (line.split(' ')[2] ?? '') : line.split(/[{ ]/)[0];
    if (line.startsWith('# HELP ')) skipping = name.startsWith('process_') || name.startsWith('nodejs_');
    if (skipping || (line !== '' && (name.startsWith('process_') || name.startsWith('nodejs_')))) continue;
    out.push(
      line.startsWith('mlhealth_scrape_duration_seconds ')
        ? 'mlhealth_scrape_duration_seconds <duration>'
        : line,
    );
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

/** The demo's exposition at the golden instant, normalised. */
export async function goldenDemoMetrics(): Promise<string> {
  const h = await harness({ processMetrics: true });
  await h.advance(GOLDEN_SECONDS);
  return normaliseExposition(await h.built.metrics.render());
}
