/**
 * A node card's sparkline settings (`Sparkline` props) from the node: what it plots (`sparkSeries`), its
 * threshold colours, the value tooltip's words and colours.
 */
import type { GrafanaTheme2 } from '@grafana/data';
import { sparkSeries } from '../model/sparkline';
import type { CascadeNode } from '../model/types';
import type { ColorMode } from '../types';
import { formatNodeValue, formatScore } from './format';
import { statusColor } from './palette';

/** The props of `Sparkline` that depend on the node. */
export function nodeSparkProps(node: CascadeNode, theme: GrafanaTheme2, colorMode: ColorMode) {
  const s = sparkSeries(node);
  return {
    times: s.times,
    values: s.values,
    domain: s.domain,
    thresholds: s.thresholds,
    thresholdColors: {
      warning: statusColor(theme, 'warning', colorMode),
      critical: statusColor(theme, 'critical', colorMode),
    },
    formatValue:
      s.kind === 'value' ? (v: number) => formatNodeValue(v, node.unit) : (v: number) => `score ${formatScore(v)}`,
    tooltipColors: { background: theme.colors.background.canvas, text: theme.colors.text.primary },
  };
}
