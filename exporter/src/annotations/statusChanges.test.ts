import { evaluateCascade } from '../cascade/evaluate';
import { NOW } from '../cascade/__fixtures__/index';
import { fraudInputs, fraudSpec } from '../cascade/__fixtures__/fraud';
import { StatusChangeRecorder } from './recorder';
import { statusChangeAnnotations } from './statusChanges';
import type { Annotation, AnnotationDraft } from './types';

const spec = fraudSpec();
const healthy = evaluateCascade(spec, fraudInputs(), NOW);
const drifted = evaluateCascade(spec, fraudInputs({ 'fraud.drift.input.amount': 0.31 }), NOW + 60);

describe('statusChangeAnnotations', () => {
  it('annotates each node whose status changed, with the cause from the contributions', () => {
    const drafts = statusChangeAnnotations(healthy, drifted, spec);
    const business = drafts.find((d) => d.nodes[0] === 'revenue_assurance');
    expect(business).toEqual<AnnotationDraft>({
      time: NOW + 60,
      text: 'revenue_assurance → critical: fraud.drift.input, feature amount, PSI 0.31',
      tags: ['mlhealth', 'status', 'business', 'critical'],
      nodes: ['revenue_assurance'],
      source: 'auto',
    });
    expect(drafts.find((d) => d.nodes[0] === 'fraud.drift.input.amount')?.text).toBe(
      'fraud.drift.input.amount → critical: PSI 0.31 ≥ critical 0.25',
    );
    const changed = drifted.nodes
      .filter((n) => healthy.nodes.find((h) => h.id === n.id)?.status !== n.status)
      .map((n) => n.id);
    expect(drafts.map((d) => d.nodes[0])).toEqual(changed);
    expect(changed.length).toBeGreaterThanOrEqual(3);
  });

  it('annotates the recovery too, tagged with the new status', () => {
    const drafts = statusChangeAnnotations(drifted, evaluateCascade(spec, fraudInputs(), NOW + 120), spec);
    const business = drafts.find((d) => d.nodes[0] === 'revenue_assurance');
    expect(business?.tags).toEqual(['mlhealth', 'status', 'business', 'ok']);
    expect(business?.text).toMatch(/^revenue_assurance → ok: /);
  });

  it('says nothing for the first snapshot, for an unchanged one, or for nodes new to the spec', () => {
    expect(statusChangeAnnotations(null, drifted, spec)).toEqual([]);
    expect(statusChangeAnnotations(drifted, drifted, spec)).toEqual([]);
    const fewer = { ...healthy, nodes: healthy.nodes.filter((n) => n.id !== 'revenue_assurance') };
    expect(statusChangeAnnotations(fewer, drifted, spec).map((d) => d.nodes[0])).not.toContain(
      'revenue_assurance',
    );
  });
});

describe('StatusChangeRecorder', () => {
  it('stores the changes in one call, queued for Grafana when asked, and reports them', () => {
    const calls: Array<{ drafts: readonly AnnotationDraft[]; createdAt: number; push: boolean | undefined }> =
      [];
    const store = {
      addAnnotations: (
        drafts: readonly AnnotationDraft[],
        createdAt: number,
        push?: boolean,
      ): Annotation[] => {
        calls.push({ drafts, createdAt, push });
        return drafts.map((d, i) => ({ ...d, id: i + 1, createdAt }));
      },
    };
    const recorded: Annotation[][] = [];
    const recorder = new StatusChangeRecorder(store, spec, {
      pushToGrafana: true,
      onRecorded: (a) => recorded.push(a),
    });
    expect(recorder.record(healthy, healthy)).toEqual([]);
    expect(calls).toHaveLength(0);
    const stored = recorder.record(healthy, drifted);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ createdAt: NOW + 60, push: true });
    expect(recorded).toEqual([stored]);
    expect(stored.map((a) => a.id)).toEqual(stored.map((_, i) => i + 1));
  });
});
