/**
 * The central Prometheus's rule files for the scale-out test: the recording rules that
 * `mlhealth generate --rollups prometheus` writes for the nodes spanning models, with the evaluation
 * interval shortened to the test's second, and the generated alerting rules (which read shard and
 * recorded series alike).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildContext } from '../../../src/generate/context';
import { generateRollupRules } from '../../../src/generate/rollups';
import { generateRules } from '../../../src/generate/rules';
import { toYaml } from '../../../src/generate/yaml';
import type { Spec } from '../../../src/spec';

/** Writes the rule file into `dir`; returns its path (a list, as `rule_files` takes). */
export function writeFleetRules(spec: Spec, dir: string, intervalSeconds = 1): string[] {
  const file = generateRollupRules(buildContext(spec), 'prometheus');
  const groups = file.groups.map((g) => ({ ...g, interval: `${intervalSeconds}s` }));
  const path = join(dir, 'mlhealth.rollup.rules.yml');
  writeFileSync(path, toYaml({ groups }));
  const alerts = join(dir, 'mlhealth.rules.yml');
  writeFileSync(alerts, toYaml(generateRules(buildContext(spec))));
  return [path, alerts];
}
