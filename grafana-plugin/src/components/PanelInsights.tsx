/**
 * The panel's insights row under the body: the risk level of each business outcome beside the drift
 * heatmap, each when asked for, sized by `panelLayout`.
 */
import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import type { TimeZone } from '@grafana/schema';
import { useStyles2 } from '@grafana/ui';
import type { PanelLayout } from '../model/panelLayout';
import { driftRowOf } from '../model/drift';
import { DriftHeatmap } from './DriftHeatmap';
import { RiskBars } from './RiskBars';
import type { CascadeView } from './useCascadeView';

interface Props {
  cascade: CascadeView;
  insights: NonNullable<PanelLayout['insights']>;
  timeZone: TimeZone;
}

/** Risk bars (42% of the row) and heatmap (the rest). */
export function PanelInsights({ cascade: c, insights, timeZone }: Props) {
  const styles = useStyles2(getStyles);
  const { options } = c;
  return (
    <div className={styles.insights} style={{ height: insights.height }}>
      {insights.risk && (
        <div className={styles.risk}>
          <RiskBars
            levels={c.risks}
            colorMode={options.colorMode}
            impactUnit={options.showImpact ? options.impactUnit : null}
            onSelect={c.view.activate}
          />
        </div>
      )}
      {insights.heatmap && (
        <div className={styles.drift}>
          <DriftHeatmap
            drift={c.live.drift}
            from={c.from}
            to={c.to}
            width={insights.heatmap.width}
            height={insights.heatmap.height}
            timeZone={timeZone}
            preferredModel={options.driftModel || c.selected?.model || ''}
            focus={c.selected ? driftRowOf(c.selected, c.live.drift) : null}
            pinnedTime={c.view.state.cursor}
          />
        </div>
      )}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
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
