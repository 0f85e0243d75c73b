import { MINI_SPEC } from '../../test/fixtures/miniSpec';
import { modelDetail } from '../../test/fixtures/modelDetail';
import { evaluateCascade } from '../cascade';
import type { CascadeInputs } from '../cascade/types';
import type { ModelEvaluation } from '../signals/types';
import { Engine } from './engine';
import type { MonitorPort } from '../signals/monitorPort';
import type { CascadePort } from './ports';

/** A hand-written monitor: reports a fixed drift value and latency, and counts its evaluations. */
class FixedMonitor implements MonitorPort {
  evaluations: number[] = [];
  drift = 0.05;
  fail = false;
  ingest() {
    return { accepted: 0, outsideWindow: 0 };
  }
  ingestLabels() {
    return { joined: 0, unmatched: 0 };
  }
  recordPolicyViolation(): void {}
  setReference(): void {}
  setModelFacts(): void {}
  trackedCategories(): ReadonlySet<string> {
    return new Set();
  }
  evaluate(now: number): ModelEvaluation {
    if (this.fail) throw new Error('monitor broke');
    this.evaluations.push(now);
    return {
      at: now,
      observations: [
        { node: 'm.drift.x', value: this.drift, observedAt: now },
        { node: 'm.serving.latency', value: 0.1, observedAt: now },
      ],
      anomalyScores: { 'm.drift.x': 1.5 },
      detail: modelDetail(),
    };
  }
}

function engineWith(
  monitor: FixedMonitor,
  cascade: CascadePort = { evaluate: evaluateCascade },
  lines: string[] = [],
): Engine {
  return new Engine({
    spec: MINI_SPEC,
    sha256: 'sha',
    monitors: new Map([['m', monitor]]),
    cascade,
    sources: null,
    historySize: 3,
    log: (l) => lines.push(l),
  });
}

describe('Engine', () => {
  it('evaluates a model once per evaluation interval, aligned to the clock', () => {
    const monitor = new FixedMonitor();
    const engine = engineWith(monitor);
    for (const t of [1000, 1001, 1004.9, 1005, 1007, 1010.2]) engine.tick(t);
    expect(monitor.evaluations).toEqual([1000, 1005, 1010.2]);
    expect(engine.snapshot()?.at).toBe(1010.2);
  });

  it('makes a new snapshot when inputs change between evaluations (markDirty)', () => {
    const engine = engineWith(new FixedMonitor());
    expect(engine.tick(1000)).toBe(true);
    expect(engine.tick(1001)).toBe(false);
    engine.markDirty();
    expect(engine.tick(1002)).toBe(true);
  });

  it('keeps a bounded history, oldest first', () => {
    const monitor = new FixedMonitor();
    const engine = engineWith(monitor);
    for (let t = 1000; t <= 1025; t += 5) engine.tick(t);
    expect(engine.history().map((s) => s.at)).toEqual([1015, 1020, 1025]);
  });

  it('feeds ages from the model detail and reads drift into the cascade', () => {
    const monitor = new FixedMonitor();
    let seen: CascadeInputs | undefined;
    const engine = engineWith(monitor, {
      evaluate: (spec, inputs, now) => {
        seen = inputs;
        return evaluateCascade(spec, inputs, now);
      },
    });
    monitor.drift = 0.3;
    engine.tick(1000);
    expect(seen?.modelAges.get('m')).toBe(100);
    expect(seen?.referenceAges.get('m')).toBe(200);
    expect(engine.snapshot()?.nodes.find((n) => n.id === 'revenue')?.status).toBe('critical');
    expect(engine.anomalyScores().get('m.drift.x')).toBe(1.5);
    expect(engine.modelDetails()[0].model).toBe('m');
  });

  it('reports down and keeps the last snapshot when an evaluation throws, and recovers', () => {
    const monitor = new FixedMonitor();
    const lines: string[] = [];
    let broken = false;
    const engine = engineWith(
      monitor,
      {
        evaluate: (spec, inputs, now) => {
          if (broken) throw new Error('cascade broke');
          return evaluateCascade(spec, inputs, now);
        },
      },
      lines,
    );
    engine.tick(1000);
    broken = true;
    engine.tick(1005);
    expect(engine.up()).toBe(false);
    expect(engine.snapshot()?.at).toBe(1000);
    expect(lines[0]).toMatch(/error evaluating the cascade: Error: cascade broke/);
    broken = false;
    engine.tick(1010);
    expect(engine.up()).toBe(true);
    expect(engine.snapshot()?.at).toBe(1010);
  });

  it('logs a failing monitor and still evaluates the cascade from the other inputs', () => {
    const monitor = new FixedMonitor();
    const lines: string[] = [];
    const engine = engineWith(monitor, { evaluate: evaluateCascade }, lines);
    engine.tick(1000);
    monitor.fail = true;
    engine.markDirty();
    engine.tick(1005);
    expect(engine.up()).toBe(true);
    expect(lines.some((l) => l.includes('evaluating model m: Error: monitor broke'))).toBe(true);
  });

  it('carries retraining-trigger state from one snapshot to the next', () => {
    const spec = {
      ...MINI_SPEC,
      nodes: MINI_SPEC.nodes.map((n) =>
        n.id === 'm.health' ? { ...n, retrain_trigger: { status: 'critical' as const, for: 10 } } : n,
      ),
    };
    const monitor = new FixedMonitor();
    monitor.drift = 0.3;
    const engine = new Engine({
      spec,
      sha256: 's',
      monitors: new Map([['m', monitor]]),
      cascade: { evaluate: evaluateCascade },
      sources: null,
    });
    engine.tick(1000);
    expect(engine.snapshot()?.retrainRecommended.m).toBe(false);
    engine.tick(1005);
    expect(engine.snapshot()?.retrainRecommended.m).toBe(false);
    engine.tick(1010);
    expect(engine.snapshot()?.retrainRecommended.m).toBe(true);
  });
});
