/**
 * docker-compose.yml checked statically (no Docker engine here): it parses, pins its images, mounts
 * only paths that exist (the plugin's dist/ is built by `npm run build` in grafana-plugin/ and may be
 * absent in a clean clone), health-checks every service, keeps data in named volumes, and agrees with
 * the generated provisioning on service names, ports and paths.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { OUTPUT_PATHS } from '../../src/generate/provisioning';
import { parseSecurityOptions } from '../../src/cli/serve/securityOptions';
import { checkListenSafety } from '../../src/security';

const ROOT = resolve(__dirname, '../../..');

interface Service {
  image?: string;
  build?: { context: string; dockerfile: string };
  command?: string[];
  ports?: string[];
  volumes?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}

const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};
const services = compose.services;
const yamlAt = (path: string) => parse(readFileSync(join(ROOT, path), 'utf8'));

/** `host:port` or `http://host:port` → [host, port]. */
function hostPort(target: string): [string, string] {
  const m = /^(?:https?:\/\/)?([^:/]+):(\d+)/.exec(target);
  if (m === null) throw new Error(`hostPort: '${target}' has no host:port`);
  return [m[1] as string, m[2] as string];
}

/** The container port a service listens on, from its published ports. */
function containerPorts(service: Service): string[] {
  return (service.ports ?? []).map((p) => p.split(':').pop() as string);
}

function mounts(service: Service): Array<{ source: string; target: string }> {
  return (service.volumes ?? []).map((v) => {
    const [source, target] = v.split(':') as [string, string];
    return { source, target };
  });
}

