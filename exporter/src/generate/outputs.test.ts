import { parse } from 'yaml';
import { fixtureSpec } from './__fixtures__/spec';
import { generateOutputs } from './outputs';
import { OUTPUT_PATHS } from './provisioning';

describe('generateOutputs', () => {
  it('is deterministic: the same spec gives byte-identical files', () => {
    expect(generateOutputs(fixtureSpec(), { prometheusOperator: true })).toEqual(
      generateOutputs(fixtureSpec(), { prometheusOperator: true }),
    );
  });

  it('writes the PrometheusRule manifest only when asked, with the same groups as the rule file', () => {
    const without = generateOutputs(fixtureSpec(), { prometheusOperator: false });
    const withIt = generateOutputs(fixtureSpec(), { prometheusOperator: true });
    expect(without.map((f) => f.path)).not.toContain(OUTPUT_PATHS.prometheusRule);
    const manifest = parse(withIt.find((f) => f.path === OUTPUT_PATHS.prometheusRule)!.content);
    const rules = parse(withIt.find((f) => f.path === OUTPUT_PATHS.rules)!.content);
    expect(manifest).toMatchObject({
      apiVersion: 'monitoring.coreos.com/v1',
      kind: 'PrometheusRule',
      metadata: { name: 'mlhealth-fixture' },
    });
    expect(manifest.spec).toEqual(rules);
  });

  it('points Prometheus at the exporter and Alertmanager given in the deploy options', () => {
    const files = generateOutputs(fixtureSpec(), {
      prometheusOperator: false,
      deploy: { exporterTarget: '10.0.0.5:9853', environment: 'production' },
    });
    const config = parse(files.find((f) => f.path === OUTPUT_PATHS.prometheusConfig)!.content);
    expect(config.scrape_configs[0]).toEqual({
      job_name: 'mlhealth',
      static_configs: [{ targets: ['10.0.0.5:9853'], labels: { environment: 'production' } }],
    });
    expect(config.alerting.alertmanagers[0].static_configs[0].targets).toEqual(['alertmanager:9093']);
    expect(config.rule_files).toEqual(['rules/*.yml']);
  });

  it('provisions both datasources with fixed uids and one dashboard folder per audience', () => {
    const files = generateOutputs(fixtureSpec(), { prometheusOperator: false });
    const ds = parse(files.find((f) => f.path === OUTPUT_PATHS.grafanaDatasources)!.content);
    expect(ds.datasources.map((d: { uid: string; type: string }) => [d.uid, d.type])).toEqual([
      ['mlhealth-prometheus', 'prometheus'],
      ['mlhealth-alertmanager', 'alertmanager'],
    ]);
    const providers = parse(files.find((f) => f.path === OUTPUT_PATHS.grafanaDashboards)!.content).providers;
    expect(
      providers.map((p: { folder: string; options: { path: string } }) => [p.folder, p.options.path]),
    ).toEqual([
      ['mlhealth · Executive', '/etc/mlhealth/dashboards/executive'],
      ['mlhealth · Engineering', '/etc/mlhealth/dashboards/engineering'],
      ['mlhealth · Models', '/etc/mlhealth/dashboards/models'],
    ]);
  });

  it('never writes a secret file path into a value, only into *_file fields', () => {
    const am = generateOutputs(fixtureSpec(), { prometheusOperator: false }).find(
      (f) => f.path === OUTPUT_PATHS.alertmanager,
    )!.content;
    expect(am).toContain('api_url_file: /run/secrets/slack');
    expect(am).toContain('routing_key_file: /run/secrets/pd');
    expect(am).not.toMatch(/api_url:|routing_key:|service_key:/);
  });

  it('writes a secret webhook URL as url_file (Alertmanager >= 0.26)', () => {
    const spec = fixtureSpec();
    spec.teams[0]!.receivers[0] = { type: 'webhook', name: 'pager', url_file: '/run/secrets/hook' };
    const am = generateOutputs(spec, { prometheusOperator: false }).find(
      (f) => f.path === OUTPUT_PATHS.alertmanager,
    )!.content;
    expect(am).toContain('url_file: /run/secrets/hook');
  });
});
