import type { PanelModel } from '@grafana/data';
import { migrateOptions } from './migrations';
import type { CascadeOptions } from './types';

const panel = (options: Record<string, unknown>) =>
  ({ id: 1, options, fieldConfig: { defaults: {}, overrides: [] } }) as unknown as PanelModel<Partial<CascadeOptions>>;

describe('migrateOptions', () => {
  it.each(['theme', 'colorblind', 'bogus'])(
    'turns the old colour mode %s into the colour-vision-safe palette',
    (old) => {
      expect(migrateOptions(panel({ colorMode: old, rootNode: 'revenue_assurance' }))).toEqual({
        colorMode: 'safe',
        rootNode: 'revenue_assurance',
      });
    }
  );

  it.each(['safe', 'grafana'])('keeps the current colour mode %s', (mode) => {
    expect(migrateOptions(panel({ colorMode: mode }))).toEqual({ colorMode: mode });
  });

  it('keeps options without a colour mode as they are', () => {
    expect(migrateOptions(panel({ showDrift: false }))).toEqual({ showDrift: false });
  });
});
