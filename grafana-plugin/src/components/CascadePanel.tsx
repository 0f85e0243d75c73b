import React, { useMemo } from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2, PanelProps } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import { readAnnotations } from '../model/annotations';
import { cascadeAt, indexFrames } from '../model/buildModel';
import { layoutCascade } from '../model/layout';
import { panelLayout } from '../model/panelLayout';
import { businessRiskLevels } from '../model/risk';
import type { Tier } from '../model/types';
import { CascadeOptions, DEFAULT_OPTIONS } from '../types';
import { Breadcrumb } from './Breadcrumb';
import { CascadeGraph } from './CascadeGraph';
import { nodeLinks } from './dataLinks';
import { DetailsPane } from './DetailsPane';
import { DriftHeatmap } from './DriftHeatmap';
import { ImpactSummary } from './ImpactSummary';
import { Notices } from './Notices';
import { RiskBars } from './RiskBars';
import { TimeCursor } from './TimeCursor';
import { useCascadeState } from './useCascadeState';

/** The mlhealth cascade panel: reads the frames once, then renders the model at the chosen moment. */
export function CascadePanel(props: PanelProps<CascadeOptions>) {
  const { data, width, height, timeZone } = props;
  const options: CascadeOptions = { ...DEFAULT_OPTIONS, ...props.options };
  const tiers = Array.isArray(options.tiers) && options.tiers.length > 0 ? options.tiers : DEFAULT_OPTIONS.tiers;
  const styles = useStyles2(getStyles);
  const from = data.timeRange.from.valueOf();
  const to = data.timeRange.to.valueOf();
  const frames = useMemo(() => indexFrames(data.series), [data.series]);
  const live = useMemo(() => cascadeAt(frames, { at: to }), [frames, to]);
  const view = useCascadeState(live);
  const { state } = view;
  const at = state.hover ?? state.cursor ?? to;
  const model = useMemo(() => (at === to ? live : cascadeAt(frames, { at })), [frames, live, at, to]);
  const annotations = useMemo(() => readAnnotations(data.annotations), [data.annotations]);
  const focusId =
    state.focusPath[state.focusPath.length - 1] ?? (live.byId.has(options.rootNode) ? options.rootNode : null);
  // Keyed by the tiers' text: a new but equal options array must not redo the layout.
  const tiersKey = tiers.join(',');
  const sortBySeverity = options.sortBySeverity;
  const layout = useMemo(
    () => layoutCascade(live, { tiers: tiersKey.split(',') as Tier[], focusId, sortBySeverity }),
    [live, tiersKey, focusId, sortBySeverity]
  );
  const risks = useMemo(() => businessRiskLevels(model), [model]);
  const selected = state.selectedId !== null ? (model.byId.get(state.selectedId) ?? null) : null;

  if (live.nodes.length === 0) {
    return (
      <div className={styles.empty} style={{ width, height }}>
        <Notices notices={live.notices} />
      </div>
    );
  }
  const box = panelLayout({
    width,
    height,
    noticeCount: live.notices.length,
    showRisk: options.showRiskBars && risks.length > 0,
    showDrift: options.showDrift,
    detailsOpen: selected !== null,
  });
  return (
    <div className={styles.root} style={{ width, height }} data-testid="cascade-panel">
      <div className={styles.header} style={{ height: box.headerHeight }}>
        <Breadcrumb model={live} path={state.focusPath} onNavigate={view.navigate} />
        <div className={styles.spacer} />
        {options.showImpact && <ImpactSummary totals={model.impactTotals} unit={options.impactUnit} />}
        {options.showTimeCursor && (
          <TimeCursor
            times={live.times}
            cursor={state.cursor}
            shown={at}
            timeZone={timeZone}
            onChange={view.setCursor}
          />
        )}
      </div>
      <Notices notices={live.notices} />
      <div className={styles.body} style={{ height: box.bodyHeight }}>
        <CascadeGraph
          model={model}
          layout={layout}
          width={box.graph.width}
          height={box.graph.height}
          options={options}
          selectedId={state.selectedId}
          activeId={state.activeId}
          from={from}
          to={to}
          annotations={annotations}
          cursor={at === to ? null : at}
          onActivate={view.activate}
          onActiveChange={view.setActive}
          onBack={view.back}
          onHoverTime={view.setHover}
        />
        {selected && box.details && (
          <div className={box.details.docked ? styles.docked : styles.overlay} style={{ width: box.details.width }}>
            <DetailsPane
              node={selected}
              model={model}
              options={options}
              timeZone={timeZone}
              links={nodeLinks(data.series, selected.linkSource)}
              onSelect={view.activate}
              onClose={() => view.select(null)}
            />
          </div>
        )}
      </div>
      {box.insights && (
        <div className={styles.insights} style={{ height: box.insights.height }}>
          {box.insights.risk && (
            <div className={styles.risk}>
              <RiskBars
                levels={risks}
                colorMode={options.colorMode}
                impactUnit={options.showImpact ? options.impactUnit : null}
                onSelect={view.activate}
              />
            </div>
          )}
          {box.insights.heatmap && (
            <div className={styles.drift}>
              <DriftHeatmap
                drift={live.drift}
                from={from}
                to={to}
                width={box.insights.heatmap.width}
                height={box.insights.heatmap.height}
                timeZone={timeZone}
                preferredModel={options.driftModel || selected?.model || ''}
              />
            </div>
          )}
        </div>
      )}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  root: css({
    display: 'flex',
    flexDirection: 'column',
    overflow: 'hidden',
    color: theme.colors.text.primary,
    fontSize: theme.typography.body.fontSize,
  }),
  empty: css({ display: 'flex', alignItems: 'center', justifyContent: 'center' }),
  header: css({
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(2),
    padding: theme.spacing(0, 1),
    borderBottom: `1px solid ${theme.colors.border.weak}`,
    flex: '0 0 auto',
    minWidth: 0,
  }),
  spacer: css({ flex: 1 }),
  body: css({ position: 'relative', display: 'flex', flex: '0 0 auto' }),
  docked: css({ height: '100%', flex: '0 0 auto' }),
  overlay: css({ position: 'absolute', right: 0, top: 0, height: '100%', zIndex: 3, boxShadow: theme.shadows.z3 }),
  insights: css({
    display: 'flex',
    gap: theme.spacing(2),
    padding: theme.spacing(1),
    borderTop: `1px solid ${theme.colors.border.weak}`,
    flex: '0 0 auto',
  }),
  risk: css({ flex: '0 0 42%', minWidth: 0, overflow: 'auto' }),
  drift: css({ flex: 1, minWidth: 0, overflow: 'hidden' }),
});
