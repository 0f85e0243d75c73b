/**
 * Saved options from earlier versions of the panel, brought to the current shape. Grafana calls the
 * handler when a dashboard was saved by another plugin version (or by none: generated dashboards).
 *
 * - `colorMode` `theme` (the old default, Grafana's named colours) and `colorblind` (Okabe–Ito, whose
 *   warning and critical were only ΔE 12 apart under deuteranopia) both become `safe`: Grafana saves
 *   defaults along with choices, so an old `theme` cannot be told from a choice.
 */
import type { PanelModel } from '@grafana/data';
import type { CascadeOptions, ColorMode } from './types';

const COLOR_MODES: readonly ColorMode[] = ['safe', 'grafana'];

/**
 * The panel's options in the current shape; other keys are kept as they are.
 *
 * @example migrateOptions({ options: { colorMode: 'theme' } } as PanelModel).colorMode // 'safe'
 */
export function migrateOptions(panel: PanelModel<Partial<CascadeOptions>>): Partial<CascadeOptions> {
  const options = { ...(panel.options ?? {}) };
  const mode = options.colorMode as string | undefined;
  if (mode !== undefined && !(COLOR_MODES as readonly string[]).includes(mode)) {
    options.colorMode = 'safe';
  }
  return options;
}
