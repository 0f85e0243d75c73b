/** Grafana unit ids for the spec's units. */
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
 * A Grafana unit for an impact unit such as `USD/hour` or `customers/day`: the currency when the unit
 * starts with the spec's currency code, else a suffix with the whole unit.
 */
export function impactUnit(unit: string, currency: string): string {
  const code = unit.split('/')[0]?.trim() ?? '';
  return code === currency ? currencyUnit(currency) : `suffix: ${unit}`;
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