describe('docker-compose.yml', () => {
  it("starts the exporter with a command its listen guard accepts, published on the host's loopback only", () => {
    const { options, rest } = parseSecurityOptions(services.exporter?.command ?? []);
    const listen = rest[rest.indexOf('--listen') + 1] as string;
    const host = listen.slice(0, listen.lastIndexOf(':'));
    const hasTokens = Object.keys(services.exporter?.environment ?? {}).some((k) =>
      /^MLHEALTH_(INGEST|ADMIN)_TOKEN/.test(k),
    );
    expect(checkListenSafety(host, hasTokens, options.insecure).ok).toBe(true);
    for (const published of services.exporter?.ports ?? []) expect(published).toMatch(/^127\.0\.0\.1:/);
  });

  it('runs the exporter, Prometheus, Alertmanager and Grafana, each health-checked', () => {
    expect(Object.keys(services).sort()).toEqual(['alertmanager', 'exporter', 'grafana', 'prometheus']);
    for (const [name, s] of Object.entries(services))
      expect({ name, test: s.healthcheck?.test[0] }).toEqual({ name, test: 'CMD' });
  });

  it('pins every image to an exact version', () => {
    for (const s of Object.values(services)) expect(s.image).toMatch(/^[\w./-]+:v?\d+\.\d+\.\d+$/);
  });

  it('mounts only paths that exist (the plugin from its dist/ directory, built separately)', () => {
    for (const s of Object.values(services)) {
      for (const { source, target } of mounts(s).filter((m) => m.source.startsWith('.'))) {
        if (source === './grafana-plugin/dist') {
          expect(target).toBe('/var/lib/grafana/plugins/mlhealth-cascade-panel');
          expect(JSON.parse(readFileSync(join(ROOT, 'grafana-plugin/src/plugin.json'), 'utf8')).id).toBe(
            'mlhealth-cascade-panel',
          );
          continue;
        }
        expect({ source, exists: existsSync(join(ROOT, source)) }).toEqual({ source, exists: true });
      }
    }
  });

  it('keeps data in named volumes declared at the top level', () => {
    const named = Object.values(services).flatMap((s) =>
      mounts(s)
        .filter((m) => !m.source.startsWith('.'))
        .map((m) => m.source),
    );
    expect(named.sort()).toEqual(['alertmanager-data', 'grafana-data', 'prometheus-data']);
    expect(Object.keys(compose.volumes).sort()).toEqual(named.sort());
  });

  it('builds the exporter from a multi-stage, non-root Dockerfile with a health check', () => {
    const build = services.exporter?.build;
    expect(build).toEqual({ context: '.', dockerfile: 'exporter/Dockerfile' });
    const dockerfile = readFileSync(join(ROOT, build!.dockerfile), 'utf8');
    expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK /m);
    for (const m of dockerfile.matchAll(/^COPY (?!--from)(.+) \S+$/gm)) {
      for (const source of (m[1] as string).split(' '))
        expect({ source, exists: existsSync(join(ROOT, source)) }).toEqual({ source, exists: true });
    }
  });

  it('allows the unsigned cascade panel, and only it', () => {
    expect(services.grafana?.environment?.GF_PLUGINS_ALLOW_LOADING_UNSIGNED_PLUGINS).toBe(
      'mlhealth-cascade-panel',
    );
  });

  it('agrees with the Prometheus configuration: exporter and Alertmanager service names and ports', () => {
    const config = yamlAt(OUTPUT_PATHS.prometheusConfig);
    const [exporterHost, exporterPort] = hostPort(config.scrape_configs[0].static_configs[0].targets[0]);
    expect(exporterHost).toBe('exporter');
    expect(containerPorts(services.exporter!)).toContain(exporterPort);
    expect(services.exporter?.command?.slice(0, 2)).toEqual(['--listen', `0.0.0.0:${exporterPort}`]);
    const [amHost, amPort] = hostPort(config.alerting.alertmanagers[0].static_configs[0].targets[0]);
    expect(amHost).toBe('alertmanager');
    expect(containerPorts(services.alertmanager!)).toContain(amPort);
  });

  it('mounts the generated rules where prometheus.yml loads them, and the Alertmanager configuration where it is read', () => {
    const prom = mounts(services.prometheus!).find((m) => m.target === '/etc/prometheus');
    expect(prom?.source).toBe(`./${OUTPUT_PATHS.prometheusConfig.replace(/\/prometheus\.yml$/, '')}`);
    expect(services.prometheus?.command).toContain('--config.file=/etc/prometheus/prometheus.yml');
    const rulesDir = join(ROOT, 'provisioning/prometheus/rules');
    expect(readdirSync(rulesDir).filter((f) => f.endsWith('.yml'))).toContain('mlhealth.rules.yml');
    const am = mounts(services.alertmanager!).find((m) => m.target === '/etc/alertmanager');
    expect(`${am?.source}/alertmanager.yml`).toBe(`./${OUTPUT_PATHS.alertmanager}`);
    expect(services.alertmanager?.command).toContain('--config.file=/etc/alertmanager/alertmanager.yml');
  });

  it('agrees with Grafana provisioning: datasource URLs name services and ports, dashboard paths are mounted', () => {
    const grafana = services.grafana!;
    expect(mounts(grafana).find((m) => m.target === '/etc/grafana/provisioning')?.source).toBe(
      './provisioning/grafana',
    );
    for (const ds of yamlAt(OUTPUT_PATHS.grafanaDatasources).datasources as Array<{ url: string }>) {
      const [host, port] = hostPort(ds.url);
      expect(containerPorts(services[host]!)).toContain(port);
    }
    const dashboards = mounts(grafana).find((m) => m.source === './dashboards');
    for (const p of yamlAt(OUTPUT_PATHS.grafanaDashboards).providers as Array<{
      options: { path: string };
    }>) {
      expect(p.options.path.startsWith(`${dashboards?.target}/`)).toBe(true);
      const local = join(ROOT, 'dashboards', p.options.path.slice(`${dashboards?.target}/`.length));
      expect(statSync(local).isDirectory()).toBe(true);
      expect(readdirSync(local).some((f) => f.endsWith('.json'))).toBe(true);
    }
    const home = grafana.environment?.GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH ?? '';
    expect(existsSync(join(ROOT, 'dashboards', home.slice(`${dashboards?.target}/`.length)))).toBe(true);
  });
});
