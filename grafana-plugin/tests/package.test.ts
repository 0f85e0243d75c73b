import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import yauzl from 'yauzl';
import { packagePlugin, PLUGIN_ID } from '../scripts/package';

function entries(zipPath: string): Promise<string[]> {
  return new Promise((ok, fail) => {
    yauzl.open(zipPath, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) {
        fail(err);
        return;
      }
      const names: string[] = [];
      zip.on('entry', (e: yauzl.Entry) => {
        names.push(e.fileName);
        zip.readEntry();
      });
      zip.on('end', () => ok(names));
      zip.on('error', fail);
      zip.readEntry();
    });
  });
}

describe('npm run package', () => {
  const out = mkdtempSync(join(tmpdir(), 'mlhealth-pkg-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('zips dist/ under one folder named after the plugin id, without the harness', async () => {
    const zip = await packagePlugin(join(__dirname, '..'), out);
    const version = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')).version;
    expect(zip).toBe(join(out, `${PLUGIN_ID}-${version}.zip`));
    const names = await entries(zip);
    expect(names.every((n) => n.startsWith(`${PLUGIN_ID}/`))).toBe(true);
    expect(names).toEqual(
      expect.arrayContaining([
        `${PLUGIN_ID}/module.js`,
        `${PLUGIN_ID}/plugin.json`,
        `${PLUGIN_ID}/img/logo.svg`,
        `${PLUGIN_ID}/README.md`,
        `${PLUGIN_ID}/LICENSE`,
      ])
    );
    expect(names.some((n) => n.includes('/harness/'))).toBe(false);
    expect(readFileSync(`${zip}.sha256`, 'utf8')).toMatch(/^[0-9a-f]{64} {2}mlhealth-cascade-panel-/);
  });
});
