// Lints texts as if they were files of the repository, with its own ESLint config: reads
// `[{code, file}]` as JSON on stdin, prints `[[ruleId, ...], ...]`. A child process, because ESLint loads
// the flat config as an ES module, which jest's module system cannot.
import { ESLint } from 'eslint';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.argv[2];
const cases = JSON.parse(readFileSync(0, 'utf8'));
const eslint = new ESLint({ cwd: root });
const out = [];
for (const { code, file } of cases) {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  out.push(result.messages.map((m) => m.ruleId ?? m.message));
}
process.stdout.write(JSON.stringify(out));
