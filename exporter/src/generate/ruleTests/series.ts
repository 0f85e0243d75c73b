/** Input series of generated rule tests: one exporter instance, labels written out in a fixed order. */
import { SCRAPE_JOB } from '../rules/names';
import type { InputSeries } from './types';

/** The scrape target every test series comes from. */
export const TEST_TARGET = { job: SCRAPE_JOB, instance: 'mlhealth:9853' } as const;

/** `metric{k="v",...}` with the target labels appended, values double-quoted with escapes. */
export function seriesName(
  metric: string,
  labels: Record<string, string | undefined>,
  target = true,
): string {
  const all: Record<string, string | undefined> = target ? { ...labels, ...TEST_TARGET } : labels;
  const parts = Object.entries(all)
    .filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '')
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`);
  return `${metric}{${parts.join(',')}}`;
}

/** `value` repeated over `steps` intervals (steps + 1 samples), promtool's `axn` notation. */
export function constant(value: number, steps: number): string {
  return `${value}x${steps}`;
}

/** A series growing by `step` per interval from `start`, promtool's `a+bxn`. */
export function growing(start: number, step: number, steps: number): string {
  return `${start}+${step}x${steps}`;
}

export function series(name: string, values: string): InputSeries {
  return { series: name, values };
}

/** Greatest common divisor of positive durations in seconds (millisecond resolution). */
export function gcdSeconds(values: readonly number[]): number {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  const millis = values.map((v) => Math.round(v * 1000));
  return millis.reduce((a, b) => gcd(a, b)) / 1000;
}
