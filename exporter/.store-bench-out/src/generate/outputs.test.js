"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const yaml_1 = require("yaml");
const spec_1 = require("./__fixtures__/spec");
const outputs_1 = require("./outputs");
const provisioning_1 = require("./provisioning");
describe('generateOutputs', () => {
    it('is deterministic: the same spec gives byte-identical files', () => {
        expect((0, outputs_1.generateOutputs)((0, spec_1.fixtureSpec)(), { prometheusOperator: true })).toEqual((0, outputs_1.generateOutputs)((0, spec_1.fixtureSpec)(), { prometheusOperator: true }));
    });
    it('writes the PrometheusRule manifest only when asked, with the same groups as the rule file', () => {
        const without = (0, outputs_1.generateOutputs)((0, spec_1.fixtureSpec)(), { prometheusOperator: false });
        const withIt = (0, outputs_1.generateOutputs)((0, spec_1.fixtureSpec)(), { prometheusOperator: true });
        expect(without.map((f) => f.path)).not.toContain(provisioning_1.OUTPUT_PATHS.prometheusRule);
        const manifest = (0, yaml_1.parse)(withIt.find((f) => f.path === provisioning_1.OUTPUT_PATHS.prometheusRule).content);
        const rules = (0, yaml_1.parse)(withIt.find((f) => f.path === provisioning_1.OUTPUT_PATHS.rules).content);
        expect(manifest).toMatchObject({
            apiVersion: 'monitoring.coreos.com/v1',
            kind: 'PrometheusRule',
            metadata: { name: 'mlhealth-fixture' },
        });
        expect(manifest.spec).toEqual(rules);
    });
    it('points Prometheus at the exporter and Alertmanager given in the deploy options', () => {
        const files = (0, outputs_1.generateOutputs)((0, spec_1.fixtureSpec)(), {
            prometheusOperator: false,
            deploy: { exporterTarget: '10.0.0.5:9853', environment: 'production' },
        });
        const config = (0, yaml_1.parse)(files.find((f) => f.path === provisioning_1.OUTPUT_PATHS.prometheusConfig).content);
        expect(config.scrape_configs[0]).toEqual({
            job_name: 'mlhealth',
            static_configs: [{ targets: ['10.0.0.5:9853'], labels: { environment: 'production' } }],
        });
        expect(config.alerting.alertmanagers[0].static_configs[0].targets).toEqual(['alertmanager:9093']);
        expect(config.rule_files).toEqual(['rules/*.yml']);
    });
    it('provisions both datasources with fixed uids and one dashboard folder per audience', () => {
        const files = (0, outputs_1.generateOutputs)((0, spec_1.fixtureSpec)(), { prometheusOperator: false });
        const ds = (0, yaml_1.parse)(files.find((f) => f.path === provisioning_1.OUTPUT_PATHS.grafanaDatasources).content);
        expect(ds.datasources.map((d) => [d.uid, d.type])).toEqual([
            ['mlhealth-prometheus', 'prometheus'],
            ['mlhealth-alertmanager', 'alertmanager'],
        ]);
        const providers = (0, yaml_1.parse)(files.find((f) => f.path === provisioning_1.OUTPUT_PATHS.grafanaDashboards).content).providers;
        expect(providers.map((p) => [p.folder, p.options.path])).toEqual([
            ['mlhealth · Executive', '/etc/mlhealth/dashboards/executive'],
            ['mlhealth · Engineering', '/etc/mlhealth/dashboards/engineering'],
            ['mlhealth · Models', '/etc/mlhealth/dashboards/models'],
        ]);
    });
    it('never writes a secret file path into a value, only into *_file fields', () => {
        const am = (0, outputs_1.generateOutputs)((0, spec_1.fixtureSpec)(), { prometheusOperator: false }).find((f) => f.path === provisioning_1.OUTPUT_PATHS.alertmanager).content;
        expect(am).toContain('api_url_file: /run/secrets/slack');
        expect(am).toContain('routing_key_file: /run/secrets/pd');
        expect(am).not.toMatch(/api_url:|routing_key:|service_key:/);
    });
    it('writes a secret webhook URL as url_file (Alertmanager >= 0.26)', () => {
        const spec = (0, spec_1.fixtureSpec)();
        spec.teams[0].receivers[0] = { type: 'webhook', name: 'pager', url_file: '/run/secrets/hook' };
        const am = (0, outputs_1.generateOutputs)(spec, { prometheusOperator: false }).find((f) => f.path === provisioning_1.OUTPUT_PATHS.alertmanager).content;
        expect(am).toContain('url_file: /run/secrets/hook');
    });
});
//# sourceMappingURL=outputs.test.js.map