/**
 * Colours of statuses and of the drift heatmap. Status colours come from the Grafana theme's named
 * palette (green, orange, red), or in colour-blind mode from the Okabe–Ito palette that Grafana's own
 * colour-blind-safe palette uses; unknown is always the theme's secondary text colour with a hatch, so it
 * never reads as a colour of health. Colour is never the only cue: every status also has an icon shape
 * (`StatusIcon`) and a text label.
 */
import { GrafanaTheme2 } from '@grafana/data';
import type { Status } from '../model/status';
import type { ColorMode } from '../types';

// Okabe & Ito (2008), "Color Universal Design": blue, orange, vermillion.
const OKABE_ITO: Record<Exclude<Status, 'unknown'>, string> = {
  ok: '#0072B2',
  warning: '#E69F00',
  critical: '#D55E00',
};
const THEME_NAMES: Record<Exclude<Status, 'unknown'>, string> = { ok: 'green', warning: 'orange', critical: 'red' };

/** The fill colour of a status in the given mode. */
export function statusColor(theme: GrafanaTheme2, status: Status, mode: ColorMode): string {
  if (status === 'unknown') {
    return theme.colors.text.secondary;
  }
  return mode === 'colorblind' ? OKABE_ITO[status] : theme.visualization.getColorByName(THEME_NAMES[status]);
}

// Viridis (matplotlib, van der Walt & Smith), 9 evenly spaced stops: perceptually uniform, readable in
// grey scale and by the common colour-vision deficiencies.
const VIRIDIS = ['#440154', '#472d7b', '#3b528b', '#2c728e', '#21918c', '#28ae80', '#5ec962', '#addc30', '#fde725'];

function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/**
 * Viridis at `t` in [0, 1] (clamped), linearly interpolated between the stops, as `rgb(r, g, b)`.
 *
 * @example viridis(0) // 'rgb(68, 1, 84)'
 */
export function viridis(t: number): string {
  const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (VIRIDIS.length - 1);
  const i = Math.min(VIRIDIS.length - 2, Math.floor(x));
  const f = x - i;
  const a = hexToRgb(VIRIDIS[i]);
  const b = hexToRgb(VIRIDIS[i + 1]);
  const c = a.map((v, k) => Math.round(v + (b[k] - v) * f));
  return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
}

/** The viridis stops, for a legend gradient. */
export const VIRIDIS_STOPS: readonly string[] = VIRIDIS;
