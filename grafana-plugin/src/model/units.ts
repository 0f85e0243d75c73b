/** From the contract's `unit` label to a Grafana unit id (`getValueFormat`). */

const CONTRACT_UNITS: Record<string, string> = {
  ratio: 'percentunit',
  seconds: 's',
  score: 'none',
  count: 'short',
  per_second: 'suffix:/s',
  none: 'none',
  '': 'none',
};

/**
 * The Grafana unit id for a node's `unit` label: the contract's units (`ratio`, `seconds`, `score`,
 * `count`, `per_second`, `none`) map to Grafana's; anything else is passed through, so a Grafana unit id
 * such as `bytes` or `currencyUSD` works as is.
 *
 * @example grafanaUnit('ratio') // 'percentunit'
 * @example grafanaUnit('bytes') // 'bytes'
 */
export function grafanaUnit(unit: string): string {
  return CONTRACT_UNITS[unit] ?? unit;
}

// Measures that count people or events rather than money.
const COUNT_MEASURE = /(customer|user|account|request|prediction|event|transaction)s?(_|$)|count/;

/**
 * The unit of an impact measure: the panel's impact unit (a currency by default) for money measures,
 * `short` for measures that count customers, users, accounts, requests, predictions, events or
 * transactions (the metric contract carries no unit for impacts, so the measure's name decides).
 *
 * @example impactUnitFor('revenue_at_risk', 'currencyEUR') // 'currencyEUR'
 * @example impactUnitFor('customers_affected', 'currencyEUR') // 'short'
 */
export function impactUnitFor(measure: string, moneyUnit: string): string {
  return COUNT_MEASURE.test(measure) ? 'short' : moneyUnit;
}

// The currencies @grafana/data 13 has a unit for (`currencyUSD` …); others get a prefix unit.
const GRAFANA_CURRENCIES = new Set(
  'USD GBP EUR JPY RUB UAH BRL DKK ISK NOK SEK CZK CHF PLN BTC ZAR INR KRW IDR PHP VND TRY MYR XPF BGN PYG UYU ILS'.split(
    ' '
  )
);

/** How to format an impact amount: the Grafana unit id, the decimals (undefined: Grafana's), and whether to round to whole units first. */
export interface ImpactFormat {
  unit: string;
  decimals: number | undefined;
  whole: boolean;
}

/**
 * The format of an impact of `measure` whose exported unit (`mlhealth_business_unit_info{unit}`) is
 * `unit`: money in its Grafana currency unit with one decimal (`$54.0K`); a count in Grafana's `count:`
 * unit, in whole units with Grafana's decimals (`800 customers`, `12.5K customers`); without an exported
 * unit (older exporters), `impactUnitFor` decides from the measure's name and the panel's `moneyUnit`,
 * counts then reading as plain whole numbers (`800`).
 *
 * @example impactFormat('revenue_at_risk', 'EUR', 'currencyUSD') // { unit: 'currencyEUR', decimals: 1, whole: false }
 * @example impactFormat('customers_affected', 'customers', 'currencyUSD') // { unit: 'count:customers', decimals: undefined, whole: true }
 */
export function impactFormat(measure: string, unit: string, moneyUnit: string): ImpactFormat {
  if (/^[A-Z]{3}$/.test(unit)) {
    return { unit: GRAFANA_CURRENCIES.has(unit) ? `currency${unit}` : `currency:${unit} `, decimals: 1, whole: false };
  }
  if (unit !== '') {
    return { unit: `count:${unit}`, decimals: undefined, whole: true };
  }
  const legacy = impactUnitFor(measure, moneyUnit);
  return legacy === 'short'
    ? { unit: 'short', decimals: undefined, whole: true }
    : { unit: legacy, decimals: 1, whole: false };
}

const PER_ABBREVIATIONS: Record<string, string> = {
  second: 's',
  minute: 'min',
  hour: 'h',
  day: 'd',
  week: 'wk',
  month: 'mo',
  year: 'yr',
};

/**
 * A rate's period as a unit suffix for tight places (cards, the header total): `/h`; a period without a
 * usual abbreviation is written out (`/shift`); `''` for an amount.
 *
 * @example perSuffix('hour') // '/h'
 * @example perSuffix('') // ''
 */
export function perSuffix(per: string): string {
  if (per === '') {
    return '';
  }
  return `/${PER_ABBREVIATIONS[per] ?? per}`;
}

/**
 * The words for a rate's period (`mlhealth_business_unit_info{per}`): `per hour`; `''` for an amount.
 *
 * @example perPeriod('hour') // 'per hour'
 */
export function perPeriod(per: string): string {
  if (per === '') {
    return '';
  }
  return `per ${per}`;
}
