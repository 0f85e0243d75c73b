/**
 * Panel builders for the generated dashboards, typed with `@grafana/schema`: core panels (stat, time
 * series, state timeline, heatmap, bar gauge, rows) and the `mlhealth-cascade-panel`. Status panels
 * show a text with an icon beside the colour, so colour is never the only cue.
 */
import type { FieldConfigSource, Panel, RowPanel, ValueMapping } from '@grafana/schema';
import { DATASOURCE_REF } from './variables';
import { withRefIds, type PromTarget } from './query';

export const CASCADE_PANEL_ID = 'mlhealth-cascade-panel';

export interface GridPos {
  x: number;
  y: number;
  w: number;
  h: number;
}

const NO_VALUE_TEXT_LITERAL = '? Unknown';

/** Status code → text, icon and colour (the metric contract's 0..3). */
export const STATUS_MAPPINGS: ValueMapping[] = [
  {
    type: 'value',
    options: {
      '0': { text: '✓ OK', color: 'green', index: 0 },
      '1': { text: '! Warning', color: 'orange', index: 1 },
      '2': { text: '✕ Critical', color: 'red', index: 2 },
      '3': { text: '? Unknown', color: 'text', index: 3 },
    },
  } as ValueMapping,
];

/** Null and NaN → "? Unknown" in the neutral text colour (value mappings win over thresholds). */
export const UNKNOWN_NULL_MAPPING: ValueMapping = {
  type: 'special',
  options: { match: 'null+nan', result: { text: NO_VALUE_TEXT_LITERAL, color: 'text', index: 9 } },
} as ValueMapping;

/** Score thresholds as colour steps: red below critical, orange below warning, green above. */
export function scoreThresholds(
  warning: number,
  critical: number,
): FieldConfigSource['defaults']['thresholds'] {
  return {
    mode: 'absolute' as never,
    steps: [
      { color: 'red', value: null as unknown as number },
      { color: 'orange', value: critical },
      { color: 'green', value: warning },
    ],
  };
}

export interface PanelInput {
  title: string;
  description?: string;
  targets: PromTarget[];
  unit?: string;
  min?: number;
  max?: number;
  mappings?: ValueMapping[];
  thresholds?: FieldConfigSource['defaults']['thresholds'];
  options?: Record<string, unknown>;
  custom?: Record<string, unknown>;
  overrides?: FieldConfigSource['overrides'];
  links?: FieldConfigSource['defaults']['links'];
  repeat?: string;
}

/** Panels that show one current value per series: they must never show an earlier one. */
const CURRENT_VALUE_PANELS = new Set(['stat', 'gauge', 'bargauge']);

/** What a current-value panel shows where its query has nothing now (an unknown node has no score). */
export const NO_VALUE_TEXT = NO_VALUE_TEXT_LITERAL;

/**
 * A panel of `type` at `gridPos`; the id is assigned by `layoutPanels`. Current-value panels (stat,
 * gauge, bar gauge) query instantly and show `NO_VALUE_TEXT` in grey where a series is absent: a range
 * query's last point would paint a node that has just gone unknown in its last, healthy colour.
 */
export function panel(type: string, input: PanelInput, gridPos: GridPos): Panel {
  const current = CURRENT_VALUE_PANELS.has(type);
  const defaults: FieldConfigSource['defaults'] = current ? { noValue: NO_VALUE_TEXT } : {};
  if (input.unit !== undefined) defaults.unit = input.unit;
  if (input.min !== undefined) defaults.min = input.min;
  if (input.max !== undefined) defaults.max = input.max;
  if (input.mappings !== undefined) defaults.mappings = input.mappings;
  // A null (a node gone unknown inside the frame) reads Unknown in the neutral colour, never a threshold's.
  if (current) defaults.mappings = [...(defaults.mappings ?? []), UNKNOWN_NULL_MAPPING];
  if (input.thresholds !== undefined) defaults.thresholds = input.thresholds;
  if (input.links !== undefined) defaults.links = input.links;
  if (input.custom !== undefined) defaults.custom = input.custom;
  const out: Panel = {
    type,
    title: input.title,
    gridPos,
    datasource: DATASOURCE_REF,
    targets: withRefIds(
      current ? input.targets.map((t) => ({ ...t, instant: true, range: false })) : input.targets,
    ),
    fieldConfig: { defaults, overrides: input.overrides ?? [] },
    options: input.options ?? {},
  };
  if (input.description !== undefined) out.description = input.description;
  if (input.repeat !== undefined)
    Object.assign(out, { repeat: input.repeat, repeatDirection: 'h', maxPerRow: 3 });
  return out;
}

export const statOptions = (textMode = 'value_and_name') => ({
  reduceOptions: { calcs: ['lastNotNull'], fields: '', values: false },
  colorMode: 'background',
  graphMode: 'area',
  textMode,
  justifyMode: 'auto',
  orientation: 'auto',
});

export const timeSeriesOptions = {
  legend: { displayMode: 'table', placement: 'right', showLegend: true, calcs: ['lastNotNull', 'max'] },
  tooltip: { mode: 'multi', sort: 'desc' },
};

export const stateTimelineOptions = {
  showValue: 'never',
  mergeValues: true,
  alignValue: 'left',
  rowHeight: 0.9,
  legend: { displayMode: 'list', placement: 'bottom', showLegend: true },
  tooltip: { mode: 'single' },
};

/** A collapsed-or-open row; rows own no targets. */
export function row(title: string, y: number): RowPanel {
  return { type: 'row', title, collapsed: false, gridPos: { x: 0, y, w: 24, h: 1 }, panels: [], id: 0 };
}

/** Numbers panels 1.. in order (Grafana needs unique ids within a dashboard). */
export function numberPanels(panels: Array<Panel | RowPanel>): Array<Panel | RowPanel> {
  return panels.map((p, i) => ({ ...p, id: i + 1 }));
}
