import { isCurrencyCode, parseImpactUnit } from './impactUnit';

describe('parseImpactUnit', () => {
  it.each([
    ['USD/hour', 'USD', { unit: 'USD', per: 'hour' }],
    ['usd/h', 'USD', { unit: 'USD', per: 'hour' }],
    ['EUR', 'USD', { unit: 'EUR', per: '' }],
    ['customers/hour', 'USD', { unit: 'customers', per: 'hour' }],
    ['customers / d', 'USD', { unit: 'customers', per: 'day' }],
    ['transactions/fortnight', 'USD', { unit: 'transactions', per: 'fortnight' }],
    ['', 'USD', { unit: '', per: '' }],
  ])('reads %j (spec currency %s) as %j', (text, currency, expected) => {
    expect(parseImpactUnit(text, currency)).toEqual(expected);
  });
});

describe('isCurrencyCode', () => {
  it('takes upper-case three-letter codes and the spec currency in any case, not nouns', () => {
    expect(isCurrencyCode('GBP', 'USD')).toBe(true);
    expect(isCurrencyCode('usd', 'USD')).toBe(true);
    expect(isCurrencyCode('ads', 'USD')).toBe(false);
    expect(isCurrencyCode('customers', 'USD')).toBe(false);
  });
});
