/**
 * The exporter's `/preview` route (exporter/src/server/routes/preview.ts) serving the BUILT plugin and harness
 * to Chromium, fed with a snapshot history: someone without Grafana sees the real panel.
 */
import type { AddressInfo } from 'net';
import { join } from 'path';
import express from 'express';
import type { Server } from 'http';
import { createPreviewRouter } from '../../exporter/src/server/routes/preview';
import type { CascadeSnapshot, NodeResult } from '../../exporter/src/cascade/types';
import type { DetailPoint } from '../../exporter/src/engine/engine';
import type { FeatureDetail, ModelDetail } from '../../exporter/src/signals/types';
import type { DriftMethod, Spec } from '../../exporter/src/spec/types';
import { Browser, launchBrowser } from '../harness/browser';

function result(id: string, tier: NodeResult['tier'], score: number | null, status: NodeResult['status']): NodeResult {
  return {
    id,
    tier,
    model: tier === 'business' ? '' : 'fraud',
    score,
    status,
    value: tier === 'base' ? 0.31 : null,
    thresholds: tier === 'base' ? { warning: 0.1, critical: 0.25 } : { warning: 0.75, critical: 0.5 },
    contributions:
      tier === 'base' ? [] : [{ child: tier === 'business' ? 'fraud.drift' : 'fraud.drift.amount', share: 1 }],
    impact:
      tier === 'business'
        ? { measure: 'revenue_at_risk', unit: 'EUR/hour', value: 4200, exposure: 10000, loss: 0.42 }
        : null,
    decay: 1,
    reason: '',
    updatedAt: 0,
  };
}

const spec = {
  name: 'preview-test',
  currency: 'EUR',
  models: [],
  nodes: [
    {
      id: 'revenue',
      tier: 'business',
      title: 'Revenue assurance',
      owner: 'cfo',
      playbook: 'https://runbooks.example.com/r',
    },
    { id: 'fraud.drift', tier: 'component', model: 'fraud', title: 'Fraud drift' },
    {
      id: 'fraud.drift.amount',
      tier: 'base',
      model: 'fraud',
      title: 'Amount PSI',
      unit: 'none',
      signal: { kind: 'feature_drift', feature: 'amount' },
    },
  ],
} as unknown as Spec;

const history: CascadeSnapshot[] = [0, 1, 2, 3, 4, 5].map((i) => ({
  at: 1_763_000_000 + i * 15,
  nodes: [
    result('revenue', 'business', 0.9 - i * 0.1, i < 2 ? 'ok' : i < 4 ? 'warning' : 'critical'),
    result('fraud.drift', 'component', 0.9 - i * 0.1, i < 2 ? 'ok' : i < 4 ? 'warning' : 'critical'),
    result('fraud.drift.amount', 'base', 0.9 - i * 0.1, i < 2 ? 'ok' : i < 4 ? 'warning' : 'critical'),
  ],
  edges: [
    { parent: 'revenue', child: 'fraud.drift', weight: 1 },
    { parent: 'fraud.drift', child: 'fraud.drift.amount', weight: 1 },
  ],
  retrainRecommended: {},
}));

function feature(name: string, method: DriftMethod, statistic: number): FeatureDetail {
  return {
    feature: name,
    drift: {
      feature: name,
      method,
      statistic,
      pValue: null,
      drifted: statistic > 0.25,
      threshold: 0.25,
      currentCount: 400,
      testedCount: 400,
    },
    missingRatio: 0,
    violationsTotal: { type: 0, range: 0, unseen_category: 0 },
  };
}

function fraudDetail(amountPsi: number): ModelDetail {
  return {
    model: 'fraud',
    version: '3.2.0',
    trainedAt: null,
    referenceTakenAt: null,
    hasReference: true,
    features: [
      feature('amount', 'psi', amountPsi),
      feature('country', 'jensenshannon', 0.02),
      feature('hour_of_day', 'wasserstein', 0.03),
    ],
    predictionDrift: null,
    predictionsTotal: 0,
    errorsTotal: 0,
    labelsJoinedTotal: 0,
    labelsUnmatchedTotal: 0,
    policyViolationsTotal: 0,
    latency: { bounds: [0.1], counts: [0, 0], sum: 0, count: 0 },
    windowEvents: 400,
    lastEventAt: null,
  };
}

/** The model details at each snapshot: the amount PSI climbs from 0.02 to 2.52 as the cascade turns red. */
const details: DetailPoint[] = history.map((s, i) => ({ at: s.at, details: [fraudDetail(0.02 + i * 0.5)] }));

let server: Server;
let url: string;
let browser: Browser;

beforeAll(async () => {
  const app = express();
  app.use(
    '/preview',
    createPreviewRouter({
      getSnapshot: () => history[history.length - 1],
      getHistory: () => history,
      getDetailHistory: () => details,
      getSpec: () => spec,
      pluginDistDir: join(__dirname, '..', 'dist'),
    })
  );
  server = await new Promise<Server>((ok) => {
    const s = app.listen(0, '127.0.0.1', () => ok(s));
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
});

it('shows the live cascade from the exporter without Grafana', async () => {
  const page = await browser.context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => (m.type() === 'error' ? problems.push(m.text()) : undefined));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`${url}/preview`);
  await page.waitForFunction(() => window.__harness?.status !== 'loading', null, { timeout: 60000 });
  expect(await page.evaluate(() => window.__harness.error)).toBeNull();
  const card = page.locator('[data-node-id="revenue"]');
  expect(await card.getAttribute('data-status')).toBe('critical');
  expect(await card.innerText()).toContain('Revenue assurance');
  expect(await card.innerText()).toContain('€4.2K at risk');
  expect(await page.locator('[data-node-id="fraud.drift.amount"]').getAttribute('data-status')).toBe('critical');
  // The drift heatmap: three feature rows × one bin per snapshot, amount the highest.
  const heatmap = page.locator('[data-testid="drift-heatmap"]');
  await heatmap.waitFor({ timeout: 10000 });
  expect(await heatmap.locator('rect').count()).toBeGreaterThanOrEqual(3 * history.length);
  const summary = await heatmap.getAttribute('aria-label');
  expect(summary).toContain('Drift of 3 features of model fraud');
  expect(summary).toContain('highest: amount psi 2.520');
  expect(await page.locator('select[aria-label="Drift model"]').inputValue()).toBe('fraud');
  expect(problems).toEqual([]);
  await page.close();
});
