/**
 * The BUILT panel at the sizes Grafana gives it (800×450, 1280×720, 1600×1000), dark and light, on both
 * React runtimes: the header fits (every text inside the panel, none overlapping another, also after a
 * two-level drill-down), the past is never shown silently (a time-state bar whenever not live), the
 * selection's de-emphasis keeps card text at 4.5:1 or better, axe finds nothing; and a 1,000-node
 * cascade narrowed by the filter.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { Browser, launchBrowser } from '../harness/browser';
import { HarnessServer, startHarnessServer } from '../harness/server';
import { axeViolations, cardContrast, headerReport } from './support/pageChecks';

const root = join(__dirname, '..');
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const SIZES = [
  [800, 450],
  [1280, 720],
  [1600, 1000],
] as const;

let server: HarnessServer;
let browser: Browser;

beforeAll(async () => {
  server = await startHarnessServer(root);
  browser = await launchBrowser({ width: 1700, height: 1100 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(query: string, size: readonly [number, number]): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning' ? errors.push(m.text()) : undefined));
  page.on('pageerror', (e) => errors.push(e.message));
  // The harness frames the panel in PanelChrome: 16 px of width and 48 px of height are its chrome.
  await page.goto(`${server.url}${query}&width=${size[0] + 16}&height=${size[1] + 48}`);
  await page.waitForFunction(() => window.__harness?.status !== 'loading', null, { timeout: 60000 });
  expect(await page.evaluate(() => window.__harness.error)).toBeNull();
  return { page, errors };
}

const cardIds = (page: Page) =>
  page.$$eval('[data-node-id]:not([data-summary])', (els) => els.map((e) => e.getAttribute('data-node-id')!));

describe.each(['react18', 'react19'])('the built panel on %s', (runtime) => {
  describe.each(['dark', 'light'])('%s theme', (theme) => {
    describe.each(SIZES)('at %i×%i', (width, height) => {
      let page: Page;
      let errors: string[];

      beforeAll(async () => {
        ({ page, errors } = await open(`/harness/${runtime}/?fixture=demo&theme=${theme}`, [width, height]));
      });

      afterAll(async () => {
        await page.close();
      });

      it('fits the header: every text inside the panel, none overlapping, figures whole, cuts with tooltips', async () => {
        const panel = await page.locator('[data-testid="cascade-panel"]').boundingBox();
        expect([Math.round(panel!.width), Math.round(panel!.height)]).toEqual([width, height]);
        const report = await headerReport(page);
        expect(report.problems).toEqual([]);
        expect(report.texts.join(' ')).toMatch(/All nodes/);
        expect(report.texts.join(' ')).toMatch(/\$27\.4K/);
        expect(await page.getByTestId('cursor-time').innerText()).toBe('Live · 02:13:20');
        // Nor are the cards' amounts at risk cut: each lies whole inside its card.
        const amounts = await page.$$eval('[data-impact="true"]', (els) =>
          els.map((e) => {
            const r = e.getBoundingClientRect();
            const card = e.closest('[data-node-id]')!.getBoundingClientRect();
            return { text: e.textContent, whole: e.scrollWidth <= e.clientWidth + 1 && r.right <= card.right + 0.5 };
          })
        );
        expect(amounts.length).toBeGreaterThan(0);
        expect(amounts.filter((a) => !a.whole)).toEqual([]);
        // A card's score and value show whole or not at all (in its tooltip), never cut to a fragment.
        const cut = await page.$$eval('[data-optional-figures] > *', (els) =>
          els.flatMap((e) => {
            const r = e.getBoundingClientRect();
            const box = e.parentElement!.getBoundingClientRect();
            const shown = r.width > 0 && r.top < box.bottom - 0.5;
            return shown && (r.right > box.right + 0.5 || e.scrollWidth > e.clientWidth + 1) ? [e.textContent] : [];
          })
        );
        expect(cut).toEqual([]);
        expect(await axeViolations(page, AXE)).toEqual([]);
      });

      it('still fits after a two-level drill-down, and keeps the lit path readable (≥ 4.5:1)', async () => {
        await page.locator('[data-node-id="revenue_assurance"]').click();
        await page.locator('[data-node-id="fraud.drift"]').click();
        const crumb = page.getByTestId('breadcrumb');
        expect(await crumb.locator('[aria-current="page"]').getAttribute('title')).toBe('Fraud · input drift');
        expect((await headerReport(page)).problems).toEqual([]);
        expect(await page.getByTestId('why-sentence').innerText()).toMatch(
          /^Fraud · input drift is critical because fraud's feature amount drifted: PSI [\d.]+ ≥ [\d.]+/
        );
        expect(await axeViolations(page, AXE)).toEqual([]);
        // Back to the top: Enter on the breadcrumb's first step keeps the focus in the panel.
        await crumb.getByRole('button', { name: 'All nodes' }).focus();
        await page.keyboard.press('Enter');
        expect(
          await page.evaluate(() => document.activeElement?.closest('[data-testid="cascade-panel"]') !== null)
        ).toBe(true);
        expect(await page.locator('[data-node-id="customer_impact"]').count()).toBe(1);
        await page.locator('[data-node-id="revenue_assurance"]').click();
        const contrast = await cardContrast(page, 4.5);
        expect(contrast.dimmed).toBeGreaterThan(0);
        expect(contrast.measured).toBeGreaterThan(10);
        expect(contrast.low).toEqual([]);
        await page.getByRole('button', { name: 'Close details' }).click();
      });

      it('never shows the past silently: a bar says the moment whenever the cascade is not live', async () => {
        const bar = page.getByTestId('time-state-bar');
        expect(await bar.count()).toBe(0);
        await page.getByRole('button', { name: /show 5 minutes earlier/i }).click();
        expect(await bar.isVisible()).toBe(true);
        expect(await bar.innerText()).toMatch(/^Showing 02:08:20\s*·\s*Back to live$/);
        const slider = page.getByRole('slider', { name: /^Cascade time/ });
        expect(await slider.getAttribute('aria-label')).toBe('Cascade time: 02:08:20');
        expect((await headerReport(page)).problems).toEqual([]);
        const graph = (await page.getByTestId('cascade-graph').boundingBox())!;
        const box = (await bar.boundingBox())!;
        expect(box.y + box.height).toBeLessThanOrEqual(graph.y + graph.height + 0.5);
        expect(box.x + box.width).toBeLessThanOrEqual(graph.x + graph.width + 0.5);
        // The pinned moment is marked on the drift heatmap and on every card's sparkline too.
        const heatmapMark = page.locator('[data-testid="drift-pinned-time"]');
        const sparkMarks = page.locator('[data-node-id]:not([data-summary]) [data-pinned-time="true"]');
        expect(await heatmapMark.count()).toBe(1);
        const sparklines = page.locator('[data-node-id]:not([data-summary]) svg:not([data-status-icon])');
        expect(await sparkMarks.count()).toBeGreaterThan(0);
        expect(await sparkMarks.count()).toBe(await sparklines.count());
        // Drawn inside its sparkline, at the pinned moment's place on the time axis (not at an edge: live is).
        const where = await sparkMarks.first().evaluate((l) => {
          const x = Number(l.getAttribute('x1'));
          return x / Number(l.closest('svg')!.getAttribute('width'));
        });
        expect(where).toBeGreaterThan(0);
        expect(where).toBeLessThan(0.999);
        expect(await axeViolations(page, AXE)).toEqual([]);
        await bar.getByRole('button', { name: 'Back to live' }).click();
        expect(await bar.count()).toBe(0);
        // Live: no moment is pinned, so neither mark is drawn.
        expect(await heatmapMark.count()).toBe(0);
        expect(await page.locator('[data-pinned-time="true"]').count()).toBe(0);
      });

      it('limits a sparkline hover to its card unless the whole-cascade preview is chosen', async () => {
        const spark = page.locator('[data-node-id="revenue_assurance"] svg').last();
        const b = (await spark.boundingBox())!;
        await page.mouse.move(b.x + b.width * 0.2, b.y + b.height / 2);
        expect(await page.locator('[data-node-id="revenue_assurance"] [data-testid="card-preview"]').count()).toBe(1);
        expect(await page.getByTestId('time-state-bar').count()).toBe(0);
        await page.evaluate(() => window.__harness.setOptions({ hoverPreview: true }));
        await page.mouse.move(b.x + b.width * 0.3, b.y + b.height / 2);
        expect(await page.getByTestId('time-state-bar').innerText()).toMatch(/^Previewing \d\d:\d\d:\d\d/);
        // A hover previews a moment but pins none: the heatmap and the sparklines mark no pinned time.
        expect(await page.locator('[data-testid="drift-pinned-time"]').count()).toBe(0);
        expect(await page.locator('[data-pinned-time="true"]').count()).toBe(0);
        await page.mouse.move(0, 0);
        expect(await page.getByTestId('time-state-bar').count()).toBe(0);
        await page.evaluate(() => window.__harness.setOptions({ hoverPreview: false }));
      });

      it('logged no console errors or warnings', () => {
        expect(errors).toEqual([]);
      });
    });
  });
});

describe('the built panel with options and other data', () => {
  it('names a configured root node instead of "All nodes", and says times in the dashboard’s zone', async () => {
    const options = encodeURIComponent(JSON.stringify({ rootNode: 'revenue_assurance' }));
    const { page } = await open(`/harness/react18/?fixture=demo&tz=Asia/Kolkata&options=${options}`, [1280, 720]);
    const crumb = page.getByTestId('breadcrumb');
    expect(await crumb.locator('[aria-current="page"]').innerText()).toBe('Revenue assurance');
    await page.locator('[data-node-id="fraud.drift"]').click();
    expect(await crumb.getByRole('button').allInnerTexts()).toEqual(['Revenue assurance']);
    // 02:13:20 UTC is 07:43:20 in India (UTC+5:30).
    expect(await page.getByTestId('cursor-time').innerText()).toBe('Live · 07:43:20');
    await page.close();
  });

  it('narrows a 1,000-node cascade with the filter, keeping each match’s path, header still fitting', async () => {
    const { page, errors } = await open('/harness/react18/?fixture=scaled&n=1000&theme=dark', [1280, 720]);
    const before = await cardIds(page);
    expect(before.length).toBeLessThan(150);
    expect(await page.locator('[data-summary]').count()).toBeGreaterThan(0);
    // A base card far down, selected: while the graph scrolls back up, its parents stay in view.
    const graph = page.getByTestId('cascade-graph');
    const frames = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await graph.evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
    await frames();
    await page.locator('[data-node-id*="signal"]:not([data-summary])').last().click();
    await graph.evaluate((el) => (el.scrollTop = 0));
    await frames();
    const pinned = await page.$$eval('[data-pinned="true"]', (els) => els.map((e) => e.getAttribute('data-node-id')!));
    expect(pinned).toHaveLength(2);
    const view = (await graph.boundingBox())!;
    for (const id of pinned) {
      const b = (await page.locator(`[data-node-id="${id}"]`).boundingBox())!;
      expect(b.y).toBeGreaterThanOrEqual(view.y);
      expect(b.y + b.height).toBeLessThanOrEqual(view.y + view.height);
    }
    await page.getByRole('button', { name: 'Close details' }).click();
    await page.getByRole('searchbox', { name: /Filter nodes/ }).fill('signal_12');
    const shown = await cardIds(page);
    const base = shown.filter((id) => id.includes('signal'));
    expect(base.length).toBeGreaterThan(0);
    expect(base.every((id) => /signal_12\d*$/.test(id))).toBe(true);
    expect(shown.some((id) => id.includes('component'))).toBe(true);
    expect(await page.getByTestId('cascade-graph').getAttribute('aria-label')).toMatch(
      /Cascade of 1000 nodes, \d+ shown/
    );
    expect(await page.locator('[data-testid="cascade-edges"] path').count()).toBeLessThan(150);
    expect((await headerReport(page)).problems).toEqual([]);
    expect(await axeViolations(page, AXE)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
