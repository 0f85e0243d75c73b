/**
 * What every alerting end-to-end suite sets up before it starts processes: the exporter built once, and
 * the files `mlhealth generate` writes for a spec, deployed on 127.0.0.1 with 1 s scrape and rule
 * intervals, the Alertmanager configuration's receivers pointed at a webhook sink (alertmanagerToSink.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { generateAlertmanagerConfig } from '../../../src/generate/alertmanager';
import { buildContext } from '../../../src/generate/context';
import { generateOutputs } from '../../../src/generate/outputs';
import { OUTPUT_PATHS } from '../../../src/generate/provisioning';
import { toYaml } from '../../../src/generate/yaml';
import type { Spec } from '../../../src/spec';
import { toSink } from './alertmanagerToSink';

export const ROOT = resolve(__dirname, '../../../..');

/** `npm run build` at the repository root; throws with its output when it fails. */
export function buildExporter(): void {
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8', timeout: 150_000 });
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);
}

export interface StackPorts {
  exporter: number;
  alertmanager: number;
}

/**
 * Writes the generated files of `spec` into `dir` for an exporter and an Alertmanager on these ports,
 * and the Alertmanager configuration aimed at `sinkUrl` (fast timers unless `keepTimers`).
 * Returns the paths of the Prometheus and Alertmanager configurations.
 */
export function writeGeneratedStack(
  spec: Spec,
  dir: string,
  ports: StackPorts,
  sinkUrl: string,
  keepTimers = false,
): { prometheusConfig: string; alertmanagerConfig: string } {
  const deploy = {
    exporterTarget: `127.0.0.1:${ports.exporter}`,
    alertmanagerTarget: `127.0.0.1:${ports.alertmanager}`,
    scrapeInterval: 1,
    evaluationInterval: 1,
    environment: 'e2e',
  };
  for (const f of generateOutputs(spec, { prometheusOperator: false, deploy })) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.content);
  }
  const alertmanagerConfig = join(dir, OUTPUT_PATHS.alertmanager);
  const config = toSink(generateAlertmanagerConfig(buildContext(spec)), sinkUrl, keepTimers);
  writeFileSync(alertmanagerConfig, toYaml(config));
  return { prometheusConfig: join(dir, OUTPUT_PATHS.prometheusConfig), alertmanagerConfig };
}
