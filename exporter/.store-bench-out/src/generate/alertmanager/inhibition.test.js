"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * Inhibition proven against a real Alertmanager on 127.0.0.1: alerts posted through its API, muted
 * (or not) exactly as the generated inhibit rules say.
 */
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const spec_1 = require("../../spec");
const processes_1 = require("../__fixtures__/processes");
const tools_1 = require("../__fixtures__/tools");
const outputs_1 = require("../outputs");
const provisioning_1 = require("../provisioning");
const DEMO = (0, node_path_1.resolve)(__dirname, '../../../examples/demo.yaml');
const env = { environment: 'test' };
const data = (alertname, severity, tier, node) => ({
    alertname,
    severity,
    tier,
    node,
    ...env,
});
describe('inhibit rules in a real Alertmanager', () => {
    let am;
    let dir = '';
    beforeAll(async () => {
        const spec = (await (0, spec_1.loadSpecFile)(DEMO)).spec;
        dir = (0, tools_1.writeTemp)((0, outputs_1.generateOutputs)(spec, { prometheusOperator: false }));
        am = await (0, processes_1.startAlertmanager)((0, node_path_1.join)(dir, provisioning_1.OUTPUT_PATHS.alertmanager));
    }, 30_000);
    afterAll(async () => {
        await am?.stop();
        (0, node_fs_1.rmSync)(dir, { recursive: true, force: true });
    });
    async function post(alerts) {
        const res = await fetch(`${am.url}/api/v2/alerts`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(alerts.map((labels) => ({ labels, annotations: { summary: 'test' } }))),
        });
        expect(res.status).toBe(200);
    }
    /** Waits until the alert with exactly these labels is known, then says whether it is inhibited. */
    async function inhibited(labels) {
        const key = JSON.stringify(Object.entries(labels).sort());
        const alert = await (0, processes_1.waitFor)(`alert ${key} listed`, async () => {
            const res = await fetch(`${am.url}/api/v2/alerts`);
            const list = (await res.json());
            return list.find((a) => JSON.stringify(Object.entries(a.labels).sort()) === key);
        }, 10_000);
        return alert.status.inhibitedBy.length > 0;
    }
    /** Inhibition is applied by the inhibitor as sources arrive: poll (bounded) for the expected state. */
    async function expectInhibited(labels, expected) {
        await (0, processes_1.waitFor)(`${labels.alertname} ${labels.node ?? ''} inhibited=${expected}`, async () => ((await inhibited(labels)) === expected ? true : undefined), 10_000);
    }
    it('mutes the warning of a node while its critical alert fires, not other nodes', async () => {
        const warning = data('MlhealthNodeWarning', 'warning', 'base', 'fraud.drift.amount');
        const other = data('MlhealthNodeWarning', 'warning', 'base', 'fraud.drift.share');
        await post([warning, other, data('MlhealthNodeCritical', 'critical', 'base', 'fraud.drift.amount')]);
        await expectInhibited(warning, true);
        await expectInhibited(other, false);
    });
    it('mutes component pages beneath a business page, but not base pages nor components of other outcomes', async () => {
        const driftPage = data('MlhealthNodeCritical', 'critical', 'component', 'fraud.drift');
        const basePage = data('MlhealthNodeCritical', 'critical', 'base', 'fraud.serving.errors');
        const elsewhere = data('MlhealthNodeCritical', 'critical', 'component', 'fraud.governance');
        await post([driftPage, basePage, elsewhere]);
        await expectInhibited(driftPage, false);
        await post([data('MlhealthBusinessCritical', 'critical', 'business', 'revenue_assurance')]);
        await expectInhibited(driftPage, true);
        await expectInhibited(basePage, false);
        await expectInhibited(elsewhere, false);
    });
    it('mutes every data alert of the environment while the exporter is down, not other environments', async () => {
        const here = data('MlhealthNodeNoData', 'warning', 'base', 'recs.serving.errors');
        const there = { ...here, environment: 'staging' };
        await post([here, there]);
        await expectInhibited(here, false);
        await post([
            {
                alertname: 'MlhealthExporterDown',
                severity: 'critical',
                job: 'mlhealth',
                instance: 'mlhealth:9853',
                ...env,
            },
        ]);
        await expectInhibited(here, true);
        await expectInhibited(there, false);
    });
});
//# sourceMappingURL=inhibition.test.js.map