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
