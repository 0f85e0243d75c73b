import { MINI_SNAPSHOT, MINI_SPEC } from '../../test/fixtures/miniSpec';
import { auditGaps, auditNodes } from '../audit/nodes';
import { buildContext } from '../generate/context';
import { nodeDetailJson } from '../server/nodeView';
import { effectiveSettings } from './inheritance';
import type { Spec } from './types';

/** MINI_SPEC: m.health declares escalation `oncall`; m.drift.x owner team-a and a playbook; m.serving.latency nothing. */
const spec: Spec = {
  ...MINI_SPEC,
  models: MINI_SPEC.models.map((m) => ({ ...m, owner: 'ml-team' })),
  nodes: MINI_SPEC.nodes.map((n) =>
    n.id === 'm.health' ? { ...n, playbook: 'https://runbooks.example.com/health' } : n,
  ),
};

describe('effective owner, escalation and playbook', () => {
  it('takes the node own value, else the model owner, else the nearest ancestor', () => {
    expect(effectiveSettings(spec, 'm.serving.latency')).toEqual({
      owner: { value: 'ml-team', from: 'model' },
      escalation: { value: 'oncall', from: 'm.health' },
      playbook: { value: 'https://runbooks.example.com/health', from: 'm.health' },
    });
    expect(effectiveSettings(spec, 'm.drift.x')).toMatchObject({
      owner: { value: 'team-a', from: 'node' },
      playbook: { value: 'https://runbooks.example.com/drift', from: 'node' },
    });
    expect(effectiveSettings(spec, 'revenue').escalation).toBeNull();
    expect(() => effectiveSettings(spec, 'nope')).toThrow(
      "effectiveSettings: node 'nope' is not in spec mini",
    );
  });

  it('is what the alerts carry, what the node API shows and what the audit lists', () => {
    const ctx = buildContext(spec);
    const detail = nodeDetailJson(spec, 'm.serving.latency', MINI_SNAPSHOT, []);
    const audit = auditNodes(spec).find((n) => n.id === 'm.serving.latency');
    expect(ctx.byId.get('m.serving.latency')?.policy?.id).toBe('oncall');
    expect(detail?.escalation).toMatchObject({ policy: { id: 'oncall' }, from: 'm.health' });
    expect(detail?.effective.playbook).toEqual({
      value: 'https://runbooks.example.com/health',
      from: 'm.health',
    });
    expect(ctx.byId.get('m.serving.latency')?.runbookUrl).toBe(detail?.effective.playbook?.value);
    expect(audit).toMatchObject({
      escalation: 'oncall',
      escalation_from: 'm.health',
      playbook: 'https://runbooks.example.com/health',
      playbook_from: 'm.health',
    });
    expect(auditGaps(auditNodes(spec)).no_playbook).toEqual(['revenue']);
  });
});
