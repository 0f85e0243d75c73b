/**
 * The browser harness: loads the BUILT `dist/module.js` through SystemJS (AMD extra) with Grafana's shared
 * modules registered, and renders `plugin.panel` with the props Grafana gives a panel (frames through
 * `applyFieldOverrides`, theme and panel-context providers, a real time range and event bus).
 * `window.__harness` reports status and errors, and lets tests and the benchmark re-render.
 */
import { bootTheme } from './boot';
import { registerSharedModules } from './shared';
import { initOptionRegistries } from './registries';
import React from 'react';
import { flushSync } from 'react-dom';
import { createRoot, Root } from 'react-dom/client';
import {
  applyFieldOverrides,
  createTheme,
  dateTime,
  EventBusSrv,
  FieldType,
  LoadingState,
  PanelPlugin,
  PanelProps,
  ThemeContext,
  toDataFrame,
  type DataFrame,
  type TimeRange,
} from '@grafana/data';
import { PanelChrome, PanelContextProvider } from '@grafana/ui';
import { promQueriesToFrames } from '../../src/testing/prometheusFrames';
import { HarnessData, keepRefreshing, loadData, scaledData } from './data';
import { makeReplaceVariables } from './replaceVariables';
import { patchPanelData, type PanelDataPatch } from './dataState';
import { OptionEditor } from './editor';
import { cascadeAt, indexFrames } from '../../src/model/buildModel';
import { layoutCascade } from '../../src/model/layout';
import { TIERS } from '../../src/model/types';
import { DEMO_END_MS } from '../../src/testing/demoFrames';
import { statusColor } from '../../src/components/palette';

declare const HARNESS_RUNTIME: string;

interface HarnessApi {
  runtime: string;
  reactVersion: string;
  status: 'loading' | 'ready' | 'error';
  error: string | null;
  sharedModules: string[];
  renders: number;
  linkClicks: string[];
  /** The default palette's status colours (ok, warning, critical), for tests to compare with what is drawn. */
  statusColors: Record<string, string>;
  setOptions(options: Record<string, unknown>): void;
  /** Re-renders with the panel's data patched: loading state, query errors, no series, a shifted range. */
  setPanelData(patch: PanelDataPatch): void;
  /** Renders a generated cascade of `n` nodes `repeats` times into a fresh root; ms per render. */
  measure(n: number, repeats: number): number[];
  /** The pure model's share of a render (same source as the plugin's, bundled here): ms per step. */
  profileModel(n: number): { index: number; model: number; layout: number };
}

declare global {
  interface Window {
    __harness: HarnessApi;
    __HARNESS_CONFIG__?: { module?: string; data?: string; refreshSeconds?: number };
    /** data.json, fetched by the page's first script while the bundle loads (`/preview`). */
    __HARNESS_PREFETCH__?: Promise<HarnessData | null>;
  }
}

const params = new URLSearchParams(window.location.search);
const config = window.__HARNESS_CONFIG__ ?? {};
const theme = createTheme({ colors: { mode: bootTheme } });
// The dashboard's time zone (`?tz=Europe/Paris`), UTC by default.
const timeZone = params.get('tz') ?? 'utc';
const eventBus = new EventBusSrv();
const api: HarnessApi = {
  runtime: HARNESS_RUNTIME,
  reactVersion: React.version,
  status: 'loading',
  error: null,
  sharedModules: [],
  renders: 0,
  linkClicks: [],
  statusColors: {
    ok: statusColor(theme, 'ok', 'safe'),
    warning: statusColor(theme, 'warning', 'safe'),
    critical: statusColor(theme, 'critical', 'safe'),
  },
  setOptions: () => undefined,
  setPanelData: () => undefined,
  measure: () => [],
  profileModel: () => ({ index: NaN, model: NaN, layout: NaN }),
};
window.__harness = api;

// Links must not navigate away from the harness: record where they lead instead.
document.addEventListener('click', (e) => {
  const a = (e.target as Element | null)?.closest?.('a');
  if (a) {
    e.preventDefault();
    api.linkClicks.push(a.getAttribute('href') ?? '');
  }
});

function frames(data: HarnessData, plugin: PanelPlugin, timeRange: TimeRange): DataFrame[] {
  const fieldConfig = { defaults: { links: data.links ?? [] }, overrides: [] };
  return applyFieldOverrides({
    data: promQueriesToFrames(data.queries),
    fieldConfig,
    fieldConfigRegistry: plugin.fieldConfigRegistry,
    replaceVariables: makeReplaceVariables(timeRange),
    theme,
    timeZone,
  });
}

function annotations(data: HarnessData): DataFrame[] {
  const a = data.annotations ?? [];
  if (a.length === 0) {
    return [];
  }
  return [
    toDataFrame({
      name: 'annotations',
      fields: [
        { name: 'time', type: FieldType.time, values: a.map((x) => x.time) },
        { name: 'timeEnd', type: FieldType.time, values: a.map((x) => x.timeEnd ?? x.time) },
        { name: 'text', type: FieldType.string, values: a.map((x) => x.text) },
        { name: 'color', type: FieldType.string, values: a.map((x) => x.color ?? '') },
      ],
    }),
  ];
}

let dataPatch: PanelDataPatch = {};

