import { GrowableFloat64 } from './growableFloat64';

describe('GrowableFloat64', () => {
  it('returns every pushed value in order across block boundaries, then starts empty', () => {
    const values = new GrowableFloat64();
    const n = 100_000;
    for (let i = 0; i < n; i++) values.push(i * 0.5);
    expect(values.length).toBe(n);
    const out = values.finish();
    expect(out.length).toBe(n);
    expect([out[0], out[255], out[256], out[32_767 + 256], out[n - 1]]).toEqual([
      0,
      127.5,
      128,
      (32_767 + 256) * 0.5,
      (n - 1) * 0.5,
    ]);
    expect(values.length).toBe(0);
    values.push(7);
    expect([...values.finish()]).toEqual([7]);
  });

  it('finishes an empty builder as an empty array', () => {
    expect(new GrowableFloat64().finish()).toEqual(new Float64Array(0));
  });

  it('finishes into a SharedArrayBuffer when asked, with the same values', () => {
    const values = new GrowableFloat64();
    for (let i = 0; i < 40_000; i++) values.push(i / 3);
    const out = values.finish(true);
    expect(out.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(out.length).toBe(40_000);
    expect([out[0], out[39_999]]).toEqual([0, 39_999 / 3]);
  });
});
