/**
 * The panel's header: the drill-down breadcrumb, the total at risk and the time control, fitted by
 * priority. The time state never shrinks; the breadcrumb takes what is left (its middle steps shorten
 * first); the totals keep their figures whole, drop their notes into the tooltip in a compact header,
 * and move to a second row in a narrow one (`panelLayout` decides rows and compactness from the width).
 */
import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import type { TimeZone } from '@grafana/schema';
import { useStyles2 } from '@grafana/ui';
import { Breadcrumb } from './Breadcrumb';
import { ImpactSummary } from './ImpactSummary';
import { TimeCursor } from './TimeCursor';
import type { CascadeView } from './useCascadeView';

interface Props {
  cascade: CascadeView;
  /** One header row's height, and how many rows. */
  rowHeight: number;
  rows: number;
  compact: boolean;
  timeZone: TimeZone;
}

/** Breadcrumb, totals and time control on one row, or the totals on a second row. */
export function PanelHeader({ cascade: c, rowHeight, rows, compact, timeZone }: Props) {
  const styles = useStyles2(getStyles);
  const { options, view } = c;
  const totals = options.showImpact ? (
    <ImpactSummary totals={c.model.impactTotals} unit={options.impactUnit} compact={compact} />
  ) : null;
  return (
    <div className={styles.header} style={{ height: rowHeight * rows }} data-testid="panel-header">
      <div className={styles.row}>
        <Breadcrumb model={c.live} path={view.state.focusPath} rootId={c.rootId} onNavigate={view.navigate} />
        {rows === 1 && totals}
        {options.showTimeCursor && (
          <TimeCursor
            times={c.live.times}
            cursor={view.state.cursor}
            shown={c.at}
            to={c.to}
            timeZone={timeZone}
            compact={compact}
            onChange={view.setCursor}
          />
        )}
      </div>
      {rows > 1 && totals && <div className={styles.row}>{totals}</div>}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  header: css({
    flex: '0 0 auto',
    display: 'flex',
    flexDirection: 'column',
    boxSizing: 'border-box',
    borderBottom: `1px solid ${theme.colors.border.weak}`,
    minWidth: 0,
  }),
  row: css({
    flex: '1 1 0',
    minHeight: 0,
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(2),
    padding: theme.spacing(0, 1),
    minWidth: 0,
    overflow: 'hidden',
  }),
});
