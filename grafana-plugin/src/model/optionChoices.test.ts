import { cascadeAt, indexFrames } from './buildModel';
import { driftModelChoices, nodeChoices, optionNotices } from './optionChoices';
import { DEMO_END_MS, demoFrames } from '../testing/demoFrames';

const frames = indexFrames(demoFrames());
const live = cascadeAt(frames, { at: DEMO_END_MS });

describe('nodeChoices', () => {
  it('offers every node of the data, business first, by title, with id and tier beside', () => {
    const choices = nodeChoices(frames);
    expect(choices.map((c) => c.value).sort()).toEqual(live.nodes.map((n) => n.id).sort());
    const tiers = choices.map((c) => live.byId.get(c.value)!.tier);
    expect(tiers.indexOf('base')).toBeGreaterThan(tiers.lastIndexOf('business'));
    expect(choices.find((c) => c.value === 'revenue_assurance')).toEqual({
      value: 'revenue_assurance',
      label: 'Revenue assurance',
      description: 'revenue_assurance · business',
    });
  });

  it('offers nothing without data', () => {
    expect(nodeChoices(indexFrames([]))).toEqual([]);
  });
});

describe('driftModelChoices', () => {
  it('offers the models that have drift series', () => {
    expect(driftModelChoices(frames).map((c) => c.value)).toEqual([...new Set(live.drift.map((d) => d.model))].sort());
  });
});

describe('optionNotices', () => {
  it('says when the saved root node or drift model matches nothing', () => {
    const notices = optionNotices({ rootNode: 'revenue_assurence', driftModel: 'frud', showDrift: true }, live);
    expect(notices.map((n) => n.text)).toEqual([
      `Root node “revenue_assurence” matches no node in the data: showing the whole cascade. Pick one of the ${live.nodes.length} nodes in the panel options.`,
      expect.stringMatching(
        /^Drift model “frud” has no mlhealth_feature_drift series: showing \w+\. Models with drift: /
      ),
    ]);
  });

  it('is silent for values the data has, empty values and a hidden heatmap', () => {
    const model = live.drift[0].model;
    expect(optionNotices({ rootNode: 'revenue_assurance', driftModel: model, showDrift: true }, live)).toEqual([]);
    expect(optionNotices({ rootNode: '', driftModel: '', showDrift: true }, live)).toEqual([]);
    expect(optionNotices({ rootNode: '', driftModel: 'frud', showDrift: false }, live)).toEqual([]);
  });
});
