/**
 * The runtime that ties the spec, the model monitors, the PromQL sources and the cascade together on a
 * schedule. Heavy statistics run here, on each model's `evaluation_interval` (aligned to the clock, so
 * models with the same interval evaluate together); `/metrics` and the JSON API only read the result.
 *
 * The engine holds no timer: `tick(now)` is called by the scheduler in `main.ts` (every second) or by a
 * test driving the clock directly.
 */
import type { CascadeInputs, CascadeSnapshot } from '../cascade/types';
import type { ModelDetail, ModelEvaluation } from '../signals/types';
import type { Spec } from '../spec/types';
import type { ScenarioImpactRow } from '../whatif/named';
import { buildCascadeInputs } from './cascadeInputs';
import type { MonitorPort } from '../signals/monitorPort';
import type { CascadePort, SourcesPort } from './ports';
import { Ring } from './ring';

export interface EngineParts {
  spec: Spec;
  sha256: string;
  monitors: ReadonlyMap<string, MonitorPort>;
  cascade: CascadePort;
  sources: SourcesPort | null;
  /** Past snapshots kept for node history and the panel preview. Default 120. */
  historySize?: number;
  log?: (line: string) => void;
  /** Called after each new snapshot (the exposition formats its text then, ahead of scrapes). */
  onSnapshot?: () => void;
}

/** The model details of one past snapshot (per-feature drift for the panel preview's heatmap). */
export interface DetailPoint {
  /** The snapshot's time, Unix seconds. */
  at: number;
  details: readonly ModelDetail[];
}

export class Engine {
  readonly spec: Spec;
  readonly sha256: string;
  private readonly monitors: ReadonlyMap<string, MonitorPort>;
  private readonly evaluations = new Map<string, ModelEvaluation>();
  private readonly lastSlot = new Map<string, number>();
  private readonly ring: Ring<CascadeSnapshot>;
  private readonly detailRing: Ring<DetailPoint>;
  private triggerSince: ReadonlyMap<string, number> = new Map();
  private current: CascadeSnapshot | null = null;
  private detailList: ModelDetail[] = [];
  private anomalies = new Map<string, number | null>();
  private scenarios: readonly ScenarioImpactRow[] = [];
  private healthy = true;
  private dirty = false;
  private lastInputs: { inputs: CascadeInputs; at: number } | null = null;

  constructor(private readonly parts: EngineParts) {
    this.spec = parts.spec;
    this.sha256 = parts.sha256;
    this.monitors = parts.monitors;
    this.ring = new Ring(parts.historySize ?? 120);
    this.detailRing = new Ring(parts.historySize ?? 120);
  }

  /** The monitor of `model`, or undefined for a model the spec does not declare. */
  monitor(model: string): MonitorPort | undefined {
    return this.monitors.get(model);
  }

  /** Asks for a cascade recomputation at the next tick (after governance facts or a reference change). */
  markDirty(): void {
    this.dirty = true;
  }

  /**
   * Evaluates the models that are due at `now` and, if any was (or inputs changed), the cascade.
   * Also starts a refresh of due PromQL sources, whose answers count at a later tick.
   * Returns whether a new snapshot was made.
   */
  tick(now: number): boolean {
    if (this.parts.sources !== null) void this.parts.sources.refresh(now);
    let evaluated = false;
    for (const model of this.spec.models) {
      const slot = Math.floor(now / model.evaluation_interval);
      if (this.lastSlot.get(model.id) === slot) continue;
      this.lastSlot.set(model.id, slot);
      evaluated = this.evaluateModel(model.id, now) || evaluated;
    }
    // The first tick always makes a snapshot: an exporter shard with no model of its own
    // (`--topology-only`) still serves the topology and answers /readyz.
    if (!evaluated && !this.dirty && this.current !== null) return false;
    this.recompute(now);
    return true;
  }

