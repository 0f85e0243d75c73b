/**
 * `npm run package`: zips the built plugin the way Grafana's installer expects it
 * (`grafana cli --pluginUrl <zip> plugins install mlhealth-cascade-panel`): one folder named after the
 * plugin id holding the contents of dist/, without the browser harness. Writes
 * artifacts/mlhealth-cascade-panel-<version>.zip and its .sha256.
 */
import { createHash } from 'crypto';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'fs';
import { join, relative, resolve, sep } from 'path';
import { ZipFile } from 'yazl';

export const PLUGIN_ID = 'mlhealth-cascade-panel';

/** Files of dist/ that belong in the archive (everything but the harness), relative, sorted. */
export function packagedFiles(dist: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      const rel = relative(dist, full).split(sep).join('/');
      if (rel === 'harness') {
        continue;
      }
      if (statSync(full).isDirectory()) {
        walk(full);
      } else {
        out.push(rel);
      }
    }
  };
  walk(dist);
  return out;
}

/** Writes the archive for `pluginRoot` into `outDir`; resolves to its path. Throws when dist/ is not built. */
export async function packagePlugin(pluginRoot: string, outDir = join(pluginRoot, 'artifacts')): Promise<string> {
  const dist = resolve(pluginRoot, 'dist');
  if (!existsSync(join(dist, 'module.js')) || !existsSync(join(dist, 'plugin.json'))) {
    throw new Error(`packagePlugin: ${dist} has no module.js or plugin.json; run \`npm run build\` first`);
  }
  const { version } = JSON.parse(readFileSync(join(dist, 'plugin.json'), 'utf8')).info as { version: string };
  mkdirSync(outDir, { recursive: true });
  const zipPath = join(outDir, `${PLUGIN_ID}-${version}.zip`);
  const zip = new ZipFile();
  // A fixed date keeps the archive byte-for-byte reproducible for the same build.
  const mtime = new Date(Date.UTC(2020, 0, 1));
  for (const rel of packagedFiles(dist)) {
    zip.addFile(join(dist, rel), `${PLUGIN_ID}/${rel}`, { mtime, mode: 0o100644 });
  }
  await new Promise<void>((done, fail) => {
    const out = createWriteStream(zipPath);
    out.on('close', () => done());
    out.on('error', fail);
    zip.outputStream.pipe(out);
    zip.end();
  });
  const sha = createHash('sha256').update(readFileSync(zipPath)).digest('hex');
  writeFileSync(`${zipPath}.sha256`, `${sha}  ${PLUGIN_ID}-${version}.zip\n`);
  return zipPath;
}

if (require.main === module) {
  packagePlugin(resolve(__dirname, '..')).then(
    (p) => console.log(`packaged ${p}\ninstall: grafana cli --pluginUrl ${p} plugins install ${PLUGIN_ID}`),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    }
  );
}
