/**
 * Regenerates the demo's reference CSVs in `exporter/examples/data/` from the simulator's calm
 * distributions. Run from `exporter/`: `npx tsx src/demo/writeReferences.ts`. The output is deterministic:
 * running it twice gives the same bytes, and a test checks the committed files match.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_MODELS } from './models';
import { DEMO_REFERENCE_ROWS, DEMO_REFERENCE_SEED, referenceCsv } from './referenceCsv';

/** Path of a demo model's committed reference file, relative to `exporter/`. */
export function demoReferencePath(model: string): string {
  return join('examples', 'data', `demo-${model}-reference.csv`);
}

/** The seed of one model's reference file. */
export function demoReferenceSeed(index: number): number {
  return DEMO_REFERENCE_SEED + index;
}

if (require.main === module) {
  DEMO_MODELS.forEach((model, index) => {
    const path = join(__dirname, '..', '..', demoReferencePath(model.id));
    writeFileSync(path, referenceCsv(model, DEMO_REFERENCE_ROWS, demoReferenceSeed(index)));
    process.stdout.write(`wrote ${path}\n`);
  });
}
