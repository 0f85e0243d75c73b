/**
 * Semantic checks after the schema: one explicit list, every check pure, all issues reported together.
 */
import type { PendingIssue } from '../issues';
import type { CheckInput, SemanticCheck } from './context';
import { checkFatigue } from './fatigue';
import { checkGraph } from './graph';
import { checkDuplicateIds } from './ids';
import { checkKserveNames } from './kserve';
import { checkPlaceholders } from './placeholders';
import { checkReferences } from './references';
import { checkRules } from './rules';
import { checkThresholds } from './thresholds';
import { checkTiers } from './tiers';

export type { CheckInput } from './context';
export { REFERENCE_COMPUTABLE } from './thresholds';
export { ALLOWED_CHILD_TIERS } from './tiers';

export const SEMANTIC_CHECKS: readonly SemanticCheck[] = [
  checkDuplicateIds,
  checkReferences,
  checkTiers,
  checkGraph,
  checkThresholds,
  checkRules,
  checkFatigue,
  checkKserveNames,
  checkPlaceholders,
];

/** Runs every semantic check and returns all their issues. */
export function runSemanticChecks(input: CheckInput): PendingIssue[] {
  return SEMANTIC_CHECKS.flatMap((check) => check(input));
}
