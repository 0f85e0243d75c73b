"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const fraudModel_1 = require("./fraudModel");
const models_1 = require("./models");
const recsModel_1 = require("./recsModel");
const referenceCsv_1 = require("./referenceCsv");
const writeReferences_1 = require("./writeReferences");
describe('referenceCsv', () => {
    it('writes a header of features, prediction, confidence and attributions when the model explains', () => {
        const [header, row] = (0, referenceCsv_1.referenceCsv)(fraudModel_1.FRAUD_MODEL, 1, 1).split('\n');
        expect(header).toBe('amount,merchant_category,country,hour_of_day,account_age_days,card_present,txn_count_1h,prediction,confidence,' +
            fraudModel_1.FRAUD_MODEL.features.map((f) => `attribution.${f}`).join(','));
        expect(row.split(',')).toHaveLength(16);
        expect((0, referenceCsv_1.referenceCsv)(recsModel_1.RECS_MODEL, 1, 1).split('\n')[0]).toBe('session_length_seconds,items_viewed,user_tenure_days,device,category_affinity,price_band,prediction,confidence');
    });
    it('matches the committed reference files byte for byte (regenerate: npx tsx src/demo/writeReferences.ts)', () => {
        models_1.DEMO_MODELS.forEach((model, index) => {
            const committed = (0, node_fs_1.readFileSync)((0, node_path_1.join)(__dirname, '..', '..', (0, writeReferences_1.demoReferencePath)(model.id)), 'utf8');
            expect(committed).toBe((0, referenceCsv_1.referenceCsv)(model, referenceCsv_1.DEMO_REFERENCE_ROWS, (0, writeReferences_1.demoReferenceSeed)(index)));
        });
    });
    it('refuses a row count that is not a positive integer', () => {
        expect(() => (0, referenceCsv_1.referenceCsv)(fraudModel_1.FRAUD_MODEL, 0, 1)).toThrow('referenceCsv: rows 0 must be a positive integer');
    });
});
//# sourceMappingURL=referenceCsv.test.js.map