/**
 * The BUILT plugin in headless Chromium at the sizes Grafana gives a panel (800×450, 1280×720,
 * 1600×1000), dark and light, on both React runtimes (issue 11): axe finds no violation of any impact;
 * the drift heatmap has its time axis, numeric legend per method and tooltips; the sparkline shows the
 * hovered value; Grafana's loading, error and no-data states, and the notice for a time range without data.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { Browser, launchBrowser } from '../harness/browser';
import { HarnessServer, startHarnessServer } from '../harness/server';
import { axeViolations as checkAxe } from './support/pageChecks';

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

/** Opens the demo with a panel of `width` × `height` (the harness adds Grafana's panel chrome around it). */
async function open(
  runtime: string,
  theme: string,
  width: number,
  height: number
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  // Grafana serves its own icons (public/build/img/icons/…, e.g. the loading spinner); the harness does
  // not, so their 404s are the harness's, not the plugin's.
  const grafanaAsset = (url: string) => url.includes('/public/build/img/icons/');
  page.on('console', (m) => {
    if ((m.type() === 'error' || m.type() === 'warning') && !grafanaAsset(m.location().url)) {
      errors.push(m.text());
    }
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('response', (r) =>
    r.status() >= 400 && !grafanaAsset(r.url()) ? errors.push(`${r.status()} ${r.url()}`) : undefined
  );
  await page.goto(
    `${server.url}/harness/${runtime}/?fixture=demo&theme=${theme}&width=${width + 16}&height=${height + 48}`
  );
  await page.waitForFunction(() => window.__harness?.status !== 'loading', null, { timeout: 60000 });
  expect(await page.evaluate(() => window.__harness.error)).toBeNull();
  return { page, errors };
}

// Every axe rule, the page-level ones too.
const axeViolations = (page: Page) => checkAxe(page, AXE, true);

describe.each(['react18', 'react19'])('the built plugin at Grafana’s panel sizes (%s)', (runtime) => {
  describe.each(['dark', 'light'])('%s theme', (theme) => {
    it.each(SIZES)('has no axe violation of any impact at %i×%i', async (width, height) => {
      const { page, errors } = await open(runtime, theme, width, height);
      expect(await page.locator('[data-testid="cascade-panel"]').count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  });
});

describe.each(['react18', 'react19'])('the drift heatmap and sparklines (%s)', (runtime) => {
  let page: Page;

  beforeAll(async () => {
    ({ page } = await open(runtime, 'dark', 1280, 720));
  });

  afterAll(async () => {
    await page.close();
  });

  it('has a time axis, a numeric legend per method and one row per feature', async () => {
    const heatmap = page.locator('[data-testid="drift-heatmap"]');
    const ticks = await heatmap.locator('[data-testid="drift-time-axis"] text').allTextContents();
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    ticks.forEach((t) => expect(t).toMatch(/^\d\d:\d\d$/));
    const legend = await heatmap
      .locator('[data-legend-method]')
      .evaluateAll((gs) => gs.map((g) => [...g.querySelectorAll('text')].map((t) => t.textContent)));
    expect(legend.map((l) => l[0])).toEqual(['ks', 'psi', '|z|']);
    legend.forEach((l) => expect(l[l.length - 1]).toMatch(/^\d+\.\d+$/));
    const rows = await heatmap
      .locator('[data-drift-row]')
      .evaluateAll((gs) => gs.map((g) => g.getAttribute('data-drift-row')));
    expect(new Set(rows).size).toBe(rows.length);
    expect(rows).toContain('fraud/amount');
  });

  it('gives cells their method and value, |z| for the z-test, and cut labels their whole name', async () => {
    const z = await page.locator('[data-drift-row="fraud/card_present"] rect title').first().textContent();
    expect(z).toMatch(/^card_present · .* · (\|z\| \d+\.\d{3}|no data)$/);
    const cut = page.locator('[data-drift-row="fraud/days_since_last_chargeback"] text[data-truncated="true"]');
    expect(await cut.locator('title').textContent()).toBe('days_since_last_chargeback');
  });

  it('shows a sparkline’s value under the pointer, in the node’s unit', async () => {
    const card = page.locator('[data-node-id="revenue_assurance"]');
    const box = (await card.locator('svg:not([data-status-icon])').last().boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2);
    expect(await card.locator('[data-testid="sparkline-tooltip"]').textContent()).toMatch(
      /^score \d\.\d\d · \d\d:\d\d:\d\d$/
    );
    expect(await card.locator('[data-threshold]').count()).toBe(2);
    await page.mouse.move(0, 0);
  });

  it('links a drift node’s details to its heatmap row', async () => {
    await page.locator('[data-node-id="fraud.drift"]').click();
    await page.locator('[data-node-id="fraud.drift.amount"]').click();
    await page.locator('[data-testid="details-pane"]').waitFor();
    expect(await page.locator('[data-focused="true"]').getAttribute('data-drift-row')).toBe('fraud/amount');
    await page.locator('[data-drift-link="fraud/amount"]').click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-drift-row'))).toBe('fraud/amount');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
  });
});

describe.each(['react18', 'react19'])('Grafana’s data states in the built plugin (%s)', (runtime) => {
  it('shows loading, query errors, no data and a time range without data', async () => {
    const { page, errors } = await open(runtime, 'light', 800, 450);
    const state = page.locator('[data-testid="panel-data-state"]');
    await page.evaluate(() => window.__harness.setPanelData({ state: 'Loading', empty: true }));
    expect(await state.getAttribute('data-state')).toBe('loading');
    expect(await state.innerText()).toContain('Loading mlhealth series');
    await page.evaluate(() =>
      window.__harness.setPanelData({
        state: 'Error',
        empty: true,
        errors: [{ refId: 'A', message: 'bad_data: parse error' }],
      })
    );
    expect(await page.getByRole('alert').innerText()).toContain('Query failed: A: bad_data: parse error');
    await page.evaluate(() => window.__harness.setPanelData({ empty: true }));
    expect(await state.innerText()).toContain('No mlhealth_* series in the query results');
    await page.evaluate(() => window.__harness.setPanelData({ shiftMs: 24 * 3600_000 }));
    expect(await page.locator('[data-testid="cascade-panel"]').innerText()).toContain(
      'No mlhealth_node_status sample is current at this time'
    );
    expect(await page.locator('[data-testid="impact-total"]').innerText()).toContain('unknown');
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate(() => window.__harness.setPanelData({}));
    expect(await page.locator('[data-testid="panel-data-state"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe.each(['react18', 'react19'])('the option pickers of the built plugin (%s)', (runtime) => {
  async function withEditor(path: string): Promise<{ page: Page; errors: string[] }> {
    const { page, errors } = await open(runtime, 'dark', 1280, 720);
    await page.goto(`${page.url()}&editor=${path}`);
    await page.waitForFunction(() => window.__harness?.status === 'ready', null, { timeout: 60000 });
    return { page, errors };
  }

  it('offers the root nodes of the data and focuses the cascade on the one picked', async () => {
    const { page, errors } = await withEditor('rootNode');
    const picker = page.getByRole('combobox', { name: 'Root node' });
    await picker.click();
    await picker.fill('Revenue');
    await page.getByRole('option', { name: /Revenue assurance/ }).click();
    await page.locator('[data-node-id="customer_impact"]').waitFor({ state: 'detached' });
    // Revenue assurance's children stay; the other outcomes are gone.
    expect(await page.locator('[data-node-id="fraud.drift"]').count()).toBe(1);
    expect(await picker.inputValue()).toBe('Revenue assurance');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says, under the picker and in the panel, when the saved root node matches nothing', async () => {
    const { page } = await withEditor('rootNode');
    await page.evaluate(() => window.__harness.setOptions({ rootNode: 'revenue_assurence' }));
    expect(await page.getByTestId('option-editor').innerText()).toContain(
      '“revenue_assurence” matches no node in the query results.'
    );
    expect(await page.getByTestId('cascade-panel').innerText()).toContain(
      'Root node “revenue_assurence” matches no node in the data'
    );
    await page.close();
  });

  it('offers the models that have drift series', async () => {
    const { page } = await withEditor('driftModel');
    const picker = page.getByTestId('option-editor').getByRole('combobox', { name: 'Drift model' });
    await picker.click();
    expect(await page.getByRole('listbox').getByRole('option').allInnerTexts()).toEqual([
      expect.stringContaining('fraud'),
      expect.stringContaining('recs'),
    ]);
    await page.getByRole('listbox').getByRole('option', { name: /recs/ }).click();
    expect(await page.locator('select[aria-label="Drift model"]').inputValue()).toBe('recs');
    await page.close();
  });
});
