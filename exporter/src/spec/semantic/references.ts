/**
 * Dangling references: a node's model, escalation, children, signal source and features, an exposure's
 * source, a policy's team and receivers, a scenario's nodes, sources, models and features.
 */
import { didYouMean } from '../closest';
import { SIGNAL_KIND_INFO } from '../signalKinds';
import type { ModelSpec, NodeSpec, ScenarioChange, SignalSpec, Spec } from '../types';
import { IssueList, isKnownNode, nodesById, type CheckInput } from './context';

export function checkReferences(input: CheckInput): IssueList['issues'] {
  const list = new IssueList(input);
  const { spec } = input;
  const known: Known = {
    nodes: nodesById(input),
    models: new Map(spec.models.map((m) => [m.id, m])),
    sourceIds: spec.sources.map((s) => s.id),
    policyIds: spec.escalation_policies.map((p) => p.id),
    isNode: (id) => isKnownNode(input, id),
  };
  spec.nodes.forEach((node, n) => checkNode(node, n, known, list));
  checkPolicies(spec, list);
  checkPlatform(spec, list);
  spec.scenarios.forEach((scenario, s) =>
    scenario.changes.forEach((change, c) => checkChange(change, s, c, known, list)),
  );
  return list.issues;
}

function checkNode(node: NodeSpec, n: number, known: Known, list: IssueList): void {
  const here = (...rest: Array<string | number>): Array<string | number> => list.at('nodes', n, ...rest);
  const model = node.model === undefined ? undefined : known.models.get(node.model);
  if (node.model !== undefined && model === undefined) {
    list.dangling(here('model'), 'models', node.model, 'model', known.models.keys());
  }
  if (node.escalation !== undefined && !known.policyIds.includes(node.escalation)) {
    list.dangling(
      here('escalation'),
      'escalation_policies',
      node.escalation,
      'escalation policy',
      known.policyIds,
    );
  }
  (node.children ?? []).forEach((child, c) => {
    if (!known.isNode(child.node))
      list.dangling(here('children', c), 'nodes', child.node, 'node', known.nodes.keys());
  });
  const exposure = node.impact?.exposure;
  if (exposure !== undefined && 'source' in exposure && !known.sourceIds.includes(exposure.source)) {
    list.dangling(
      here('impact', 'exposure', 'source'),
      'sources',
      exposure.source,
      'source',
      known.sourceIds,
    );
  }
  if (node.signal !== undefined) checkSignal(node, n, node.signal, model, known.sourceIds, list);
}

function checkSignal(
  node: NodeSpec,
  n: number,
  signal: SignalSpec,
  model: ModelSpec | undefined,
  sourceIds: string[],
  list: IssueList,
): void {
  if (signal.kind === 'promql') {
    if (!sourceIds.includes(signal.source)) {
      list.dangling(list.at('nodes', n, 'signal', 'source'), 'sources', signal.source, 'source', sourceIds);
    }
    return;
  }
  if (SIGNAL_KIND_INFO[signal.kind].needsModel && node.model === undefined) {
    list.error(
      list.at('nodes', n, 'signal'),
      `a ${signal.kind} signal is computed from a model's events: set 'model' on the node`,
    );
  }
  if (model === undefined) return;
  const declared = model.features.map((f) => f.name);
  const unknownFeature = (feature: string, ...path: Array<string | number>): void => {
    if (!declared.includes(feature)) {
      list.error(
        list.at('nodes', n, 'signal', ...path),
        `model '${model.id}' declares no feature '${feature}'${didYouMean(feature, declared)} (features: ${declared.join(', ')})`,
      );
    }
  };
  if ('feature' in signal && signal.feature !== undefined) unknownFeature(signal.feature, 'feature');
  if ('features' in signal && signal.features !== undefined) {
    signal.features.forEach((f, i) => unknownFeature(f, 'features', i));
  }
}

