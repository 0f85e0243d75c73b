/**
 * An impact model's `unit` (free text in the spec, e.g. `USD/hour`, `customers/day`, `EUR`) split into
 * what it counts and the period it is per, for `mlhealth_business_unit_info{unit,per}` and for Grafana
 * unit ids (the panel and the generated dashboards format money and counts from it).
 *
 * Rules: the part before the first `/` is the unit, trimmed; an ISO 4217 code written in letters is
 * upper-cased (`usd` → `USD`); anything else is kept as written (`customers`). The part after it is the
 * period, with the usual abbreviations spelt out (`h`, `hr` → `hour`; `d` → `day`; `min` → `minute`;
 * `s`, `sec` → `second`; `wk` → `week`; `mo` → `month`; `yr`, `y` → `year`), `''` when there is none (a
 * stock, not a rate).
 */

export interface ImpactUnit {
  /** What is counted: an ISO 4217 currency code (`USD`) or a noun (`customers`); `''` when undeclared. */
  unit: string;
  /** The period the amount is per (`hour`, `day`, …), `''` for an amount that is not a rate. */
  per: string;
}

const PERIODS: Record<string, string> = {
  s: 'second',
  sec: 'second',
  second: 'second',
  min: 'minute',
  minute: 'minute',
  h: 'hour',
  hr: 'hour',
  hour: 'hour',
  d: 'day',
  day: 'day',
  wk: 'week',
  week: 'week',
  mo: 'month',
  month: 'month',
  y: 'year',
  yr: 'year',
  year: 'year',
};

// The currency codes a spec is expected to use (ISO 4217 alphabetic codes are three letters).
const CURRENCY = /^[A-Za-z]{3}$/;

/** True when `unit` reads as an ISO 4217 currency code (three letters, any case). */
export function isCurrencyCode(unit: string, currency: string): boolean {
  return (
    CURRENCY.test(unit) && (unit.toUpperCase() === currency.toUpperCase() || unit === unit.toUpperCase())
  );
}

/**
 * Splits an impact unit into unit and period; `currency` is the spec's, so `usd/hour` in a USD spec is
 * read as money. Never throws.
 *
 * @example parseImpactUnit('USD/hour', 'USD') // { unit: 'USD', per: 'hour' }
 * @example parseImpactUnit('customers / h', 'USD') // { unit: 'customers', per: 'hour' }
 * @example parseImpactUnit('EUR', 'EUR') // { unit: 'EUR', per: '' }
 */
export function parseImpactUnit(text: string, currency: string): ImpactUnit {
  const slash = text.indexOf('/');
  const head = (slash < 0 ? text : text.slice(0, slash)).trim();
  const tail = slash < 0 ? '' : text.slice(slash + 1).trim();
  const unit = isCurrencyCode(head, currency) ? head.toUpperCase() : head;
  const per = PERIODS[tail.toLowerCase()] ?? tail;
  return { unit, per };
}
