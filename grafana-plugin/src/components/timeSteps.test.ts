import { stepBack, TIME_STEPS } from './timeSteps';

const minute = 60_000;
const times = Array.from({ length: 120 }, (_, i) => 1_763_000_000_000 - (119 - i) * 30_000);
const end = times[times.length - 1];

describe('time steps', () => {
  it('steps back by each step from the end, landing on a sample time', () => {
    for (const step of TIME_STEPS) {
      const t = stepBack(times, end, step.ms)!;
      expect(times).toContain(t);
      expect(t).toBe(Math.max(times[0], end - step.ms));
    }
  });

  it('lands on the newest sample at or before the target between samples', () => {
    expect(stepBack(times, end - 10_000, minute)).toBe(end - 90_000);
  });

  it('stops at the first sample and refuses to go further', () => {
    expect(stepBack(times, times[1], 60 * minute)).toBe(times[0]);
    expect(stepBack(times, times[0], minute)).toBeNull();
    expect(stepBack([], end, minute)).toBeNull();
  });
});
