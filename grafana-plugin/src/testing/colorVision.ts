/**
 * Colour science for the palette tests: sRGB ↔ CIELAB, colour-vision-deficiency simulation and the
 * CIEDE2000 colour difference. Pure; used by `palette.test.ts` to prove the status colours stay apart.
 *
 * - sRGB (IEC 61966-2-1) to linear light, then XYZ with the sRGB primaries and D65 white
 *   (Xn 0.95047, Yn 1, Zn 1.08883), then CIELAB (CIE 15:2004, ε = 216/24389, κ = 24389/27).
 * - Dichromacy: Machado, Oliveira & Fernandes (2009), "A Physiologically-based Model for Simulation of
 *   Color Vision Deficiency", IEEE TVCG 15(6), the published matrices for severity 1.0 (protanopia,
 *   deuteranopia), applied to linear sRGB and clipped to [0, 1].
 * - CIEDE2000 (CIE 142-2001) with kL = kC = kH = 1, following Sharma, Wu & Dalal (2005), "The CIEDE2000
 *   color-difference formula: implementation notes, supplementary test data, and mathematical
 *   observations", Color Res. Appl. 30(1): hue angle 0 for a zero chroma, mean hue as in their eq. 14.
 */

export type Rgb = readonly [number, number, number];
export type Lab = readonly [number, number, number];
export type Deficiency = 'normal' | 'protanopia' | 'deuteranopia';

// Machado et al. (2009), table of simulation matrices, severity 1.0.
const MACHADO: Record<Exclude<Deficiency, 'normal'>, readonly Rgb[]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
};

/** The Machado (2009) severity-1.0 matrix of a deficiency, rows over linear (r, g, b). */
export function machadoMatrix(kind: Exclude<Deficiency, 'normal'>): readonly Rgb[] {
  return MACHADO[kind];
}

/**
 * `#rrggbb` (or `rgb(r, g, b)` / `rgba(r, g, b, a)`, composited over `background` when translucent) to
 * 0..255 channels. Throws on anything else, naming the value.
 *
 * @example parseColor('#FF8000') // [255, 128, 0]
 */
export function parseColor(css: string, background: Rgb = [0, 0, 0]): Rgb {
  const hex = /^#([0-9a-f]{6})$/i.exec(css.trim());
  if (hex) {
    const n = parseInt(hex[1], 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  }
  const fn = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+)\s*)?\)$/i.exec(css.trim());
  if (!fn) {
    throw new Error(`parseColor: expected #rrggbb or rgb(a)(…), got ${JSON.stringify(css)}`);
  }
  const a = fn[4] === undefined ? 1 : Number(fn[4]);
  const c = [Number(fn[1]), Number(fn[2]), Number(fn[3])];
  return [0, 1, 2].map((i) => c[i] * a + background[i] * (1 - a)) as unknown as Rgb;
}

function toLinear(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
}

const clip01 = (v: number) => Math.min(1, Math.max(0, v));

/**
 * CIELAB (D65) of an sRGB colour (0..255 channels) as seen with `deficiency`.
 *
 * @example labOf([255, 0, 0]).map((v) => +v.toFixed(2)) // [53.24, 80.09, 67.2]
 */
export function labOf(rgb: Rgb, deficiency: Deficiency = 'normal'): Lab {
  let lin = rgb.map(toLinear);
  if (deficiency !== 'normal') {
    const m = MACHADO[deficiency];
    lin = m.map((row) => clip01(row[0] * lin[0] + row[1] * lin[1] + row[2] * lin[2]));
  }
  const [r, g, b] = lin;
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

const rad = (deg: number) => (deg * Math.PI) / 180;

function hueDeg(b: number, a: number): number {
  if (a === 0 && b === 0) {
    return 0;
  }
  const h = (Math.atan2(b, a) * 180) / Math.PI;
  return h < 0 ? h + 360 : h;
}

/**
 * CIEDE2000 ΔE between two CIELAB colours (kL = kC = kH = 1). Symmetric; 0 for equal colours.
 *
 * @example deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485]).toFixed(4) // '2.0425'
 */
export function deltaE2000(lab1: Lab, lab2: Lab): number {
  const [L1, a1, b1] = lab1;
  const [L2, a2, b2] = lab2;
  const cBar = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
  const g = 0.5 * (1 - Math.sqrt(cBar ** 7 / (cBar ** 7 + 25 ** 7)));
  const a1p = (1 + g) * a1;
  const a2p = (1 + g) * a2;
  const c1p = Math.hypot(a1p, b1);
  const c2p = Math.hypot(a2p, b2);
  const h1p = hueDeg(b1, a1p);
  const h2p = hueDeg(b2, a2p);
  const zero = c1p * c2p === 0;
  let dh = zero ? 0 : h2p - h1p;
  dh = dh > 180 ? dh - 360 : dh < -180 ? dh + 360 : dh;
  const dL = L2 - L1;
  const dC = c2p - c1p;
  const dH = 2 * Math.sqrt(c1p * c2p) * Math.sin(rad(dh / 2));
  const lBar = (L1 + L2) / 2;
  const cBarP = (c1p + c2p) / 2;
  const hSum = h1p + h2p;
  const hBar = zero ? hSum : Math.abs(h1p - h2p) <= 180 ? hSum / 2 : hSum < 360 ? (hSum + 360) / 2 : (hSum - 360) / 2;
  const t =
    1 -
    0.17 * Math.cos(rad(hBar - 30)) +
    0.24 * Math.cos(rad(2 * hBar)) +
    0.32 * Math.cos(rad(3 * hBar + 6)) -
    0.2 * Math.cos(rad(4 * hBar - 63));
  const dTheta = 30 * Math.exp(-(((hBar - 275) / 25) ** 2));
  const rc = 2 * Math.sqrt(cBarP ** 7 / (cBarP ** 7 + 25 ** 7));
  const sl = 1 + (0.015 * (lBar - 50) ** 2) / Math.sqrt(20 + (lBar - 50) ** 2);
  const sc = 1 + 0.045 * cBarP;
  const sh = 1 + 0.015 * cBarP * t;
  const rt = -Math.sin(rad(2 * dTheta)) * rc;
  return Math.sqrt((dL / sl) ** 2 + (dC / sc) ** 2 + (dH / sh) ** 2 + rt * (dC / sc) * (dH / sh));
}
