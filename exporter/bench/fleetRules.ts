/** The rule files of `npm run bench:fleet`: `mlhealth generate --rollups prometheus|all` for its spec. */
import { writeFileSync } from 'node:fs';
import { buildContext } from '../src/generate/context';
import { generateRollupRules } from '../src/generate/rollups';
import { toYaml } from '../src/generate/yaml';
import type { Spec } from '../src/spec';
import type { RollupScope } from '../src/spec/placement';

/** Writes the recording rules of `rollups` for `spec` to `path`; returns `path`. */
export function writeFleetRuleFile(spec: Spec, rollups: RollupScope, path: string): string {
  writeFileSync(path, toYaml(generateRollupRules(buildContext(spec), rollups)));
  return path;
}
