/** The calibrate route's pure parts: the body check, the reference-rows keeper, history values. */
import type { CascadeSnapshot } from '../../cascade/types';
import { loadSpecFile } from '../../spec';
import type { Spec } from '../../spec/types';
import { DEMO_SPEC_PATH } from '../../main';
import { historyValues } from '../../spec/calibrate/proposal';
import { ReferenceRowsKeeper } from '../../ingest/referenceRows';
import { parseCalibrateRequest } from './calibrate';

let spec: Spec;
let baseDir: string;
beforeAll(async () => {
  const loaded = await loadSpecFile(DEMO_SPEC_PATH);
  spec = loaded.spec;
  baseDir = loaded.baseDir;
});

describe('parseCalibrateRequest', () => {
  it('takes an empty body as every node at the clock', () => {
    expect(parseCalibrateRequest(undefined, spec, 7)).toEqual({
      ok: true,
      request: { nodes: undefined, at: 7 },
    });
  });
  it('reads now as ISO-8601', () => {
    const r = parseCalibrateRequest({ now: '2023-11-14T22:13:20Z' }, spec, 0);
    expect(r).toEqual({ ok: true, request: { nodes: undefined, at: 1_700_000_000 } });
  });
  it('lists every problem with its path', () => {
    const r = parseCalibrateRequest({ nodes: [3, 'fraud.drift.amount'], now: 5, x: 1 }, spec, 0);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual([
      { path: 'x', message: 'unknown key (expected nodes, now)' },
      { path: 'now', message: 'expected an ISO-8601 time with a zone, got 5' },
      { path: 'nodes[0]', message: 'expected a node id (string)' },
      { path: 'nodes[1]', message: "node 'fraud.drift.amount' declares no thresholds.derive rule" },
    ]);
    expect(parseCalibrateRequest('x', spec, 0)).toEqual({
      ok: false,
      issues: [{ path: '', message: 'expected a JSON object' }],
    });
  });
});

describe('ReferenceRowsKeeper', () => {
  it('reads the spec file, then an upload replaces it', async () => {
    const keeper = new ReferenceRowsKeeper(spec, baseDir, new Set());
    const fromFile = await keeper.rowsOf('fraud');
    expect('rows' in fromFile && fromFile.rows.rows).toBeGreaterThan(100);
    const model = spec.models.find((m) => m.id === 'fraud');
    if (model === undefined) throw new Error('demo has no fraud model');
    keeper.uploaded(model, [{ features: { amount: 3 }, confidence: 0.9 }]);
    const uploaded = await keeper.rowsOf('fraud');
    expect('rows' in uploaded && uploaded.rows.cells.get('amount')).toEqual([3]);
    expect('rows' in uploaded && uploaded.rows.cells.get('confidence')).toEqual([0.9]);
  });
  it('says why a restored reference has no rows', async () => {
    const keeper = new ReferenceRowsKeeper(spec, baseDir, new Set(['recs']));
    const r = await keeper.rowsOf('recs');
    expect('skip' in r && r.skip).toMatch(/uploaded before the last restart/);
    expect(await keeper.rowsOf('nope')).toEqual({ skip: "no model 'nope' in the spec" });
  });
});

it('historyValues keeps the known values of one node, oldest first', () => {
  const snap = (value: number | null) => ({ nodes: [{ id: 'a', value }] }) as unknown as CascadeSnapshot;
  expect(historyValues([snap(1), snap(null), snap(Number.NaN), snap(2)], 'a')).toEqual([1, 2]);
});
