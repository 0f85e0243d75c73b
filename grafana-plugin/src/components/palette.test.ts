import { createTheme } from '@grafana/data';
import { STATUSES, type Status } from '../model/status';
import { deltaE2000, labOf, parseColor, type Deficiency } from '../testing/colorVision';
import { SAFE_PALETTE, statusColor } from './palette';

// Every pair of statuses must stay apart by at least this CIEDE2000 ΔE for dichromats (issue 11).
const MIN_DELTA_E = 20;
const PAIRS: Array<[Status, Status]> = STATUSES.flatMap((a, i) =>
  STATUSES.slice(i + 1).map((b) => [a, b] as [Status, Status])
);

function worstPair(mode: 'dark' | 'light', colorMode: 'safe' | 'grafana', deficiency: Deficiency) {
  const theme = createTheme({ colors: { mode } });
  const lab = (s: Status) => labOf(parseColor(statusColor(theme, s, colorMode)), deficiency);
  return PAIRS.map(([a, b]) => ({ pair: `${a}/${b}`, deltaE: deltaE2000(lab(a), lab(b)) })).sort(
    (x, y) => x.deltaE - y.deltaE
  )[0];
}

describe('the default status palette', () => {
  it.each([
    ['dark', 'normal'],
    ['dark', 'deuteranopia'],
    ['dark', 'protanopia'],
    ['light', 'normal'],
    ['light', 'deuteranopia'],
    ['light', 'protanopia'],
  ] as const)('keeps every pair of statuses ΔE00 ≥ 20 apart in the %s theme (%s)', (mode, deficiency) => {
    const worst = worstPair(mode, 'safe', deficiency);
    expect(worst.deltaE).toBeGreaterThanOrEqual(MIN_DELTA_E);
  });

  it.each(['dark', 'light'] as const)('is at least 3:1 against the %s panel background (WCAG 1.4.11)', (mode) => {
    const theme = createTheme({ colors: { mode } });
    const luminance = (css: string) => {
      const c = parseColor(css).map((v) => {
        const s = v / 255;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
      });
      return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    };
    const bg = luminance(theme.colors.background.primary);
    for (const s of STATUSES) {
      const fg = luminance(SAFE_PALETTE[mode][s]);
      expect((Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05)).toBeGreaterThanOrEqual(3);
    }
  });

  it('is what the panel uses unless Grafana’s named colours are asked for', () => {
    const theme = createTheme({ colors: { mode: 'light' } });
    expect(statusColor(theme, 'critical', 'safe')).toBe(SAFE_PALETTE.light.critical);
    expect(statusColor(theme, 'critical', 'grafana')).toBe(theme.visualization.getColorByName('red'));
    expect(statusColor(theme, 'unknown', 'grafana')).toBe(SAFE_PALETTE.light.unknown);
  });
});

describe('Grafana’s named green, orange and red (opt-in)', () => {
  it.each(['deuteranopia', 'protanopia'] as const)('are what the test catches: a pair under ΔE 10 (%s)', (d) => {
    expect(worstPair('dark', 'grafana', d).deltaE).toBeLessThan(10);
  });
});
