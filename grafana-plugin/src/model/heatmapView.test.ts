import { binDrift } from './drift';
import {
  driftRowLabel,
  driftSummary,
  gradientIdFor,
  heatmapCells,
  heatmapColumns,
  relativeDrift,
  shortRowLabel,
  shownDriftModel,
} from './heatmapView';

const drift = [
  { model: 'fraud', feature: 'amount', method: 'psi', times: [0, 50], values: [0.05, 0.31] },
  { model: 'fraud', feature: 'country', method: 'psi', times: [0, 50], values: [0.02, null] },
  { model: 'fraud', feature: 'amount', method: 'ks', times: [0, 50], values: [0.4, 0.1] },
  { model: 'fraud', feature: 'device', method: 'ks', times: [], values: [] },
];
const matrix = binDrift(drift, 'fraud', 0, 100, 2);

describe('heatmapView', () => {
  it('opens on the picked model, else the preferred one, else the first', () => {
    const models = ['fraud', 'recs'];
    expect(shownDriftModel(models, 'recs', 'fraud')).toBe('recs');
    expect(shownDriftModel(models, 'gone', 'recs')).toBe('recs');
    expect(shownDriftModel(models, null, '')).toBe('fraud');
    expect(shownDriftModel([], null, 'fraud')).toBeUndefined();
  });

  it('asks for one time bin per 10 px of grid, 1 to 48, the grid at least 60 px', () => {
    expect(heatmapColumns(600)).toEqual({ gridWidth: 422, bins: 42 });
    expect(heatmapColumns(912)).toEqual({ gridWidth: 734, bins: 48 });
    expect(heatmapColumns(0)).toEqual({ gridWidth: 60, bins: 6 });
  });

  it('gives rows 8 to 18 px of the height left by the bar and legend, and the legend at most 160 px', () => {
    expect(heatmapCells(422, 138, 3, 42)).toEqual({ rowHeight: 18, cellWidth: 422 / 42, legendWidth: 160 });
    expect(heatmapCells(422, 138, 8, 42).rowHeight).toBe(10);
    expect(heatmapCells(200, 138, 100, 4)).toEqual({ rowHeight: 8, cellWidth: 50, legendWidth: 110 });
  });

  it('names a row by feature and method, cut to 24 characters', () => {
    expect(driftRowLabel({ feature: 'amount', method: 'psi' })).toBe('amount · psi');
    expect(shortRowLabel('a'.repeat(24))).toBe('a'.repeat(24));
    expect(shortRowLabel('merchant_category_code · psi')).toBe('merchant_category_code …');
    expect(shortRowLabel('merchant_category_code · psi')).toHaveLength(24);
  });

  it('scales a cell on its own method: PSI against the largest PSI, KS against the largest KS', () => {
    expect(matrix.rows.map(driftRowLabel)).toEqual(['amount · ks', 'amount · psi', 'country · psi', 'device · ks']);
    expect(relativeDrift(matrix, 1, 0.31)).toBe(1);
    expect(relativeDrift(matrix, 0, 0.1)).toBeCloseTo(0.25, 12);
    expect(relativeDrift(matrix, 3, 0)).toBe(0);
  });

  it('summarises the heatmap by its three rows highest on their own scales, rows without data left out', () => {
    expect(driftSummary(matrix, 'fraud')).toBe(
      'Drift of 4 feature statistics of model fraud over the time range; highest: amount · ks 0.400, amount · psi 0.310, country · psi 0.020.'
    );
  });

  it('makes an SVG id of any model name', () => {
    expect(gradientIdFor('fraud')).toBe('mlhealth-viridis-fraud');
    expect(gradientIdFor('fraud v2.1')).toBe('mlhealth-viridis-fraud_v2_1');
  });
});
