/**
 * Rules that tie one part of a node or model to another: objectives only on latency and error-ratio
 * nodes, decay and retraining triggers need a model, impact losses must not reward a worse score,
 * features are consistent with their type, and secrets have exactly one origin.
 */
import type { LossSpec, NodeSpec, SignalSpec, Spec } from '../types';
import { IssueList, type CheckInput } from './context';
import { labelValueProblem } from '../labelSafety';

export function checkRules(input: CheckInput): IssueList['issues'] {
  const list = new IssueList(input);
  const { spec } = input;
  const models = new Map(spec.models.map((m) => [m.id, m]));
  spec.nodes.forEach((node, n) => {
    const here = (...rest: Array<string | number>) => list.at('nodes', n, ...rest);
    checkObjective(node, here, list);
    // Titles and owners become label values of mlhealth_node_info and alert text: refuse line feeds,
    // other control characters and bidirectional overrides, like feature names.
    for (const key of ['title', 'owner'] as const) {
      const value = node[key];
      const problem = value === undefined ? null : labelValueProblem(value);
      if (problem !== null) list.error(here(key), `the ${key} ${problem}`);
    }
    const model = node.model === undefined ? undefined : models.get(node.model);
    if (node.decay !== undefined && node.decay.of !== 'data') {
      if (node.model === undefined)
        list.error(here('decay', 'of'), `decay of the ${node.decay.of} needs 'model' on the node`);
      else if (node.decay.of === 'model' && model !== undefined && model.trained_at === undefined) {
        list.warning(
          here('decay', 'of'),
          `model '${model.id}' has no trained_at; its age is unknown until the governance API sets it`,
        );
      } else if (node.decay.of === 'reference' && model !== undefined && model.reference === undefined) {
        list.error(here('decay', 'of'), `model '${model.id}' has no reference to age`);
      }
    }
    if (node.retrain_trigger !== undefined && node.model === undefined) {
      list.error(
        here('retrain_trigger'),
        "a retraining trigger sets mlhealth_retrain_recommended{model}: set 'model' on the node",
      );
    }
    if (node.impact !== undefined)
      checkLoss(node.impact.loss, (...rest) => here('impact', 'loss', ...rest), list);
    if (node.signal !== undefined && model !== undefined) checkTask(node.signal, model.task, here, list);
  });
  checkModels(spec, list);
  checkSecrets(spec, list);
  return list.issues;
}

type PathFn = (...rest: Array<string | number>) => Array<string | number>;

function checkObjective(node: NodeSpec, here: PathFn, list: IssueList): void {
  if (node.objective === undefined || node.tier !== 'base') return;
  const kind = node.signal?.kind;
  if (kind !== 'latency' && kind !== 'error_ratio') {
    list.error(
      here('objective'),
      `objectives apply to latency and error_ratio nodes, not ${kind ?? 'this node'}`,
    );
  } else if (kind === 'latency' && node.objective.latency_below === undefined) {
    list.error(
      here('objective'),
      "a latency objective needs 'latency_below' (seconds: what counts as a good event)",
    );
  } else if (kind === 'error_ratio' && node.objective.latency_below !== undefined) {
    list.error(here('objective', 'latency_below'), 'latency_below applies to latency objectives only');
  }
}

/** Loss may only grow as the score falls: a worse score never costs less. */
function checkLoss(loss: LossSpec, here: PathFn, list: IssueList): void {
  if (loss.kind === 'step') {
    loss.steps.forEach((step, i) => {
      const prev = loss.steps[i - 1];
      if (prev === undefined) return;
      if (!(step.below > prev.below))
        list.error(
          here('steps', i, 'below'),
          `steps must be sorted by 'below' ascending (${step.below} after ${prev.below})`,
        );
      else if (step.loss > prev.loss) {
        list.error(
          here('steps', i, 'loss'),
          `loss ${step.loss} above ${prev.loss} for a better score: a worse score must never cost less`,
        );
      }
    });
  } else if (loss.kind === 'piecewise') {
    loss.points.forEach(([score, value], i) => {
      const prev = loss.points[i - 1];
      if (prev === undefined) return;
      if (!(score > prev[0]))
        list.error(here('points', i), `points must be sorted by score ascending (${score} after ${prev[0]})`);
      else if (value > prev[1])
        list.error(
          here('points', i),
          `loss ${value} at score ${score} is above ${prev[1]} at the worse score ${prev[0]}`,
        );
    });
  }
}

