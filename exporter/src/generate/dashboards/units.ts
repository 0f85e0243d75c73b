/** Grafana unit ids for the spec's units. */
import { isCurrencyCode, parseImpactUnit } from '../../spec/impactUnit';
import type { NodeUnit } from '../../spec/types';

const CURRENCIES = new Set([
  'USD',
  'EUR',
  'GBP',
  'JPY',
  'CHF',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'CZK',
  'BRL',
  'INR',
  'ZAR',
  'KRW',
  'RUB',
  'UAH',
  'ISK',
]);

/** A Grafana unit for a spec currency code: `currencyUSD`, or a suffix for codes Grafana lacks. */
export function currencyUnit(code: string): string {
  return CURRENCIES.has(code) ? `currency${code}` : `suffix: ${code}`;
}

/**
 * A Grafana unit for an impact unit such as `USD/hour` or `customers/day` (the period goes in the panel
 * title): money in its currency (`currencyUSD`), a count as Grafana's `count:` unit, which reads
 * "800 customers" and "12.5 K customers" (never "800.0"); `short` when the spec declares no unit.
 */
export function impactUnit(unit: string, currency: string): string {
  const parsed = parseImpactUnit(unit, currency);
  if (parsed.unit === '') return 'short';
  return isCurrencyCode(parsed.unit, currency) ? currencyUnit(parsed.unit) : `count:${parsed.unit}`;
}

/** A Grafana unit for a base node's unit. */
export function nodeUnit(unit: NodeUnit | undefined): string {
  switch (unit) {
    case 'seconds':
      return 's';
    case 'ratio':
      return 'percentunit';
    case 'per_second':
      return 'suffix: /s';
    case 'count':
      return 'short';
    default:
      return 'none';
  }
}
