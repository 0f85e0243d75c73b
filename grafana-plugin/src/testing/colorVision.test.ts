import { deltaE2000, labOf, machadoMatrix, parseColor } from './colorVision';
// Outside src/: the scaffold's build copies every src/**/*.json into dist/.
import sharma from '../../fixtures/sharma2005-ciede2000.json';

describe('deltaE2000', () => {
  it.each(sharma.pairs.map((p, i) => [i + 1, p] as const))(
    'matches Sharma, Wu & Dalal (2005) table 1, pair %i, to 4 decimals',
    (_i, p) => {
      const lab1 = p.lab1 as [number, number, number];
      const lab2 = p.lab2 as [number, number, number];
      expect(deltaE2000(lab1, lab2)).toBeCloseTo(p.deltaE00, 4);
      expect(deltaE2000(lab2, lab1)).toBeCloseTo(p.deltaE00, 4);
    }
  );

  it('is zero for a colour and itself', () => {
    expect(deltaE2000([41, 12, -30], [41, 12, -30])).toBe(0);
  });
});

describe('labOf', () => {
  // Reference CIELAB (D65) of the sRGB primaries and white, as published with the sRGB standard's
  // primaries (e.g. Lindbloom's calculator): red 53.24/80.09/67.20, green 87.73/-86.18/83.18,
  // blue 32.30/79.19/-107.86, white 100/0/0.
  it.each([
    [
      [255, 0, 0],
      [53.24, 80.09, 67.2],
    ],
    [
      [0, 255, 0],
      [87.73, -86.18, 83.18],
    ],
    [
      [0, 0, 255],
      [32.3, 79.19, -107.86],
    ],
    [
      [255, 255, 255],
      [100, 0, 0],
    ],
  ] as const)('converts sRGB %j to CIELAB %j', (rgb, lab) => {
    const got = labOf(rgb);
    got.forEach((v, i) => expect(v).toBeCloseTo(lab[i], 1));
  });

  it.each(['protanopia', 'deuteranopia'] as const)('keeps greys grey under %s (Machado rows sum to 1)', (kind) => {
    for (const row of machadoMatrix(kind)) {
      expect(row[0] + row[1] + row[2]).toBeCloseTo(1, 5);
    }
    const grey = labOf([128, 128, 128], kind);
    expect(Math.hypot(grey[1], grey[2])).toBeLessThan(0.01);
  });

  it('makes red and green, far apart for trichromats, close under deuteranopia', () => {
    const red = parseColor('#F2495C');
    const green = parseColor('#73BF69');
    expect(deltaE2000(labOf(red), labOf(green))).toBeGreaterThan(60);
    expect(deltaE2000(labOf(red, 'deuteranopia'), labOf(green, 'deuteranopia'))).toBeLessThan(10);
  });
});

describe('parseColor', () => {
  it('reads hex and composites translucent rgba over the background', () => {
    expect(parseColor('#FF8000')).toEqual([255, 128, 0]);
    expect(parseColor('rgba(200, 100, 0, 0.5)', [0, 0, 100])).toEqual([100, 50, 50]);
  });

  it('names what it cannot read', () => {
    expect(() => parseColor('green')).toThrow('parseColor: expected #rrggbb or rgb(a)(…), got "green"');
  });
});
