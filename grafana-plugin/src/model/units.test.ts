import { grafanaUnit, impactFormat, impactUnitFor, perPeriod, perSuffix } from './units';

describe('units', () => {
  it('maps the contract units to Grafana unit ids and passes others through', () => {
    expect(['ratio', 'seconds', 'score', 'count', 'per_second', 'none', ''].map(grafanaUnit)).toEqual([
      'percentunit',
      's',
      'none',
      'short',
      'suffix:/s',
      'none',
      'none',
    ]);
    expect(grafanaUnit('bytes')).toBe('bytes');
  });

  it('prices money measures in the impact unit and counts people and events', () => {
    expect(impactUnitFor('revenue_at_risk', 'currencyEUR')).toBe('currencyEUR');
    expect(impactUnitFor('compliance_exposure', 'currencyEUR')).toBe('currencyEUR');
    expect(impactUnitFor('customers_affected', 'currencyEUR')).toBe('short');
    expect(impactUnitFor('failed_transactions', 'currencyEUR')).toBe('short');
  });
});

describe('impactFormat', () => {
  it('formats exported currencies as money, with a prefix for codes Grafana lacks', () => {
    expect(impactFormat('revenue_at_risk', 'EUR', 'currencyUSD')).toEqual({
      unit: 'currencyEUR',
      decimals: 1,
      whole: false,
    });
    expect(impactFormat('revenue_at_risk', 'XAF', 'currencyUSD').unit).toBe('currency:XAF ');
  });

  it('counts what the exporter says is counted, in whole units', () => {
    expect(impactFormat('churn', 'customers', 'currencyUSD')).toEqual({
      unit: 'count:customers',
      decimals: undefined,
      whole: true,
    });
  });

  it('falls back on the measure’s name and the panel’s unit without an exported unit', () => {
    expect(impactFormat('revenue_at_risk', '', 'currencyGBP').unit).toBe('currencyGBP');
    expect(impactFormat('customers_affected', '', 'currencyGBP')).toEqual({
      unit: 'short',
      decimals: undefined,
      whole: true,
    });
  });
});

describe('perSuffix', () => {
  it('abbreviates the usual periods, writes out others, and says nothing for an amount', () => {
    expect(['second', 'minute', 'hour', 'day', 'week', 'month', 'year'].map(perSuffix)).toEqual([
      '/s',
      '/min',
      '/h',
      '/d',
      '/wk',
      '/mo',
      '/yr',
    ]);
    expect(perSuffix('shift')).toBe('/shift');
    expect(perSuffix('')).toBe('');
  });
});

describe('perPeriod', () => {
  it('says the period of a rate and nothing for an amount', () => {
    expect(perPeriod('hour')).toBe('per hour');
    expect(perPeriod('')).toBe('');
  });
});
