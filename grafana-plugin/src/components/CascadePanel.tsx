import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2, PanelProps } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import { dataProblem, queryNotices } from '../model/dataState';
import { optionNotices } from '../model/optionChoices';
import { HEADER_HEIGHT, panelLayout } from '../model/panelLayout';
import type { CascadeOptions } from '../types';
import { Notices } from './Notices';
import { PanelDataState } from './PanelDataState';
import { PanelBody } from './PanelBody';
import { PanelHeader } from './PanelHeader';
import { PanelInsights } from './PanelInsights';
import { useCascadeView } from './useCascadeView';

/** The mlhealth cascade panel: reads the frames once, then renders the model at the chosen moment. */
export function CascadePanel(props: PanelProps<CascadeOptions>) {
  const { data, width, height, timeZone } = props;
  const styles = useStyles2(getStyles);
  const cascade = useCascadeView(props);
  const { live, options } = cascade;
  const problem = dataProblem(data, live.nodes.length);
  if (problem !== null) {
    return <PanelDataState problem={problem} panelId={props.id} data={data} width={width} height={height} />;
  }
  const notices = [...queryNotices(data), ...optionNotices(options, live), ...live.notices];
  const box = panelLayout({
    width,
    height,
    noticeCount: notices.length,
    showRisk: options.showRiskBars && cascade.risks.length > 0,
    showDrift: options.showDrift,
    detailsOpen: cascade.selected !== null,
    totals: options.showImpact ? cascade.model.impactTotals.length : 0,
  });
  return (
    <div className={styles.root} style={{ width, height }} data-testid="cascade-panel">
      <PanelHeader
        cascade={cascade}
        rowHeight={HEADER_HEIGHT}
        rows={box.headerRows}
        compact={box.compactHeader}
        timeZone={timeZone}
      />
      <Notices notices={notices} />
      <PanelBody cascade={cascade} box={box} series={data.series} timeZone={timeZone} />
      {box.insights && <PanelInsights cascade={cascade} insights={box.insights} timeZone={timeZone} />}
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
});
