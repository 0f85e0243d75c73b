/**
 * The BUILT plugin in headless Chromium, loaded as Grafana loads it (SystemJS + AMD extra, Grafana's
 * shared modules registered under `package:<name>`), on the React 18 runtime (@grafana/* 13.1) and the
 * React 19 runtime (@grafana/* 13.2), in dark and light themes.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { Browser, launchBrowser } from '../harness/browser';
import { HarnessServer, startHarnessServer } from '../harness/server';
import { axeViolations } from './support/pageChecks';

const root = join(__dirname, '..');
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface Problems {
  console: string[];
}

async function openHarness(page: Page, url: string): Promise<Problems> {
  const problems: Problems = { console: [] };
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') {
      problems.console.push(`${m.type()}: ${m.text()}`);
    }
  });
  page.on('pageerror', (e) => problems.console.push(`pageerror: ${e.message}`));
  await page.goto(url);
  await page.waitForFunction(() => window.__harness?.status !== 'loading', null, { timeout: 60000 });
  const status = await page.evaluate(() => ({ status: window.__harness.status, error: window.__harness.error }));
  expect(status).toEqual({ status: 'ready', error: null });
  return problems;
}

/** axe's serious and critical violations, every rule on (the page-level ones too). */
async function axeSeriousOrWorse(page: Page): Promise<string[]> {
  return (await axeViolations(page, AXE, true)).filter((v) => /^(serious|critical) /.test(v));
}

