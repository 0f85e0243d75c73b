/**
 * The drift heatmap's model selector: which model's features the heatmap shows.
 */
import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';

interface Props {
  models: readonly string[];
  value: string;
  onChange: (model: string) => void;
}

/** A native select, styled like Grafana's inputs. */
export function DriftModelSelect({ models, value, onChange }: Props) {
  const styles = useStyles2(getStyles);
  return (
    <select
      className={styles.select}
      aria-label="Drift model"
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
    >
      {models.map((m) => (
        <option key={m} value={m}>
          {m}
        </option>
      ))}
    </select>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  select: css({
    background: theme.components.input.background,
    color: theme.colors.text.primary,
    border: `1px solid ${theme.components.input.borderColor}`,
    borderRadius: theme.shape.radius.default,
    fontSize: theme.typography.bodySmall.fontSize,
    padding: theme.spacing(0.25, 0.5),
  }),
});
