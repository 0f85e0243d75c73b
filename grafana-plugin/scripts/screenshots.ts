/**
 * `npm run screenshots`: the demo cascade in the browser harness (built plugin, React 18 runtime), written
 * to ../docs/screenshots/: the whole view and a drill-down with details, dark and light; the panel at the
 * 800×450 a dashboard commonly gives it; an incident: a business outcome opened on its "why" sentence
 * with the root-cause chain shown; and the cascade an hour back, its time-state bar saying so.
 */
import { mkdirSync } from 'fs';
import { join, resolve } from 'path';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../harness/browser';
import { startHarnessServer } from '../harness/server';

const root = resolve(__dirname, '..');
const out = resolve(root, '..', 'docs', 'screenshots');

// The harness frames the panel in PanelChrome: 16 px of width and 48 px of height are its chrome.
async function open(page: Page, url: string, theme: string, panel: { width: number; height: number }) {
  await page.goto(
    `${url}/harness/react18/?fixture=demo&theme=${theme}&width=${panel.width + 16}&height=${panel.height + 48}`
  );
  await page.waitForFunction(() => window.__harness?.status !== 'loading', null, { timeout: 60000 });
  const status = await page.evaluate(() => window.__harness.status);
  if (status !== 'ready') {
    throw new Error(`screenshots: harness ${theme} is ${status}: ${await page.evaluate(() => window.__harness.error)}`);
  }
  await page.mouse.move(0, 0);
}

// The panel and its chrome only, not the empty page around it.
const clip = (panel: { width: number; height: number }) => ({
  x: 0,
  y: 0,
  width: panel.width + 32,
  height: panel.height + 80,
});

async function main() {
  mkdirSync(out, { recursive: true });
  const server = await startHarnessServer(root);
  const browser = await launchBrowser({ width: 1440, height: 900 });
  const large = { width: 1392, height: 820 };
  try {
    for (const theme of ['dark', 'light']) {
      const page = await browser.context.newPage();
      await open(page, server.url, theme, large);
      await page.screenshot({ path: join(out, `cascade-${theme}.png`), clip: clip(large) });
      await page.locator('[data-node-id="revenue_assurance"]').click();
      await page.locator('[data-testid="details-pane"]').waitFor();
      await page.mouse.move(0, 0);
      await page.screenshot({ path: join(out, `drilldown-${theme}.png`), clip: clip(large) });
      await page.close();
      console.log(`wrote ${join(out, `cascade-${theme}.png`)} and drilldown-${theme}.png`);
    }
    const small = { width: 800, height: 450 };
    const page = await browser.context.newPage();
    await open(page, server.url, 'dark', small);
    await page.screenshot({ path: join(out, 'cascade-800x450-dark.png'), clip: clip(small) });
    await open(page, server.url, 'dark', large);
    await page.locator('[data-node-id="revenue_assurance"]').click();
    await page.getByTestId('why-sentence').getByRole('button').click();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(out, 'incident-why-dark.png'), clip: clip(large) });
    const medium = { width: 1280, height: 720 };
    await open(page, server.url, 'dark', medium);
    await page.getByRole('button', { name: /show 1 hour earlier/i }).click();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(out, 'past-1280x720-dark.png'), clip: clip(medium) });
    await page.close();
    console.log(`wrote ${join(out, 'cascade-800x450-dark.png')}, incident-why-dark.png and past-1280x720-dark.png`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
