/**
 * A node's `thresholds` as written → `ThresholdSpec`: duration strings to seconds (nodes in seconds
 * only), the direction from the signal kind when not given, parents defaulting to the spec's score
 * thresholds, derivation defaults filled, and kind defaults for nodes that declare only a derivation.
 */
import { seconds, unixSeconds, type IssueSink } from './convertValues';
import type { PathSegment } from './issues';
import type { RawNode, RawThresholds } from './raw';
import { declaredDriftMethod, defaultThresholds, signalDirection } from './signalRules';
import type {
  ModelSpec,
  NodeSpec,
  SignalSpec,
  SpecDefaults,
  ThresholdDeriveSpec,
  ThresholdSpec,
} from './types';

/** Tag of the issue "derive-only thresholds without kind defaults": `mlhealth calibrate` tolerates it. */
export const UNCALIBRATED_CODE = 'uncalibrated_without_defaults';

/** The thresholds of `node` (already converted apart from them); undefined for a base node without any (reported). */
export function convertThresholds(
  raw: RawNode,
  node: NodeSpec,
  ctx: { model: ModelSpec | undefined; defaults: SpecDefaults },
  path: PathSegment[],
  sink: IssueSink,
): ThresholdSpec | undefined {
  const numeric =
    raw.thresholds === undefined ? undefined : numericThresholds(raw.thresholds, node.unit, path, sink);
  return node.tier === 'base'
    ? baseThresholds(numeric, node.signal, ctx.model, path, sink)
    : parentThresholds(numeric, ctx.defaults, path, sink);
}

function fillDerive(raw: NonNullable<RawThresholds['derive']>): ThresholdDeriveSpec {
  if (raw.method === 'reference_chunks') {
    const k = raw.k ?? 3;
    return { method: 'reference_chunks', k, critical_k: raw.critical_k ?? k + 2, chunks: raw.chunks ?? 10 };
  }
  return {
    method: 'history_quantile',
    quantile: raw.quantile ?? 0.99,
    critical_quantile: raw.critical_quantile ?? 0.999,
  };
}

type NumericThresholds = Omit<RawThresholds, 'warning' | 'critical' | 'baseline'> & {
  warning?: number;
  critical?: number;
  baseline?: number;
};

/** Duration strings (`90d`) → seconds; only nodes whose unit is seconds may use them. */
function numericThresholds(
  t: RawThresholds,
  unit: NodeSpec['unit'],
  path: PathSegment[],
  sink: IssueSink,
): NumericThresholds {
  const out: NumericThresholds = { ...t } as NumericThresholds;
  for (const level of ['warning', 'critical', 'baseline'] as const) {
    const value = t[level];
    if (typeof value !== 'string') continue;
    if (unit !== 'seconds')
      sink(
        [...path, level],
        `'${value}' is a duration, but this node is measured in ${unit ?? 'no unit'}, not seconds`,
      );
    out[level] = seconds(value, [...path, level], sink);
  }
  return out;
}

function baseThresholds(
  t: NumericThresholds | undefined,
  signal: SignalSpec | undefined,
  model: ModelSpec | undefined,
  path: PathSegment[],
  sink: IssueSink,
): ThresholdSpec | undefined {
  if (t === undefined) {
    sink(path.slice(0, -1), "a base node needs 'thresholds': warning and critical, or a derive rule");
    return undefined;
  }
  const direction = t.direction ?? (signal === undefined ? 'higher_is_worse' : signalDirection(signal));
  if (direction === undefined) {
    sink(
      path,
      `missing 'direction': a ${signal?.kind} signal has no natural direction; say higher_is_worse or lower_is_worse`,
    );
  }
  const feature =
    signal !== undefined && 'feature' in signal
      ? model?.features.find((f) => f.name === signal.feature)
      : undefined;
  const fallback =
    signal === undefined ? undefined : defaultThresholds(signal, declaredDriftMethod(signal, feature));
  // Without a direction the spec is already invalid; take the one the numbers imply, so that their order
  // is not reported as a second error.
  const placeholder =
    t.warning !== undefined && t.critical !== undefined && t.warning > t.critical
      ? 'lower_is_worse'
      : 'higher_is_worse';
  return completeThresholds(t, direction ?? placeholder, fallback, signal?.kind ?? 'base', path, sink);
}

function parentThresholds(
  t: NumericThresholds | undefined,
  defaults: SpecDefaults,
  path: PathSegment[],
  sink: IssueSink,
): ThresholdSpec {
  const fallback: [number, number] = [defaults.score_thresholds.warning, defaults.score_thresholds.critical];
  if (t === undefined) return { warning: fallback[0], critical: fallback[1], direction: 'lower_is_worse' };
  return completeThresholds(t, t.direction ?? 'lower_is_worse', fallback, 'score', path, sink);
}

function completeThresholds(
  t: NumericThresholds,
  direction: ThresholdSpec['direction'],
  fallback: [number, number] | undefined,
  what: string,
  path: PathSegment[],
  sink: IssueSink,
): ThresholdSpec {
  const out: ThresholdSpec = { warning: Number.NaN, critical: Number.NaN, direction };
  if (t.warning !== undefined && t.critical !== undefined) {
    out.warning = t.warning;
    out.critical = t.critical;
  } else if (t.warning !== undefined || t.critical !== undefined) {
    sink(
      path,
      `give both warning and critical (only ${t.warning !== undefined ? 'warning' : 'critical'} is set)`,
    );
  } else if (t.derive === undefined) {
    sink(path, 'needs warning and critical, or a derive rule');
  } else if (fallback !== undefined) {
    [out.warning, out.critical] = fallback;
  } else {
    sink(
      path,
      `derive without warning and critical: ${what} signals have no default thresholds, so declare initial warning and critical (used until calibration) or run 'mlhealth calibrate' first`,
      UNCALIBRATED_CODE,
    );
  }
  if (t.baseline !== undefined) out.baseline = t.baseline;
  if (t.derive !== undefined) out.derive = fillDerive(t.derive);
  if (t.derived !== undefined) {
    const { at, ...rest } = t.derived;
    out.derived = { ...rest, at: unixSeconds(at, [...path, 'derived', 'at'], sink) };
  }
  return out;
}
