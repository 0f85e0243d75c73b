import { grafanaUnit, impactUnitFor } from './units';

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
