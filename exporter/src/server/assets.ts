/**
 * Where the exporter's own files are: its package directory and version, the demo's spec and the built
 * panel the preview serves. Found from this file upwards, since `src/`, `dist/` and the benchmark's
 * compiled copy sit at different depths.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The nearest `package.json` above this file that is the exporter's. Throws when there is none. */
function exporterPackage(): { dir: string; version: string } {
  let dir = __dirname;
  for (let depth = 0; depth < 5; depth++, dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === '@mlhealth/exporter' && pkg.version !== undefined)
        return { dir, version: pkg.version };
    } catch {
      // no package.json at this level
    }
  }
  throw new Error(`exporterPackage: no package.json of @mlhealth/exporter above ${__dirname}`);
}

const PACKAGE = exporterPackage();

/** The demo's spec, `exporter/examples/demo.yaml`. */
export const DEMO_SPEC_PATH = join(PACKAGE.dir, 'examples', 'demo.yaml');

/** The built Grafana panel (`grafana-plugin/dist`) the preview serves, unless `--preview-dir` says. */
export const DEFAULT_PREVIEW_DIR = join(PACKAGE.dir, '..', 'grafana-plugin', 'dist');

/** The exporter's version, for `mlhealth_build_info`. */
export function buildVersion(): string {
  return PACKAGE.version;
}
