import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FRAUD_MODEL } from './fraudModel';
import { DEMO_MODELS } from './models';
import { RECS_MODEL } from './recsModel';
import { DEMO_REFERENCE_ROWS, referenceCsv } from './referenceCsv';
import { demoReferencePath, demoReferenceSeed } from './writeReferences';

describe('referenceCsv', () => {
  it('writes a header of features, prediction, confidence and attributions when the model explains', () => {
    const [header, row] = referenceCsv(FRAUD_MODEL, 1, 1).split('\n');
    expect(header).toBe(
      'amount,merchant_category,country,hour_of_day,account_age_days,card_present,txn_count_1h,prediction,confidence,' +
        FRAUD_MODEL.features.map((f) => `attribution.${f}`).join(','),
    );
    expect(row.split(',')).toHaveLength(16);
    expect(referenceCsv(RECS_MODEL, 1, 1).split('\n')[0]).toBe(
      'session_length_seconds,items_viewed,user_tenure_days,device,category_affinity,price_band,prediction,confidence',
    );
  });

  it('matches the committed reference files byte for byte (regenerate: npx tsx src/demo/writeReferences.ts)', () => {
    DEMO_MODELS.forEach((model, index) => {
      const committed = readFileSync(join(__dirname, '..', '..', demoReferencePath(model.id)), 'utf8');
      expect(committed).toBe(referenceCsv(model, DEMO_REFERENCE_ROWS, demoReferenceSeed(index)));
    });
  });

  it('refuses a row count that is not a positive integer', () => {
    expect(() => referenceCsv(FRAUD_MODEL, 0, 1)).toThrow('referenceCsv: rows 0 must be a positive integer');
  });
});
