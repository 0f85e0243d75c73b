/**
 * The panel before it has a cascade to draw, the Grafana way: a loading placeholder while the first
 * answer is on its way, and Grafana's own data error view (`PanelDataErrorView`) for failed queries and
 * for answers without mlhealth series, with a message saying what went wrong or what to query.
 */
import React from 'react';
import { css } from '@emotion/css';
import type { GrafanaTheme2, PanelData } from '@grafana/data';
import { PanelDataErrorView } from '@grafana/runtime';
import { LoadingPlaceholder, useStyles2 } from '@grafana/ui';
import type { DataProblem } from '../model/dataState';

interface Props {
  problem: DataProblem;
  panelId: number;
  data: PanelData;
  width: number;
  height: number;
}

/** Loading, error or no-data state, filling the panel. */
export function PanelDataState({ problem, panelId, data, width, height }: Props) {
  const styles = useStyles2(getStyles);
  return (
    <div
      className={styles.box}
      style={{ width, height }}
      role={problem.kind === 'error' ? 'alert' : 'status'}
      data-testid="panel-data-state"
      data-state={problem.kind}
    >
      {problem.kind === 'loading' ? (
        <LoadingPlaceholder text={problem.message} />
      ) : (
        <PanelDataErrorView panelId={panelId} data={data} message={problem.message} />
      )}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  box: css({
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    textAlign: 'center',
    padding: theme.spacing(1),
    color: theme.colors.text.secondary,
    overflow: 'hidden',
  }),
});
