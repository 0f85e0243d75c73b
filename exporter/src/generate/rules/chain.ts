/**
 * The cause chain of a parent's alert, as a Prometheus template: from the node down to a base signal,
 * following at each level the child with the largest `mlhealth_node_contribution`, naming each step by
 * its title and share of the deficit, and the base signal by its statistic, value and the threshold it
 * crossed:
 *
 *   cause: Fraud · drift (80% of the deficit) → Fraud · amount drift (100% of the deficit): PSI 2.83 ≥ 0.25 (critical)
 *
 * The comparison reads `≥` when the value is at or above the threshold of the child's level (higher is
 * worse), `≤` otherwise; the level is the child's status (2 critical, else warning). Values are formatted
 * by the unit of `mlhealth_node_info` (seconds as durations, ratios as percentages, else 4 significant
 * digits). Every query is scoped to the alert's `environment` (the one label a node's series share whether
 * one exporter serves them, several shards do, or the rollup rules record them: docs/rollup-rules.md).
 * The template nests one level per DAG level below the node (its height), so its size grows with depth,
 * not with the number of children.
 */
import { METRICS } from '../../metrics/names';

/** A query of one series selected with `printf` arguments, `then` on a non-empty answer, `otherwise` else. */
function withQuery(selector: string, args: string, then: string, otherwise = ''): string {
  const tail = otherwise === '' ? '' : `{{ else }}${otherwise}`;
  return `{{ with printf \`${selector}\` ${args} $labels.environment | query }}${then}${tail}{{ end }}`;
}

/** `variable` formatted for the unit held in `unitVar`. */
function formatted(variable: string, unitVar: string): string {
  return (
    `{{ if eq ${unitVar} "seconds" }}{{ ${variable} | humanizeDuration }}` +
    `{{ else if eq ${unitVar} "ratio" }}{{ ${variable} | humanizePercentage }}` +
    `{{ else }}{{ printf "%.4g" ${variable} }}{{ end }}`
  );
}

/** The statistic, value, comparison and threshold of base child `$cK`. */
function baseValue(k: number): string {
  const c = `$c${k}`;
  const [lvl, v, t, u] = [`$lvl${k}`, `$v${k}`, `$t${k}`, `$u${k}`];
  const status = withQuery(
    `${METRICS.nodeStatus.name}{node="%s",environment="%s"}`,
    c,
    `{{ if eq (. | first | value) 2.0 }}{{ ${lvl} = "critical" }}{{ end }}`,
  );
  const threshold = withQuery(
    `${METRICS.nodeThreshold.name}{node="%s",level="%s",environment="%s"}`,
    `${c} ${lvl}`,
    `{{ ${t} := . | first | value }}{{ if ge ${v} ${t} }} ≥ {{ else }} ≤ {{ end }}${formatted(t, u)} ({{ ${lvl} }})`,
  );
  const value = withQuery(
    `${METRICS.nodeValue.name}{node="%s",environment="%s"}`,
    c,
    `{{ ${v} := . | first | value }}${formatted(v, u)}${threshold}`,
    'n/a',
  );
  return `{{ ${lvl} := "warning" }}${status}${value}`;
}

/** Step K: the child's title and share; for a base child, what it measures and where it stands. */
function step(k: number): string {
  const [c, s, u] = [`$c${k}`, `$s${k}`, `$u${k}`];
  const share = ` ({{ ${s} | humanizePercentage }} of the deficit)`;
  const described =
    `{{ with first . }}{{ .Labels.title }}${share}{{ ${u} := .Labels.unit }}` +
    `{{ if eq .Labels.tier "base" }}: {{ .Labels.statistic }} ${baseValue(k)}{{ end }}{{ end }}`;
  return withQuery(
    `${METRICS.nodeInfo.name}{node="%s",environment="%s"}`,
    c,
    described,
    `{{ ${c} }}${share}`,
  );
}

/** Level K of the chain below `parent` (a template expression), with the levels under it. */
function level(parent: string, k: number, height: number): string {
  const next = k < height ? level(`$c${k}`, k + 1, height) : '';
  const body =
    `{{ with first . }}{{ $c${k} := .Labels.child }}{{ $s${k} := .Value }}` +
    `${k === 1 ? 'cause: ' : ' → '}${step(k)}${next}{{ end }}`;
  return withQuery(
    `topk(1, ${METRICS.nodeContribution.name}{parent="%s",environment="%s"})`,
    parent,
    body,
    k === 1 ? 'no contribution reported' : '',
  );
}

/**
 * The cause-chain template of parent `node`, `height` levels deep (the longest path to a base node).
 *
 * @throws Error when `height` is not a positive integer (a base node has no chain).
 * @example causeChainTemplate('fraud.drift', 1).startsWith('{{ with printf `topk(1, mlhealth_node_contribution') // true
 */
export function causeChainTemplate(node: string, height: number): string {
  if (!Number.isInteger(height) || height < 1) {
    throw new Error(`causeChainTemplate: height of '${node}' must be a positive integer, got ${height}`);
  }
  return level(JSON.stringify(node), 1, height);
}
