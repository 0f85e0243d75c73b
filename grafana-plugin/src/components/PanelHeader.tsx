/**
 * The panel's header row: the drill-down breadcrumb, the total at risk and the time cursor.
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
  height: number;
  timeZone: TimeZone;
}

/** Breadcrumb on the left; impact and time cursor on the right, each when its option is on. */
export function PanelHeader({ cascade: c, height, timeZone }: Props) {
  const styles = useStyles2(getStyles);
  const { options, view } = c;
  return (
    <div className={styles.header} style={{ height }}>
      <Breadcrumb model={c.live} path={view.state.focusPath} onNavigate={view.navigate} />
      <div className={styles.spacer} />
      {options.showImpact && <ImpactSummary totals={c.model.impactTotals} unit={options.impactUnit} />}
      {options.showTimeCursor && (
        <TimeCursor
          times={c.live.times}
          cursor={view.state.cursor}
          shown={c.at}
          timeZone={timeZone}
          onChange={view.setCursor}
        />
      )}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
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
});