function checkTask(
  signal: SignalSpec,
  task: 'classification' | 'regression',
  here: PathFn,
  list: IssueList,
): void {
  const regressionMetric =
    signal.kind === 'realized_performance' && (signal.metric === 'mae' || signal.metric === 'rmse');
  if (
    task === 'regression' &&
    (signal.kind === 'estimated_performance' || (signal.kind === 'realized_performance' && !regressionMetric))
  ) {
    list.error(
      here('signal', 'metric'),
      `${signal.metric} is a classification metric; the model is a regression model (use mae or rmse)`,
    );
  }
  if (task === 'classification' && regressionMetric) {
    list.error(
      here('signal', 'metric'),
      `${signal.kind === 'realized_performance' ? signal.metric : ''} is a regression metric; the model is a classifier`,
    );
  }
}

function checkModels(spec: Spec, list: IssueList): void {
  spec.models.forEach((model, m) => {
    const window =
      model.reference !== undefined && 'window' in model.reference ? model.reference.window : undefined;
    if (window !== undefined && !(window.start < window.end)) {
      list.error(
        list.at('models', m, 'reference', 'window', 'end'),
        'the reference window must end after it starts',
      );
    }
    // Feature names and the version become Prometheus label values: refuse what would not survive that.
    const versionProblem = labelValueProblem(model.version);
    if (versionProblem !== null) list.error(list.at('models', m, 'version'), `the version ${versionProblem}`);
    model.features.forEach((f, i) => {
      const here = (...rest: string[]) => list.at('models', m, 'features', i, ...rest);
      const nameProblem = labelValueProblem(f.name);
      if (nameProblem !== null) list.error(here('name'), `the feature name ${nameProblem}`);
      if (f.type === 'numeric' && f.categories !== undefined)
        list.error(here('categories'), 'a numeric feature has a range, not categories');
      if (f.type !== 'numeric' && f.range !== undefined)
        list.error(here('range'), `a ${f.type} feature has categories, not a range`);
      if (f.range !== undefined && !(f.range[0] <= f.range[1]))
        list.error(here('range'), `range [${f.range.join(', ')}] must be [min, max]`);
      if (f.type === 'binary' && f.categories !== undefined && f.categories.length !== 2) {
        list.error(
          here('categories'),
          `a binary feature has exactly 2 categories (found ${f.categories.length})`,
        );
      }
    });
  });
}

function checkSecrets(spec: Spec, list: IssueList): void {
  spec.sources.forEach((source, s) => {
    const auth = source.auth;
    if (auth === undefined) return;
    const here = (...rest: string[]) => list.at('sources', s, 'auth', ...rest);
    if (auth.bearer_token_file !== undefined && auth.bearer_token_env !== undefined) {
      list.error(here(), 'give bearer_token_file or bearer_token_env, not both');
    }
    const bearer = auth.bearer_token_file !== undefined || auth.bearer_token_env !== undefined;
    if (bearer && auth.basic_auth !== undefined)
      list.error(here(), 'give a bearer token or basic_auth, not both');
    const basic = auth.basic_auth;
    if (basic !== undefined && (basic.password_file === undefined) === (basic.password_env === undefined)) {
      list.error(here('basic_auth'), 'give exactly one of password_file and password_env');
    }
  });
  spec.teams.forEach((team, t) =>
    team.receivers.forEach((r, i) => {
      if (r.type === 'webhook' && (r.url === undefined) === (r.url_file === undefined)) {
        list.error(
          list.at('teams', t, 'receivers', i),
          'a webhook receiver needs exactly one of url and url_file',
        );
      }
    }),
  );
}