const rgb = (hex: string) => {
  const n = parseInt(hex.replace('#', '').slice(0, 6), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
};

let server: HarnessServer;
let browser: Browser;

beforeAll(async () => {
  server = await startHarnessServer(root);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each([
  ['react18', '18.'],
  ['react19', '19.'],
])('the built plugin on the %s runtime', (runtime, reactMajor) => {
  describe.each(['dark', 'light'])('%s theme', (theme) => {
    let page: Page;
    let problems: Problems;

    beforeAll(async () => {
      page = await browser.context.newPage();
      problems = await openHarness(page, `${server.url}/harness/${runtime}/?fixture=demo&theme=${theme}`);
    });

    afterAll(async () => {
      await page.close();
    });

    it('loads dist/module.js through SystemJS with the shared modules of this runtime', async () => {
      const info = await page.evaluate(() => ({
        react: window.__harness.reactVersion,
        shared: window.__harness.sharedModules,
      }));
      expect(info.react.startsWith(reactMajor)).toBe(true);
      expect(info.shared).toEqual(
        expect.arrayContaining(['react', 'react-dom', '@grafana/data', '@grafana/ui', '@grafana/runtime'])
      );
      const loaded = await page.evaluate(() =>
        [...(window.System as unknown as { entries(): Iterable<[string, unknown]> }).entries()].map(([id]) => id)
      );
      expect(loaded).toContain(`${server.url}/public/plugins/mlhealth-cascade-panel/module.js`);
    });

    it('draws each status with its theme colour, icon shape and text', async () => {
      const colors = await page.evaluate(() => window.__harness.statusColors);
      for (const [id, status, text] of [
        ['revenue_assurance', 'critical', 'Critical'],
        ['customer_impact', 'warning', 'Warning'],
        ['compliance_exposure', 'ok', 'OK'],
        ['partner_sla', 'unknown', 'Unknown'],
      ]) {
        const card = page.locator(`[data-node-id="${id}"]`);
        await expect(card.getAttribute('data-status')).resolves.toBe(status);
        expect(await card.locator(`[data-status-icon="${status}"]`).count()).toBe(1);
        expect(await card.innerText()).toContain(text);
        const stripe = await card.evaluate((el) => {
          const s = getComputedStyle(el.firstElementChild as Element);
          return { color: s.backgroundColor, image: s.backgroundImage };
        });
        if (status === 'unknown') {
          expect(stripe.image).toContain('repeating-linear-gradient');
        } else {
          expect(stripe.color).toBe(rgb(colors[status]));
        }
      }
    });

    it('has no serious or critical accessibility violations (axe)', async () => {
      expect(await axeSeriousOrWorse(page)).toEqual([]);
    });

    it('drills down on click, with a breadcrumb, details and a data link carrying node and model', async () => {
      await page.locator('[data-node-id="revenue_assurance"]').click();
      await page.locator('[data-testid="details-pane"]').waitFor();
      expect(await page.locator('[data-node-id="customer_impact"]').count()).toBe(0);
      expect(await page.locator('nav[aria-label="Cascade focus"] [aria-current="page"]').innerText()).toBe(
        'Revenue assurance'
      );
      const details = page.locator('[data-testid="details-pane"]');
      expect(await details.textContent()).toContain('Why is this critical?');
      const link = details.getByRole('link', { name: 'Model detail dashboard' });
      expect(await link.getAttribute('href')).toBe(
        `/d/mlhealth-model-detail/model-detail?var-node=revenue_assurance&var-model=&from=${1763000000000 - 59 * 60000}&to=1763000000000`
      );
      expect(await axeSeriousOrWorse(page)).toEqual([]);
      await page.locator('nav[aria-label="Cascade focus"]').getByRole('button', { name: 'All nodes' }).click();
      expect(await page.locator('[data-node-id="customer_impact"]').count()).toBe(1);
    });

    it('is keyboard navigable: Tab into the cascade, arrows move, Enter opens, Escape goes back', async () => {
      await page.locator('[data-node-id="partner_sla"]').focus();
      await page.keyboard.press('ArrowDown');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-node-id'))).toBe('revenue_assurance');
      await page.keyboard.press('ArrowRight');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-node-id'))).toBe('fraud.drift');
      await page.keyboard.press('Enter');
      expect(await page.locator('[data-testid="details-pane"] h2').innerText()).toBe('Fraud · input drift');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      expect(await page.locator('[data-node-id="customer_impact"]').count()).toBe(1);
      const tabbable = await page.locator('[data-node-id][tabindex="0"]').count();
      expect(tabbable).toBe(1);
    });

    it('logged no console errors or warnings', () => {
      expect(problems.console).toEqual([]);
    });
  });
});

describe.each(['react18', 'react19'])('the built plugin on a sharded fleet’s central Prometheus (%s)', (runtime) => {
  it('renders the fleet nodes the recording rules computed, once each, without errors', async () => {
    const page = await browser.context.newPage();
    const problems = await openHarness(
      page,
      `${server.url}/harness/${runtime}/?data=/fixtures/prometheus-scaleout.json&theme=dark`
    );
    const capture = JSON.parse(readFileSync(join(root, 'fixtures', 'prometheus-scaleout.json'), 'utf8'));
    const status = capture.queries.find((q: { expr: string }) => q.expr.startsWith('mlhealth_node_status{'));
    const recorded = status.response.data.result.filter((s: { metric: Record<string, string> }) => !s.metric.instance);
    expect(recorded.length).toBeGreaterThan(3);
    for (const s of recorded) {
      expect(await page.locator(`[data-node-id="${s.metric.node}"]`).count()).toBe(1);
    }
    expect(problems.console).toEqual([]);
    await page.close();
  });
});

describe.each(['react18', 'react19'])('the built plugin on captured Prometheus answers (%s)', (runtime) => {
  it('renders the real exporter’s cascade without errors or serious accessibility violations', async () => {
    const page = await browser.context.newPage();
    const problems = await openHarness(
      page,
      `${server.url}/harness/${runtime}/?data=/fixtures/prometheus-demo.json&theme=dark`
    );
    const capture = JSON.parse(readFileSync(join(root, 'fixtures', 'prometheus-demo.json'), 'utf8'));
    const info = capture.queries.find((q: { expr: string }) => q.expr === 'mlhealth_node_info').response.data.result;
    const business = info.filter((s: { metric: Record<string, string> }) => s.metric.tier === 'business');
    for (const s of business) {
      expect(await page.locator(`[data-node-id="${s.metric.node}"]`).innerText()).toContain(s.metric.title);
    }
    expect(await page.locator('[data-testid="drift-heatmap"] rect').count()).toBeGreaterThan(10);
    expect(await axeSeriousOrWorse(page)).toEqual([]);
    expect(problems.console).toEqual([]);
    await page.close();
  });
});
