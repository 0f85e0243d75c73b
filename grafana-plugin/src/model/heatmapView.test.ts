import { binDrift } from './drift';
import {
  cellText,
  driftRowLabel,
  driftSummary,
  formatDrift,
  gradientIdFor,
  heatmapCells,
  heatmapColumns,
  legendMethods,
  methodLabel,
  relativeDrift,
  shortRowLabel,
  shownDriftModel,
  timeTicks,
} from './heatmapView';

const drift = [
  { model: 'fraud', feature: 'amount', method: 'psi', times: [0, 50], values: [0.05, 0.31] },
  { model: 'fraud', feature: 'country', method: 'psi', times: [0, 50], values: [0.02, null] },
  { model: 'fraud', feature: 'card_present', method: 'z', times: [0, 50], values: [-4, 1] },
  { model: 'fraud', feature: 'device', method: 'ks', times: [], values: [] },
];
const matrix = binDrift(drift, 'fraud', 0, 100, 2);

describe('heatmapView', () => {
  it('opens on a focused node’s model, else the picked one, else the preferred one, else the first', () => {
    const models = ['fraud', 'recs'];
    expect(shownDriftModel(models, 'recs', 'fraud')).toBe('recs');
    expect(shownDriftModel(models, 'gone', 'recs')).toBe('recs');
    expect(shownDriftModel(models, null, '')).toBe('fraud');
    expect(shownDriftModel(models, 'recs', 'recs', 'fraud')).toBe('fraud');
    expect(shownDriftModel(models, 'recs', 'recs', 'gone')).toBe('recs');
    expect(shownDriftModel([], null, 'fraud')).toBeUndefined();
  });

  it('asks for one time bin per 10 px of grid, 1 to 48, the grid at least 60 px', () => {
    expect(heatmapColumns(600)).toEqual({ gridWidth: 442, bins: 44 });
    expect(heatmapColumns(912)).toEqual({ gridWidth: 754, bins: 48 });
    expect(heatmapColumns(0)).toEqual({ gridWidth: 60, bins: 6 });
  });

  it('gives rows 8 to 18 px of the height left by the bar, axis and one legend line per method', () => {
    expect(heatmapCells(422, 170, 3, 42, 1)).toEqual({ rowHeight: 18, cellWidth: 422 / 42, legendWidth: 120 });
    expect(heatmapCells(422, 170, 8, 42, 3).rowHeight).toBe(8);
    expect(heatmapCells(422, 170, 8, 42, 1).rowHeight).toBe(12);
    expect(heatmapCells(200, 138, 100, 4)).toEqual({ rowHeight: 8, cellWidth: 50, legendWidth: 80 });
  });

  it('names a row by its feature, cut to 21 characters', () => {
    expect(matrix.rows.map(driftRowLabel)).toEqual(['amount', 'card_present', 'country', 'device']);
    expect(shortRowLabel('a'.repeat(21))).toBe('a'.repeat(21));
    expect(shortRowLabel('merchant_category_code_v2')).toBe('merchant_category_co…');
  });

  it('says a cell’s method and value, |z| for z-tests, with the precision its size needs', () => {
    expect(cellText({ value: 4, method: 'z' })).toBe('|z| 4.000');
    expect(cellText({ value: 0.31, method: 'psi' })).toBe('psi 0.310');
    expect(methodLabel('ks')).toBe('ks');
    expect([2.834, 12.345, 123.45].map(formatDrift)).toEqual(['2.834', '12.35', '123.5']);
  });

  it('scales a cell on its own method, and has one legend line per method', () => {
    expect(relativeDrift(matrix, { value: 0.31, method: 'psi' })).toBe(1);
    expect(relativeDrift(matrix, { value: 1, method: 'z' })).toBeCloseTo(0.25, 12);
    expect(relativeDrift(matrix, { value: 0, method: 'ks' })).toBe(0);
    expect(legendMethods(matrix)).toEqual(['ks', 'psi', 'z']);
  });

  it('puts time ticks on round steps, far enough apart for their labels', () => {
    const hour = 3_600_000;
    expect(timeTicks(0, hour, 300).map((t) => t.time)).toEqual([0, 900_000, 1_800_000, 2_700_000, hour]);
    expect(timeTicks(0, hour, 300).map((t) => t.x)).toEqual([0, 75, 150, 225, 300]);
    expect(timeTicks(90_000, 6 * hour, 200).map((t) => t.time)).toEqual([3 * hour, 6 * hour]);
    expect(timeTicks(5, 5, 100)).toEqual([]);
  });

  it('summarises the heatmap by its three features highest on their own scales, features without data left out', () => {
    expect(driftSummary(matrix, 'fraud')).toBe(
      'Drift of 4 features of model fraud over the time range; highest: amount psi 0.310, card_present |z| 4.000, country psi 0.020.'
    );
  });

  it('makes an SVG id of any model name', () => {
    expect(gradientIdFor('fraud')).toBe('mlhealth-viridis-fraud');
    expect(gradientIdFor('fraud v2.1')).toBe('mlhealth-viridis-fraud_v2_1');
  });
});