  /** Evaluates every model and the cascade at `now`, due or not. */
  evaluateAll(now: number): CascadeSnapshot | null {
    for (const model of this.spec.models) {
      this.lastSlot.set(model.id, Math.floor(now / model.evaluation_interval));
      this.evaluateModel(model.id, now);
    }
    this.recompute(now);
    return this.current;
  }

  private evaluateModel(model: string, now: number): boolean {
    const monitor = this.monitors.get(model);
    if (monitor === undefined) return false;
    try {
      this.evaluations.set(model, monitor.evaluate(now));
      return true;
    } catch (err) {
      this.fail(`evaluating model ${model}`, err);
      return false;
    }
  }

  private recompute(now: number): void {
    this.dirty = false;
    const sources = this.parts.sources;
    const inputs = buildCascadeInputs(
      {
        evaluations: this.evaluations.values(),
        sourceObservations: sources?.observations(now) ?? new Map(),
        exposures: sources?.exposures(now) ?? new Map(),
        triggerSince: this.triggerSince,
      },
      now,
    );
    this.lastInputs = { inputs, at: now };
    try {
      const snapshot = this.parts.cascade.evaluate(this.spec, inputs, now);
      this.scenarios = this.parts.cascade.scenarioImpacts?.(this.spec, inputs, now) ?? [];
      this.accept(snapshot);
      this.healthy = true;
      this.parts.onSnapshot?.();
    } catch (err) {
      this.fail('evaluating the cascade', err);
    }
  }

  private accept(snapshot: CascadeSnapshot): void {
    this.current = snapshot;
    this.ring.push(snapshot);
    const since = new Map<string, number>();
    for (const t of snapshot.retrainTriggers ?? []) if (t.since !== null) since.set(t.node, t.since);
    this.triggerSince = since;
    this.detailList = this.spec.models.flatMap((m) => {
      const evaluation = this.evaluations.get(m.id);
      return evaluation === undefined ? [] : [evaluation.detail];
    });
    // Each evaluation makes a fresh ModelDetail, so keeping references keeps past values.
    this.detailRing.push({ at: snapshot.at, details: this.detailList });
    const anomalies = new Map<string, number | null>();
    for (const evaluation of this.evaluations.values()) {
      for (const [node, z] of Object.entries(evaluation.anomalyScores)) anomalies.set(node, z);
    }
    for (const [node, z] of this.parts.sources?.anomalyScores?.() ?? []) anomalies.set(node, z);
    this.anomalies = anomalies;
  }

  private fail(what: string, err: unknown): void {
    this.healthy = false;
    this.parts.log?.(
      `mlhealth: error ${what}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
    );
  }

  snapshot(): CascadeSnapshot | null {
    return this.current;
  }

  /** The inputs of the last cascade evaluation and its time (what-if scenarios start from them); null before. */
  liveInputs(): { inputs: CascadeInputs; at: number } | null {
    return this.lastInputs;
  }

  /** Past snapshots, oldest first (bounded by `historySize`). */
  history(): CascadeSnapshot[] {
    return this.ring.toArray();
  }

  /** The model details at each past snapshot, oldest first (same bound and times as `history()`). */
  detailHistory(): DetailPoint[] {
    return this.detailRing.toArray();
  }

  modelDetails(): readonly ModelDetail[] {
    return this.detailList;
  }

  anomalyScores(): ReadonlyMap<string, number | null> {
    return this.anomalies;
  }

  /** The impact rows of the spec's named scenarios under the last evaluation's inputs. */
  scenarioImpacts(): readonly ScenarioImpactRow[] {
    return this.scenarios;
  }

  sourcesUp(): ReadonlyMap<string, boolean> {
    return this.parts.sources?.up() ?? new Map();
  }

  /** False after an evaluation threw, until the next one succeeds. */
  up(): boolean {
    return this.healthy;
  }

  close(): void {
    this.parts.sources?.close?.();
  }
}
