// Copies the screenshots plugin.json lists (info.screenshots, paths img/screenshots/<file>) from
// docs/screenshots, the one place `npm run screenshots` writes them, into src/img/screenshots, where the
// scaffold's webpack copy step takes them into dist/. Fails naming the file when one is missing.
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const docs = resolve(root, '..', 'docs', 'screenshots');
const plugin = JSON.parse(readFileSync(join(root, 'src', 'plugin.json'), 'utf8'));
for (const { path } of plugin.info.screenshots ?? []) {
  const from = join(docs, basename(path));
  if (!existsSync(from)) {
    throw new Error(`copy-screenshots: plugin.json lists ${path}, but ${from} does not exist (npm run screenshots)`);
  }
  const to = join(root, 'src', path);
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
}
