/**
 * `generateOutputs`: every file `mlhealth generate` writes, as (relative path, content) pairs. Pure
 * and deterministic: the CLI writes or compares them; tests read them without touching the disk.
 */
import { posix } from 'node:path';
import type { RollupScope } from '../spec/placement';
import type { Spec } from '../spec/types';
import { generateAlertmanagerConfig } from './alertmanager';
import { generateCatalogue } from './catalogue';
import { buildContext, type GenerateContext } from './context';
import { generateDashboards } from './dashboards';
import { defaultDeployOptions, type DeployOptions } from './deploy';
import type { DashboardKey } from './links';
import { prometheusRuleManifest } from './operator';
import {
  grafanaDashboardProviders,
  grafanaDatasources,
  OUTPUT_PATHS,
  prometheusConfig,
} from './provisioning';
import { generateRuleTests } from './ruleTests';
import { generateRollupRuleTests } from './rollupTests';
import { generateRollupRules } from './rollups';
import { generateRules } from './rules';
import type { RuleFile } from './rules/types';
import { generatedHeader, toJson, toYaml } from './yaml';

export interface GeneratedFile {
  /** POSIX path relative to the output directory. */
  path: string;
  content: string;
}

export interface GenerateOptions {
  /** Also write the rules as a Prometheus Operator `PrometheusRule` manifest. */
  prometheusOperator: boolean;
  /** Overrides of the docker-compose defaults (`defaultDeployOptions`). */
  deploy?: Partial<DeployOptions>;
  /**
   * Also write the parents as recording rules and their promtool tests (docs/scale-out.md): those
   * spanning models (`prometheus`), or every parent (`all`).
   */
  rollups?: RollupScope;
}

/**
 * All generated files of `spec`, sorted by path.
 *
 * @throws Error from the generators, naming the node, policy or receiver that cannot be rendered.
 * @example generateOutputs(spec, { prometheusOperator: false }).map((f) => f.path)[0] // 'dashboards/engineering/mlhealth-engineering.json'
 */
export function generateOutputs(spec: Spec, options: GenerateOptions): GeneratedFile[] {
  const ctx = buildContext(spec);
  const deploy: DeployOptions = { ...defaultDeployOptions(spec), ...options.deploy };
  const header = generatedHeader(spec);
  const rules = generateRules(ctx);
  const testToRules = posix.relative(posix.dirname(OUTPUT_PATHS.ruleTests), OUTPUT_PATHS.rules);
  const files: GeneratedFile[] = [
    { path: OUTPUT_PATHS.rules, content: toYaml(rules, header) },
    {
      path: OUTPUT_PATHS.ruleTests,
      content: toYaml(
        generateRuleTests(ctx, testToRules),
        `${header}\nRun: promtool test rules ${OUTPUT_PATHS.ruleTests}`,
      ),
    },
    { path: OUTPUT_PATHS.prometheusConfig, content: toYaml(prometheusConfig(deploy), header) },
    { path: OUTPUT_PATHS.alertmanager, content: toYaml(generateAlertmanagerConfig(ctx), header) },
    { path: OUTPUT_PATHS.grafanaDatasources, content: toYaml(grafanaDatasources(deploy), header) },
    { path: OUTPUT_PATHS.grafanaDashboards, content: toYaml(grafanaDashboardProviders(deploy), header) },
    { path: OUTPUT_PATHS.catalogue, content: generateCatalogue(ctx) },
  ];
  const dashboards = generateDashboards(ctx);
  for (const key of Object.keys(dashboards) as DashboardKey[]) {
    files.push({ path: OUTPUT_PATHS.dashboard(key), content: toJson(dashboards[key]) });
  }
  const rollups = options.rollups === undefined ? null : generateRollupRules(ctx, options.rollups);
  if (rollups !== null) files.push(...rollupFiles(ctx, rollups, options.rollups as RollupScope, header));
  if (options.prometheusOperator) {
    const all: RuleFile = { groups: [...rules.groups, ...(rollups?.groups ?? [])] };
    files.push({
      path: OUTPUT_PATHS.prometheusRule,
      content: toYaml(prometheusRuleManifest(spec, all), header),
    });
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The rollup rules and their tests (under `scope`). */
function rollupFiles(
  ctx: GenerateContext,
  rules: RuleFile,
  scope: RollupScope,
  header: string,
): GeneratedFile[] {
  const testToRules = [OUTPUT_PATHS.rollupRules, OUTPUT_PATHS.rules].map((p) =>
    posix.relative(posix.dirname(OUTPUT_PATHS.rollupRuleTests), p),
  );
  return [
    {
      path: OUTPUT_PATHS.rollupRules,
      content: toYaml(rules, `${header}\nRecording rules of --rollups ${scope} (docs/scale-out.md).`),
    },
    {
      path: OUTPUT_PATHS.rollupRuleTests,
      content: toYaml(
        generateRollupRuleTests(ctx, scope, testToRules),
        `${header}\nRun: promtool test rules ${OUTPUT_PATHS.rollupRuleTests}`,
      ),
    },
  ];
}
