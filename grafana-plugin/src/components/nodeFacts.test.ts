import { buildCascadeModel } from '../model/buildModel';
import type { CascadeNode } from '../model/types';
import { DEMO_END_MS, demoFrames } from '../testing/demoFrames';
import { nodeDefinition, statusSourceNote, thresholdText } from './nodeFacts';

const demo = buildCascadeModel(demoFrames(), { at: DEMO_END_MS });
const node = (id: string) => demo.byId.get(id)!;
const withThresholds = (id: string, warning: number | null, critical: number | null): CascadeNode => ({
  ...node(id),
  thresholds: { warning, critical },
});

describe('nodeFacts', () => {
  it('defines outcomes and components by what they roll up, base signals by their unit', () => {
    expect(nodeDefinition(node('fraud.drift'))).toBe(
      'Component of model fraud, rolling up 2 nodes; thresholds in score.'
    );
    expect(nodeDefinition(node('compliance_exposure'))).toBe(
      'Business outcome of all models, rolling up 1 node; thresholds in score.'
    );
    expect(nodeDefinition(node('fraud.serving.latency_p99'))).toBe('Base signal of model fraud, measured in seconds.');
    for (const unit of ['', 'none']) {
      expect(nodeDefinition({ ...node('fraud.serving.latency_p99'), unit })).toBe(
        'Base signal of model fraud, a plain number.'
      );
    }
    expect(nodeDefinition({ ...node('fraud.serving.latency_p99'), unit: 'bytes' })).toBe(
      'Base signal of model fraud, measured in bytes.'
    );
  });

  it('gives thresholds in score for a parent and in the unit for a base signal, with their direction', () => {
    expect(thresholdText(node('fraud.drift'))).toBe('warning ≤ 0.75, critical ≤ 0.50');
    expect(thresholdText(node('fraud.dq.missing_ratio'))).toBe('warning ≥ 2.00%, critical ≥ 5.00%');
    expect(thresholdText(node('fraud.serving.latency_p99'))).toBe('warning ≥ 250 ms, critical ≥ 500 ms');
    expect(thresholdText(node('recs.pq.confidence_mean'))).toBe('warning ≤ 75.00%, critical ≤ 60.00%');
  });

  it('says when no threshold is exported, and shows a missing one as a dash', () => {
    expect(thresholdText(withThresholds('fraud.drift', null, null))).toBe('none exported');
    expect(thresholdText(withThresholds('fraud.drift', 0.75, null))).toBe('warning ≤ 0.75, critical ≤ –');
  });

  it('explains an unknown status that comes from missing data, and nothing otherwise', () => {
    expect(statusSourceNote(node('governance.audit_trail'))).toBe(
      'No mlhealth_node_status series for this node: shown as unknown.'
    );
    expect(statusSourceNote(node('recs.serving.latency_p99'))).toBe(
      'No current sample at this time (stale or not yet computed): shown as unknown.'
    );
    expect(statusSourceNote(node('fraud.drift'))).toBe('');
  });
});
