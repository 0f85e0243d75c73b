import { formatImpact } from '../components/format';
import { demoCascade } from '../testing/demoCascade';
import { DEMO_END_MS, DEMO_WINDOW } from '../testing/demoFrames';
import { promQueriesToFrames } from '../testing/prometheusFrames';
import { cascadeQueries } from '../testing/syntheticCascade';
import { buildCascadeModel } from './buildModel';

// The demo with its customer impact counted in customers, as mlhealth_business_unit_info says.
function model(withUnits: boolean) {
  const c = demoCascade();
  for (const n of c.nodes) {
    if (n.id === 'customer_impact') {
      n.impact = { measure: 'customers_affected', exposure: 40000, maxLoss: 0.2, unit: 'customers', per: 'hour' };
    }
    if (!withUnits && n.impact) {
      n.impact = { ...n.impact, unit: undefined, per: undefined };
    }
  }
  return buildCascadeModel(promQueriesToFrames(cascadeQueries(c, DEMO_WINDOW)), { at: DEMO_END_MS });
}

describe('business units from mlhealth_business_unit_info', () => {
  it('gives each impact and total the unit and period the exporter declares', () => {
    const m = model(true);
    expect(m.byId.get('revenue_assurance')!.impacts[0]).toMatchObject({ unit: 'USD', per: 'hour' });
    expect(m.byId.get('customer_impact')!.impacts[0]).toMatchObject({ unit: 'customers', per: 'hour' });
    expect(m.impactTotals.map((t) => [t.measure, t.unit, t.per])).toEqual([
      ['customers_affected', 'customers', 'hour'],
      ['revenue_at_risk', 'USD', 'hour'],
    ]);
  });

  it('reads counts as whole customers and money in the declared currency, whatever the panel’s unit', () => {
    const m = model(true);
    const customers = m.byId.get('customer_impact')!.impacts[0];
    expect(customers.value).not.toBeNull();
    expect(formatImpact(customers.value, customers, 'currencyEUR')).toMatch(/^\d+(\.\d+)?K? customers$/);
    expect(formatImpact(800, customers, 'currencyEUR')).toBe('800 customers');
    expect(formatImpact(799.6, customers, 'currencyEUR')).toBe('800 customers');
    expect(formatImpact(12_000, customers, 'currencyEUR')).toBe('12K customers');
    expect(formatImpact(54_000, m.byId.get('revenue_assurance')!.impacts[0], 'currencyEUR')).toBe('$54.0K');
  });

  it('falls back on the panel’s unit and plain whole counts without unit series', () => {
    const m = model(false);
    const customers = m.byId.get('customer_impact')!.impacts[0];
    expect(customers).toMatchObject({ unit: '', per: '' });
    expect(formatImpact(800.4, customers, 'currencyEUR')).toBe('800');
    expect(formatImpact(54_000, m.byId.get('revenue_assurance')!.impacts[0], 'currencyEUR')).toBe('€54.0K');
  });
});
