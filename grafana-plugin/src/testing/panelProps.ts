/** PanelProps for component tests: the demo frames, the demo time range, default options. */
import { dateTime, EventBusSrv, LoadingState, PanelProps, type DataFrame } from '@grafana/data';
import { CascadeOptions, DEFAULT_OPTIONS } from '../types';
import { DEMO_END_MS, DEMO_WINDOW, demoFrames } from './demoFrames';

export function demoPanelProps(
  options: Partial<CascadeOptions> = {},
  series: DataFrame[] = demoFrames(),
  size = { width: 1200, height: 800 }
): PanelProps<CascadeOptions> {
  const from = dateTime(DEMO_END_MS - (DEMO_WINDOW.points - 1) * DEMO_WINDOW.stepSeconds * 1000);
  const to = dateTime(DEMO_END_MS);
  const timeRange = { from, to, raw: { from, to } };
  return {
    id: 1,
    title: 'Cascade',
    data: { state: LoadingState.Done, series, timeRange },
    timeRange,
    timeZone: 'utc',
    options: { ...DEFAULT_OPTIONS, ...options },
    fieldConfig: { defaults: {}, overrides: [] },
    transparent: false,
    width: size.width,
    height: size.height,
    renderCounter: 1,
    eventBus: new EventBusSrv(),
    replaceVariables: (s: string) => s,
    onOptionsChange: () => undefined,
    onFieldConfigChange: () => undefined,
    onChangeTimeRange: () => undefined,
  };
}
