"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.currencyUnit = currencyUnit;
exports.impactUnit = impactUnit;
exports.nodeUnit = nodeUnit;
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
function currencyUnit(code) {
    return CURRENCIES.has(code) ? `currency${code}` : `suffix: ${code}`;
}
/**
 * A Grafana unit for an impact unit such as `USD/hour` or `customers/day`: the currency when the unit
 * starts with the spec's currency code, else a suffix with the whole unit.
 */
function impactUnit(unit, currency) {
    const code = unit.split('/')[0]?.trim() ?? '';
    return code === currency ? currencyUnit(currency) : `suffix: ${unit}`;
}
/** A Grafana unit for a base node's unit. */
function nodeUnit(unit) {
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
//# sourceMappingURL=units.js.map