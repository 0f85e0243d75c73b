import { currencyUnit, impactUnit } from './units';

describe('impactUnit', () => {
  it.each([
    ['USD/hour', 'USD', 'currencyUSD'],
    ['EUR', 'USD', 'currencyEUR'],
    ['XAF/day', 'XAF', 'suffix: XAF'],
    ['customers/hour', 'USD', 'count:customers'],
    ['', 'USD', 'short'],
  ])('formats %j (spec currency %s) with the Grafana unit %s', (unit, currency, expected) => {
    expect(impactUnit(unit, currency)).toBe(expected);
  });
});

describe('currencyUnit', () => {
  it('uses Grafana’s currency unit where it has one, a suffix otherwise', () => {
    expect(currencyUnit('GBP')).toBe('currencyGBP');
    expect(currencyUnit('XAF')).toBe('suffix: XAF');
  });
});