function panelProps(
  plugin: PanelPlugin,
  data: HarnessData,
  options: Record<string, unknown>,
  size: { width: number; height: number }
): PanelProps {
  const shift = dataPatch.shiftMs ?? 0;
  const from = dateTime(data.timeRange.from + shift);
  const to = dateTime(data.timeRange.to + shift);
  const timeRange: TimeRange = { from, to, raw: { from, to } };
  api.renders += 1;
  return {
    id: 1,
    title: data.title ?? 'ML health cascade',
    data: patchPanelData(
      {
        state: data.state === 'Loading' ? LoadingState.Loading : LoadingState.Done,
        series: frames(data, plugin, timeRange),
        annotations: annotations(data),
        timeRange,
      },
      dataPatch
    ),
    timeRange,
    timeZone,
    options: { ...plugin.defaults, ...(data.options ?? {}), ...options },
    fieldConfig: { defaults: { links: data.links ?? [] }, overrides: [] },
    transparent: false,
    width: size.width,
    height: size.height,
    renderCounter: api.renders,
    eventBus,
    replaceVariables: makeReplaceVariables(timeRange),
    onOptionsChange: () => undefined,
    onFieldConfigChange: () => undefined,
    onChangeTimeRange: () => undefined,
  };
}

function Frame({ plugin, props }: { plugin: PanelPlugin; props: PanelProps }) {
  const Panel = plugin.panel!;
  return (
    <ThemeContext.Provider value={theme}>
      <PanelContextProvider value={{ eventsScope: 'global', eventBus }}>
        <PanelChrome title={props.title} width={props.width + 16} height={props.height + 48}>
          {() => <Panel {...props} />}
        </PanelChrome>
      </PanelContextProvider>
    </ThemeContext.Provider>
  );
}

async function start() {
  document.body.style.background = theme.colors.background.canvas;
  document.body.style.color = theme.colors.text.primary;
  document.body.style.fontFamily = theme.typography.fontFamily;
  initOptionRegistries();
  api.sharedModules = registerSharedModules(window.System);
  const moduleUrl = params.get('module') ?? config.module ?? '/public/plugins/mlhealth-cascade-panel/module.js';
  const mod = await window.System.import(moduleUrl);
  const plugin = mod.plugin as PanelPlugin;
  if (!plugin || !plugin.panel) {
    throw new Error(`harness: ${moduleUrl} exports no panel plugin`);
  }
  let data = await loadData(params, config);
  const width = Number(params.get('width') ?? Math.max(640, window.innerWidth - 32)) - 16;
  const height = Number(params.get('height') ?? Math.max(480, window.innerHeight - 32)) - 48;
  const container = document.getElementById('root')!;
  const root: Root = createRoot(container);
  let options: Record<string, unknown> = JSON.parse(params.get('options') ?? '{}');
  const editorPath = params.get('editor');
  const draw = () => {
    const props = panelProps(plugin, data, options, { width, height });
    const editor = editorPath && (
      <OptionEditor
        plugin={plugin}
        path={editorPath}
        options={props.options}
        data={props.data.series}
        theme={theme}
        // Out of the editor's event handler: the harness re-renders with flushSync.
        onChange={(path, value) => window.setTimeout(() => api.setOptions({ [path]: value }))}
      />
    );
    flushSync(() =>
      root.render(
        <>
          <Frame plugin={plugin} props={props} />
          {editor}
        </>
      )
    );
  };
  draw();
  api.setOptions = (o) => {
    options = { ...options, ...o };
    draw();
  };
  api.setPanelData = (patch) => {
    dataPatch = patch;
    draw();
  };
  api.measure = (n, repeats) => measure(plugin, n, repeats, { width, height });
  api.profileModel = (n) => profileModel(panelProps(plugin, scaledData(n), {}, { width, height }).data.series);
  const refresh = config.refreshSeconds ?? Number(params.get('refresh') ?? 0);
  if (refresh > 0) {
    keepRefreshing(refresh, data, async () => {
      data = await loadData(params, config);
      draw();
      return data;
    });
  }
  api.status = 'ready';
}

function measure(plugin: PanelPlugin, n: number, repeats: number, size: { width: number; height: number }): number[] {
  const data = scaledData(n);
  const props = panelProps(plugin, data, {}, size);
  const Panel = plugin.panel!;
  const host = document.createElement('div');
  document.body.appendChild(host);
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const root = createRoot(host);
    // A new root each time: nothing memoised survives, so frame indexing, layout and the first render of
    // every visible card are all measured (applyFieldOverrides runs before, as in Grafana).
    const t0 = performance.now();
    flushSync(() =>
      root.render(
        <ThemeContext.Provider value={theme}>
          <Panel {...props} />
        </ThemeContext.Provider>
      )
    );
    samples.push(performance.now() - t0);
    flushSync(() => root.unmount());
  }
  host.remove();
  return samples;
}

function profileModel(series: DataFrame[]) {
  let t = performance.now();
  const index = indexFrames(series);
  const a = performance.now() - t;
  t = performance.now();
  const model = cascadeAt(index, { at: DEMO_END_MS });
  const b = performance.now() - t;
  t = performance.now();
  layoutCascade(model, { tiers: TIERS, focusId: null, sortBySeverity: true });
  return { index: a, model: b, layout: performance.now() - t };
}

start().catch((e: unknown) => {
  api.status = 'error';
  api.error = e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e);
  console.error('harness failed', e);
});
