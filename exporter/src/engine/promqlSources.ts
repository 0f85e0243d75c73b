/**
 * The engine's view of the spec's PromQL sources, over the source layer's `SourceManager`: due queries
 * are polled from the engine's tick (one scheduler for everything), and evaluations read the last
 * answers: observations of `promql` base nodes (with their anomaly scores), exposures read from a
 * series, and each source's up flag. A failing source only ever makes its nodes unknown.
 */
import type { BaseObservation } from '../cascade/types';
import { AnomalyHistory, evaluateBaseNodes } from '../signals';
import type { SourceManager } from '../sources';
import type { Spec } from '../spec/types';
import type { SourcesPort } from './ports';

export class PromqlSources implements SourcesPort {
  private readonly history: AnomalyHistory;
  private readonly promqlNodes: ReadonlySet<string>;
  private anomalies = new Map<string, number | null>();

  constructor(
    private readonly spec: Spec,
    private readonly manager: SourceManager,
  ) {
    this.history = new AnomalyHistory(60, spec.defaults.evaluation_interval);
    this.promqlNodes = new Set(spec.nodes.filter((n) => n.signal?.kind === 'promql').map((n) => n.id));
  }

  /** Starts the queries that are due; never rejects (a failed query marks its source down). */
  refresh(): Promise<void> {
    return this.manager.pollDue().catch(() => undefined);
  }

  observations(now: number): ReadonlyMap<string, BaseObservation> {
    const evaluation = evaluateBaseNodes(this.spec, new Map(), this.manager, now, this.history);
    const out = new Map<string, BaseObservation>();
    const anomalies = new Map<string, number | null>();
    for (const [node, observation] of evaluation.observations) {
      if (!this.promqlNodes.has(node)) continue;
      out.set(node, observation);
      anomalies.set(node, evaluation.anomalyScores.get(node) ?? null);
    }
    this.anomalies = anomalies;
    return out;
  }

  anomalyScores(): ReadonlyMap<string, number | null> {
    return this.anomalies;
  }

  exposures(): ReadonlyMap<string, number | null> {
    return this.manager.exposures();
  }

  up(): ReadonlyMap<string, boolean> {
    return new Map(this.manager.sourceStatus().map((s) => [s.source, s.up]));
  }

  close(): void {
    this.manager.stop();
  }
}
