/**
 * Colours of statuses and of the drift heatmap.
 *
 * The default status palette (`safe`) is chosen so that every pair of ok, warning, critical and unknown
 * stays distinguishable under deuteranopia and protanopia, not only for trichromats: CIEDE2000 ΔE ≥ 20
 * (in fact ≥ 27) between every pair after the Machado, Oliveira & Fernandes (2009) simulation at severity
 * 1.0, applied in linear sRGB, in both themes (`palette.test.ts` computes it). Each theme has its own
 * four colours, every one at least 3:1 against the panel background (WCAG 1.4.11, non-text contrast):
 * a bluish green for ok, yellow (dark) or orange (light) for warning, a red for critical and a neutral
 * grey for unknown, so unknown never reads as a colour of health. Grafana's named green, orange and red
 * stay available (`grafana`) for dashboards that must match other panels, though under both simulations
 * critical and ok are then only ΔE 7–8 apart.
 *
 * Colour is never the only cue: every status also has an icon shape (`StatusIcon`) and a text label, and
 * critical edges are drawn thicker and dashed (`CascadeEdges`).
 */
import { GrafanaTheme2 } from '@grafana/data';
import type { Status } from '../model/status';
import type { ColorMode } from '../types';

type StatusPalette = Record<Status, string>;

/** The default, colour-vision-safe palette, per theme. */
export const SAFE_PALETTE: Readonly<Record<'dark' | 'light', StatusPalette>> = {
  dark: { ok: '#3FDFD0', warning: '#FBD111', critical: '#CE2606', unknown: '#686A71' },
  light: { ok: '#13A49F', warning: '#E4750F', critical: '#9A1902', unknown: '#404450' },
};

const THEME_NAMES: Record<Exclude<Status, 'unknown'>, string> = { ok: 'green', warning: 'orange', critical: 'red' };

/**
 * The colour of a status in the given mode and theme: the colour-vision-safe palette (`safe`, the
 * default), or Grafana's named green, orange and red (`grafana`); unknown is the safe palette's grey in
 * both modes.
 *
 * @example statusColor(createTheme({ colors: { mode: 'dark' } }), 'critical', 'safe') // '#CE2606'
 */
export function statusColor(theme: GrafanaTheme2, status: Status, mode: ColorMode): string {
  const safe = SAFE_PALETTE[theme.isDark ? 'dark' : 'light'];
  if (status === 'unknown' || mode !== 'grafana') {
    return safe[status];
  }
  return theme.visualization.getColorByName(THEME_NAMES[status]);
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
