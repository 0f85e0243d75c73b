/**
 * `ModelMonitor`: one per model. Ingests accepted prediction events, late labels and governance facts
 * into a window bounded by the spec, and evaluates every base node of the model at a given `now`.
 * Nothing here reads a clock or does I/O; the server calls it and the store persists `toJSON()`.
 */
import type { LabelRecord, PredictionEvent } from './events';
import type { Spec } from '../spec/types';
import { evaluateModel } from './evaluateModel';
import type { MonitorCore } from './monitorCore';
import { buildRules, createCore, latencyTotalsIndex } from './monitorCore';
import { restoreCore, serializeCore } from './monitorState';
import type { MonitorState } from './monitorState';
import { recordEvent } from './recordEvent';
import type { ReferenceProfile } from './reference';
import { buildReferenceProfile } from './reference';
import { DEFAULT_MONITOR_OPTIONS } from './types';
import type { IngestSummary, LabelSummary, ModelEvaluation, MonitorConfig, MonitorOptions } from './types';
import { buildLayout } from './layout';
import { BucketRing } from './bucketRing';
import { WindowBucket } from './windowBucket';
import { LabelBucket } from './labels';

export interface MonitorInit {
  /** Unix seconds: when the monitor starts (the window starts filling now). */
  now: number;
  reference?: ReferenceProfile | null;
  options?: Partial<MonitorOptions>;
}

/**
 * The monitor configuration of one model of a spec: the model, its non-promql base nodes, the defaults.
 * Throws when the spec has no model `modelId`.
 */
export function monitorConfigFromSpec(spec: Spec, modelId: string): MonitorConfig {
  const model = spec.models.find((m) => m.id === modelId);
  if (!model) throw new Error(`monitorConfigFromSpec: spec has no model ${JSON.stringify(modelId)}`);
  const nodes = spec.nodes.filter(
    (n) => n.tier === 'base' && n.model === modelId && n.signal && n.signal.kind !== 'promql',
  );
  return { model, nodes, defaults: spec.defaults };
}

export class ModelMonitor {
  private readonly core: MonitorCore;

  constructor(config: MonitorConfig, init: MonitorInit, core?: MonitorCore) {
    const options = { ...DEFAULT_MONITOR_OPTIONS, ...init.options };
    this.core = core ?? createCore(config, options, init.reference ?? null, init.now);
  }

  get modelId(): string {
    return this.core.config.model.id;
  }

  get reference(): ReferenceProfile | null {
    return this.core.reference;
  }

  /**
   * Adds an accepted batch. An event's time is its timestamp (clamped to `now` when in the future) or
   * `now`; events older than the window count in the totals but not in the window. O(events × features).
   */
  ingest(events: readonly PredictionEvent[], now: number): IngestSummary {
    const core = this.core;
    this.finalizePinnedReference(now);
    let outsideWindow = 0;
    for (const event of events) {
      const at = Math.min(event.timestamp ?? now, now);
      core.pinned?.offer(event, at);
      const ring = core.ring;
      const index = ring.indexFor(at);
      const bucket =
        ring.mode === 'duration' && index <= ring.currentIndex(now) - ring.size ? null : ring.bucketAt(index);
      if (ring.mode === 'count') ring.sequence++;
      if (bucket === null) outsideWindow++;
      recordEvent(bucket, core.layout, core.rules, event, at);
      this.countTotals(event, at);
    }
    return { accepted: events.length, outsideWindow };
  }

  private countTotals(event: PredictionEvent, at: number): void {
    const { totals, pending } = this.core;
    totals.events++;
    if (event.error !== null) totals.errors++;
    if (event.latencySeconds !== null) {
      totals.latencyCounts[latencyTotalsIndex(event.latencySeconds)]++;
      totals.latencySum += event.latencySeconds;
      totals.latencyCount++;
    }
    this.core.lastEventAt = Math.max(this.core.lastEventAt ?? at, at);
    if (event.id !== null && event.prediction !== null) pending.remember(event.id, event.prediction, at);
  }

