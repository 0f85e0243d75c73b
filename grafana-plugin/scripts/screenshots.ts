/**
 * `npm run screenshots`: the demo cascade in the browser harness (built plugin, React 18 runtime), dark
 * and light, whole view and a drill-down with details, written to ../docs/screenshots/.
 */
import { mkdirSync } from 'fs';
import { join, resolve } from 'path';
import { launchBrowser } from '../harness/browser';
import { startHarnessServer } from '../harness/server';

const root = resolve(__dirname, '..');
const out = resolve(root, '..', 'docs', 'screenshots');

async function main() {
  mkdirSync(out, { recursive: true });
  const server = await startHarnessServer(root);
  const browser = await launchBrowser({ width: 1440, height: 900 });
  try {
    for (const theme of ['dark', 'light']) {
      const page = await browser.context.newPage();
      await page.goto(`${server.url}/harness/react18/?fixture=demo&theme=${theme}&width=1408&height=868`);
      await page.waitForFunction(() => window.__harness?.status !== 'loading', null, { timeout: 60000 });
      const status = await page.evaluate(() => window.__harness.status);
      if (status !== 'ready') {
        throw new Error(
          `screenshots: harness ${theme} is ${status}: ${await page.evaluate(() => window.__harness.error)}`
        );
      }
      await page.mouse.move(0, 0);
      await page.screenshot({ path: join(out, `cascade-${theme}.png`) });
      await page.locator('[data-node-id="revenue_assurance"]').click();
      await page.locator('[data-testid="details-pane"]').waitFor();
      await page.mouse.move(0, 0);
      await page.screenshot({ path: join(out, `drilldown-${theme}.png`) });
      await page.close();
      console.log(`wrote ${join(out, `cascade-${theme}.png`)} and drilldown-${theme}.png`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
