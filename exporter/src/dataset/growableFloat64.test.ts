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

  it('moves earlier values into a reserved array and hands it out without a copy when nearly full', () => {
    for (const shared of [false, true]) {
      const values = new GrowableFloat64();
      for (let i = 0; i < 40_000; i++) values.push(i / 7);
      values.reserve(100_000, shared);
      for (let i = 40_000; i < 95_000; i++) values.push(i / 7);
      const out = values.finish(shared);
      expect(out.length).toBe(95_000);
      expect(out.every((v, i) => v === i / 7)).toBe(true);
      // A view of the 100 000-value reservation: the 5 % left unused were not worth a copy.
      expect(out.buffer.byteLength).toBe(8 * 100_000);
      expect(Object.prototype.toString.call(out.buffer)).toBe(
        shared ? '[object SharedArrayBuffer]' : '[object ArrayBuffer]',
      );
    }
  });

  it('copies to the exact length when the guess was too large, too small, or of the other memory kind', () => {
    const filled = (reserve: number, n: number, sharedReserve: boolean, sharedFinish: boolean) => {
      const values = new GrowableFloat64();
      values.reserve(reserve, sharedReserve);
      for (let i = 0; i < n; i++) values.push(i);
      const out = values.finish(sharedFinish);
      expect(out.every((v, i) => v === i)).toBe(true);
      return out;
    };
    expect(filled(100_000, 50_000, false, false).buffer.byteLength).toBe(8 * 50_000);
    expect(filled(10_000, 50_000, false, false).buffer.byteLength).toBe(8 * 50_000);
    const other = filled(50_000, 50_000, false, true);
    expect(Object.prototype.toString.call(other.buffer)).toBe('[object SharedArrayBuffer]');
    // Less room than already stored: nothing moves.
    const values = new GrowableFloat64();
    for (let i = 0; i < 1000; i++) values.push(i);
    values.reserve(10);
    expect(values.finish().length).toBe(1000);
  });
});