  /** Joins late labels to remembered predictions by id; each prediction takes one label. */
  ingestLabels(labels: readonly LabelRecord[], now: number): LabelSummary {
    const core = this.core;
    let joined = 0;
    for (const label of labels) {
      const found = core.pending.take(label.id);
      if (found === undefined) continue;
      const ring = core.labelRing;
      const bucket = ring.bucketAt(ring.indexFor(now));
      if (ring.mode === 'count') ring.sequence++;
      bucket?.add(label.label, found.prediction, core.layout.positiveClass, now);
      joined++;
    }
    core.totals.labelsJoined += joined;
    core.totals.labelsUnmatched += labels.length - joined;
    return { joined, unmatched: labels.length - joined };
  }

  /** Records `count` policy-violation events (a governance fact) at `now`. */
  recordPolicyViolation(now: number, count = 1): void {
    if (!(count >= 0)) throw new Error(`ModelMonitor.recordPolicyViolation: count ${count}, expected ≥ 0`);
    const ring = this.core.ring;
    const bucket = ring.bucketAt(ring.currentIndex(now));
    if (bucket) bucket.policyViolations += count;
    this.core.totals.policyViolations += count;
  }

  /**
   * Replaces the reference. The window's sketches are binned on the reference, so the window restarts
   * empty at `now`; totals, labels waiting for a join and anomaly history are kept.
   */
  setReference(reference: ReferenceProfile, now: number): void {
    const core = this.core;
    if (reference.model !== core.config.model.id) {
      throw new Error(
        `ModelMonitor.setReference: profile is for model ${reference.model}, expected ${core.config.model.id}`,
      );
    }
    const { model, nodes, defaults } = core.config;
    const layout = buildLayout(
      model,
      nodes,
      defaults,
      reference,
      core.options.fineBins,
      core.options.windowBuckets,
    );
    core.reference = reference;
    core.layout = layout;
    core.ring = new BucketRing(model.window, core.options.windowBuckets, () => new WindowBucket(layout));
    core.labelRing = new BucketRing(model.window, core.options.windowBuckets, () => new LabelBucket());
    core.rules = buildRules(model, reference, core.options, core.rules.violationTotals);
    core.windowStartedAt = now;
    core.pinned = null;
  }

  /** Governance facts from an API call: the serving version and when it was trained. */
  setModelFacts(facts: { version?: string; trainedAt?: number | null }): void {
    if (facts.version !== undefined) this.core.version = facts.version;
    if (facts.trainedAt !== undefined) this.core.trainedAt = facts.trainedAt;
  }

  /** Categories tracked for a feature so far (for ingest's category limit); empty for numeric features. */
  trackedCategories(feature: string): ReadonlySet<string> {
    const i = this.core.config.model.features.findIndex((f) => f.name === feature);
    return i < 0 ? new Set() : this.core.rules.tracker.categories(i);
  }

  /** Every non-promql base node of the model at `now`, with anomaly scores and detail statistics. */
  evaluate(now: number): ModelEvaluation {
    this.finalizePinnedReference(now);
    return evaluateModel(this.core, now);
  }

  /** The whole state as JSON-safe data (the reference is persisted separately). */
  toJSON(): MonitorState {
    return serializeCore(this.core);
  }

  /** A monitor from `toJSON()` output; features are matched by name, so spec edits keep what still fits. */
  static fromJSON(config: MonitorConfig, state: MonitorState, init: MonitorInit): ModelMonitor {
    const options = { ...DEFAULT_MONITOR_OPTIONS, ...init.options };
    const core = createCore(config, options, init.reference ?? null, init.now);
    restoreCore(core, state);
    return new ModelMonitor(config, init, core);
  }

  private finalizePinnedReference(now: number): void {
    const pinned = this.core.pinned;
    if (pinned === null || now <= pinned.end || pinned.rows.length === 0) return;
    const profile = buildReferenceProfile(this.core.config.model, pinned.rows, pinned.end, {
      ...this.core.options,
      rowSample: this.core.layout.reservoir,
    });
    this.setReference(profile, now);
  }
}