/** The platform owner's policy exists and has a critical level (the exporter's own alerts are critical). */
function checkPlatform(spec: Spec, list: IssueList): void {
  const platform = spec.platform;
  if (platform === undefined) return;
  const policy = spec.escalation_policies.find((p) => p.id === platform.escalation);
  if (policy === undefined) {
    const ids = spec.escalation_policies.map((p) => p.id);
    list.dangling(
      ['platform', 'escalation'],
      'escalation_policies',
      platform.escalation,
      'escalation policy',
      ids,
    );
  } else if (!policy.levels.some((l) => l.severity === 'critical')) {
    list.error(
      ['platform', 'escalation'],
      `escalation policy '${policy.id}' has no critical level: the exporter's own alerts are critical, so they would reach no one`,
    );
  }
}

function checkPolicies(spec: Spec, list: IssueList): void {
  const teams = new Map(spec.teams.map((t) => [t.id, t]));
  spec.escalation_policies.forEach((policy, p) => {
    const team = teams.get(policy.team);
    if (team === undefined) {
      list.dangling(list.at('escalation_policies', p, 'team'), 'teams', policy.team, 'team', teams.keys());
      return;
    }
    const receivers = team.receivers.map((r) => r.name);
    policy.levels.forEach((level, l) => {
      if (!receivers.includes(level.receiver)) {
        list.error(
          list.at('escalation_policies', p, 'levels', l, 'receiver'),
          `team '${team.id}' has no receiver '${level.receiver}' (receivers: ${receivers.join(', ')})`,
        );
      }
      if (level.business_hours_only === true && team.business_hours === undefined) {
        list.error(
          list.at('escalation_policies', p, 'levels', l, 'business_hours_only'),
          `team '${team.id}' declares no business_hours`,
        );
      }
    });
  });
}

interface Known {
  nodes: Map<string, NodeSpec>;
  isNode: (id: string) => boolean;
  policyIds: string[];
  models: Map<string, ModelSpec>;
  sourceIds: string[];
}

function checkChange(change: ScenarioChange, s: number, c: number, known: Known, list: IssueList): void {
  const path = (...rest: string[]): Array<string | number> => list.at('scenarios', s, 'changes', c, ...rest);
  const nodeRef = (id: string, ...rest: string[]): NodeSpec | undefined => {
    const node = known.nodes.get(id);
    if (node === undefined && !known.isNode(id))
      list.dangling(path(...rest), 'nodes', id, 'node', known.nodes.keys());
    return node;
  };
  const modelRef = (id: string, ...rest: string[]): ModelSpec | undefined => {
    const model = known.models.get(id);
    if (model === undefined) list.dangling(path(...rest), 'models', id, 'model', known.models.keys());
    return model;
  };
  if ('node' in change) {
    const node = nodeRef(change.node, 'node');
    if (node !== undefined && 'value' in change && node.tier !== 'base') {
      list.error(
        path('value'),
        `'value' sets a base node's raw value; '${node.id}' is a ${node.tier} node (use score or status)`,
      );
    }
  } else if ('fail_source' in change) {
    if (!known.sourceIds.includes(change.fail_source)) {
      list.dangling(path('fail_source'), 'sources', change.fail_source, 'source', known.sourceIds);
    }
  } else if ('fail_feature' in change) {
    const model = modelRef(change.fail_feature.model, 'fail_feature', 'model');
    if (model !== undefined && !model.features.some((f) => f.name === change.fail_feature.feature)) {
      list.error(
        path('fail_feature', 'feature'),
        `model '${model.id}' declares no feature '${change.fail_feature.feature}'`,
      );
    }
  } else if ('age_model' in change) {
    modelRef(change.age_model.model, 'age_model', 'model');
  } else {
    checkExposureChange(change, known, path, list);
  }
}

function checkExposureChange(
  change: Extract<ScenarioChange, { scale_exposure: unknown } | { set_exposure: unknown }>,
  known: Known,
  path: (...rest: string[]) => Array<string | number>,
  list: IssueList,
): void {
  const key = 'scale_exposure' in change ? 'scale_exposure' : 'set_exposure';
  const target = 'scale_exposure' in change ? change.scale_exposure.node : change.set_exposure.node;
  if (target === undefined) return;
  const node = known.nodes.get(target);
  if (node === undefined) {
    if (!known.isNode(target)) list.dangling(path(key, 'node'), 'nodes', target, 'node', known.nodes.keys());
  } else if (node.impact === undefined) {
    list.error(path(key, 'node'), `node '${node.id}' has no impact model`);
  }
}
