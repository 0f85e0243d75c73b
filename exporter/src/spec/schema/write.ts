/**
 * Writes `exporter/schema/mlhealth-spec.schema.json` from `SPEC_SCHEMA`, formatted by the repository's
 * Prettier settings. Run after changing the schema: `npx tsx exporter/src/spec/schema/write.ts`
 * (a test fails while the committed file differs from `SPEC_SCHEMA`).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SPEC_SCHEMA } from './index';

/** The committed schema file. */
export const SCHEMA_FILE = join(__dirname, '..', '..', '..', 'schema', 'mlhealth-spec.schema.json');

async function main(): Promise<void> {
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(SCHEMA_FILE)) ?? {};
  const text = await prettier.format(JSON.stringify(SPEC_SCHEMA), { ...options, parser: 'json' });
  await writeFile(SCHEMA_FILE, text);
  process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`${String(err)}\n`);
    process.exitCode = 1;
  });
}
