/** Number and time formatting through Grafana's unit system. */
import { dateTimeFormat, formattedValueToString, getValueFormat } from '@grafana/data';
import type { TimeZone } from '@grafana/schema';
import { grafanaUnit, impactFormat, perSuffix } from '../model/units';

/** A node value in its contract unit (`ratio` → percent, `seconds` → ms/s/min, …); `–` when null. */
export function formatNodeValue(value: number | null, unit: string): string {
  if (value === null) {
    return '–';
  }
  const id = grafanaUnit(unit);
  // Ratios keep two decimals of a percent; other units let Grafana choose (3 violations, 180 ms).
  return formattedValueToString(getValueFormat(id)(value, id === 'percentunit' ? 2 : undefined));
}

/** A score 0..1 with two decimals; `–` when null. */
export function formatScore(score: number | null): string {
  return score === null ? '–' : score.toFixed(2);
}

/** What an impact amount is of: its measure and, when the exporter says, its unit and period (`Impact`, `ImpactTotal`). */
export type ImpactOf = string | { measure: string; unit?: string; per?: string };

/**
 * An impact amount in its unit (`impactFormat`): money in its currency (`$54.0K`), counts in whole
 * units of what they count (`800 customers`, `12.5K customers`); without an exported unit, money
 * measures in `moneyUnit` (a Grafana unit id such as `currencyUSD`) and counts as whole numbers; `–`
 * when null. `of` is the impact (or, as before, its measure's name).
 */
export function formatImpact(value: number | null, of: ImpactOf, moneyUnit: string): string {
  if (value === null) {
    return '–';
  }
  const { measure, unit = '' } = typeof of === 'string' ? { measure: of } : of;
  const f = impactFormat(measure, unit, moneyUnit || 'short');
  return formattedValueToString(getValueFormat(f.unit)(f.whole ? Math.round(value) : value, f.decimals));
}

/**
 * `formatImpact` with the rate's period as a suffix (`$54.0K/h`, `800 customers/d`), for the cards, the
 * risk bars and the header total; an amount that is not a rate, or null (`–`), gets none.
 */
export function formatImpactRate(value: number | null, of: ImpactOf, moneyUnit: string): string {
  const text = formatImpact(value, of, moneyUnit);
  return value === null || typeof of === 'string' ? text : `${text}${perSuffix(of.per ?? '')}`;
}

/** Impact measure id to words: `revenue_at_risk` → `Revenue at risk`. */
export function measureLabel(measure: string): string {
  const words = measure.replace(/_/g, ' ').trim();
  return words ? words[0].toUpperCase() + words.slice(1) : 'Impact';
}

/** A moment in the dashboard's time zone, e.g. `2025-11-13 02:13:20`. */
export function formatTime(ms: number, timeZone: TimeZone): string {
  return dateTimeFormat(ms, { timeZone, format: 'YYYY-MM-DD HH:mm:ss' });
}

/** How long before `at` something happened, e.g. `7 s ago`, `3 min ago`, `2 h ago`. */
export function formatAgo(thenSeconds: number, atMs: number): string {
  const s = Math.max(0, Math.round(atMs / 1000 - thenSeconds));
  if (s < 90) {
    return `${s} s ago`;
  }
  if (s < 5400) {
    return `${Math.round(s / 60)} min ago`;
  }
  if (s < 172800) {
    return `${Math.round(s / 3600)} h ago`;
  }
  return `${Math.round(s / 86400)} d ago`;
}

/**
 * A moment as short as it can be told apart: `HH:mm:ss` on the same day (in the dashboard's time zone)
 * as `reference` (the dashboard's "to"), else `YYYY-MM-DD HH:mm:ss`.
 */
export function formatMoment(ms: number, reference: number, timeZone: TimeZone): string {
  const day = (t: number) => dateTimeFormat(t, { timeZone, format: 'YYYY-MM-DD' });
  return dateTimeFormat(ms, { timeZone, format: day(ms) === day(reference) ? 'HH:mm:ss' : 'YYYY-MM-DD HH:mm:ss' });
}
