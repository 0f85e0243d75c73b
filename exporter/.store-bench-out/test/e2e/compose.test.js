"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * docker-compose.yml checked statically (no Docker engine here): it parses, pins its images, mounts
 * only paths that exist (the plugin's dist/ is built by `npm run build` in grafana-plugin/ and may be
 * absent in a clean clone), health-checks every service, keeps data in named volumes, and agrees with
 * the generated provisioning on service names, ports and paths.
 */
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const yaml_1 = require("yaml");
const provisioning_1 = require("../../src/generate/provisioning");
const ROOT = (0, node_path_1.resolve)(__dirname, '../../..');
const compose = (0, yaml_1.parse)((0, node_fs_1.readFileSync)((0, node_path_1.join)(ROOT, 'docker-compose.yml'), 'utf8'));
const services = compose.services;
const yamlAt = (path) => (0, yaml_1.parse)((0, node_fs_1.readFileSync)((0, node_path_1.join)(ROOT, path), 'utf8'));
/** `host:port` or `http://host:port` → [host, port]. */
function hostPort(target) {
    const m = /^(?:https?:\/\/)?([^:/]+):(\d+)/.exec(target);
    if (m === null)
        throw new Error(`hostPort: '${target}' has no host:port`);
    return [m[1], m[2]];
}
/** The container port a service listens on, from its published ports. */
function containerPorts(service) {
    return (service.ports ?? []).map((p) => p.split(':').pop());
}
function mounts(service) {
    return (service.volumes ?? []).map((v) => {
        const [source, target] = v.split(':');
        return { source, target };
    });
}
describe('docker-compose.yml', () => {
    it('runs the exporter, Prometheus, Alertmanager and Grafana, each health-checked', () => {
        expect(Object.keys(services).sort()).toEqual(['alertmanager', 'exporter', 'grafana', 'prometheus']);
        for (const [name, s] of Object.entries(services))
            expect({ name, test: s.healthcheck?.test[0] }).toEqual({ name, test: 'CMD' });
    });
    it('pins every image to an exact version', () => {
        for (const s of Object.values(services))
            expect(s.image).toMatch(/^[\w./-]+:v?\d+\.\d+\.\d+$/);
    });
    it('mounts only paths that exist (the plugin from its dist/ directory, built separately)', () => {
        for (const s of Object.values(services)) {
            for (const { source, target } of mounts(s).filter((m) => m.source.startsWith('.'))) {
                if (source === './grafana-plugin/dist') {
                    expect(target).toBe('/var/lib/grafana/plugins/mlhealth-cascade-panel');
                    expect(JSON.parse((0, node_fs_1.readFileSync)((0, node_path_1.join)(ROOT, 'grafana-plugin/src/plugin.json'), 'utf8')).id).toBe('mlhealth-cascade-panel');
                    continue;
                }
                expect({ source, exists: (0, node_fs_1.existsSync)((0, node_path_1.join)(ROOT, source)) }).toEqual({ source, exists: true });
            }
        }
    });
    it('keeps data in named volumes declared at the top level', () => {
        const named = Object.values(services).flatMap((s) => mounts(s)
            .filter((m) => !m.source.startsWith('.'))
            .map((m) => m.source));
        expect(named.sort()).toEqual(['alertmanager-data', 'grafana-data', 'prometheus-data']);
        expect(Object.keys(compose.volumes).sort()).toEqual(named.sort());
    });
    it('builds the exporter from a multi-stage, non-root Dockerfile with a health check', () => {
        const build = services.exporter?.build;
        expect(build).toEqual({ context: '.', dockerfile: 'exporter/Dockerfile' });
        const dockerfile = (0, node_fs_1.readFileSync)((0, node_path_1.join)(ROOT, build.dockerfile), 'utf8');
        expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(2);
        expect(dockerfile).toMatch(/^USER node$/m);
        expect(dockerfile).toMatch(/^HEALTHCHECK /m);
        for (const m of dockerfile.matchAll(/^COPY (?!--from)(.+) \S+$/gm)) {
            for (const source of m[1].split(' '))
                expect({ source, exists: (0, node_fs_1.existsSync)((0, node_path_1.join)(ROOT, source)) }).toEqual({ source, exists: true });
        }
    });
    it('allows the unsigned cascade panel, and only it', () => {
        expect(services.grafana?.environment?.GF_PLUGINS_ALLOW_LOADING_UNSIGNED_PLUGINS).toBe('mlhealth-cascade-panel');
    });
    it('agrees with the Prometheus configuration: exporter and Alertmanager service names and ports', () => {
        const config = yamlAt(provisioning_1.OUTPUT_PATHS.prometheusConfig);
        const [exporterHost, exporterPort] = hostPort(config.scrape_configs[0].static_configs[0].targets[0]);
        expect(exporterHost).toBe('exporter');
        expect(containerPorts(services.exporter)).toContain(exporterPort);
        expect(services.exporter?.command).toEqual(['--listen', `0.0.0.0:${exporterPort}`]);
        const [amHost, amPort] = hostPort(config.alerting.alertmanagers[0].static_configs[0].targets[0]);
        expect(amHost).toBe('alertmanager');
        expect(containerPorts(services.alertmanager)).toContain(amPort);
    });
    it('mounts the generated rules where prometheus.yml loads them, and the Alertmanager configuration where it is read', () => {
        const prom = mounts(services.prometheus).find((m) => m.target === '/etc/prometheus');
        expect(prom?.source).toBe(`./${provisioning_1.OUTPUT_PATHS.prometheusConfig.replace(/\/prometheus\.yml$/, '')}`);
        expect(services.prometheus?.command).toContain('--config.file=/etc/prometheus/prometheus.yml');
        const rulesDir = (0, node_path_1.join)(ROOT, 'provisioning/prometheus/rules');
        expect((0, node_fs_1.readdirSync)(rulesDir).filter((f) => f.endsWith('.yml'))).toContain('mlhealth.rules.yml');
        const am = mounts(services.alertmanager).find((m) => m.target === '/etc/alertmanager');
        expect(`${am?.source}/alertmanager.yml`).toBe(`./${provisioning_1.OUTPUT_PATHS.alertmanager}`);
        expect(services.alertmanager?.command).toContain('--config.file=/etc/alertmanager/alertmanager.yml');
    });
    it('agrees with Grafana provisioning: datasource URLs name services and ports, dashboard paths are mounted', () => {
        const grafana = services.grafana;
        expect(mounts(grafana).find((m) => m.target === '/etc/grafana/provisioning')?.source).toBe('./provisioning/grafana');
        for (const ds of yamlAt(provisioning_1.OUTPUT_PATHS.grafanaDatasources).datasources) {
            const [host, port] = hostPort(ds.url);
            expect(containerPorts(services[host])).toContain(port);
        }
        const dashboards = mounts(grafana).find((m) => m.source === './dashboards');
        for (const p of yamlAt(provisioning_1.OUTPUT_PATHS.grafanaDashboards).providers) {
            expect(p.options.path.startsWith(`${dashboards?.target}/`)).toBe(true);
            const local = (0, node_path_1.join)(ROOT, 'dashboards', p.options.path.slice(`${dashboards?.target}/`.length));
            expect((0, node_fs_1.statSync)(local).isDirectory()).toBe(true);
            expect((0, node_fs_1.readdirSync)(local).some((f) => f.endsWith('.json'))).toBe(true);
        }
        const home = grafana.environment?.GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH ?? '';
        expect((0, node_fs_1.existsSync)((0, node_path_1.join)(ROOT, 'dashboards', home.slice(`${dashboards?.target}/`.length)))).toBe(true);
    });
});
//# sourceMappingURL=compose.test.js.map