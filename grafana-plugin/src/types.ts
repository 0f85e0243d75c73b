/** The panel's saved options. Every option has a default (`DEFAULT_OPTIONS`, used by `module.ts`). */
import type { Tier } from './model/types';

export type Orientation = 'horizontal' | 'vertical';
/** `safe`: the colour-vision-safe status palette (default); `grafana`: Grafana's named green, orange, red. */
export type ColorMode = 'safe' | 'grafana';

export interface CascadeOptions {
  /** Hierarchy */
  tiers: Tier[];
  /** Node id to show with its descendants only; empty for the whole cascade. */
  rootNode: string;
  orientation: Orientation;
  sortBySeverity: boolean;
  /** Display */
  colorMode: ColorMode;
  showSparklines: boolean;
  showTimeCursor: boolean;
  /** Hovering a sparkline shows the whole cascade at that moment (else only the hovered card's figures). */
  hoverPreview: boolean;
  /** Business impact */
  showImpact: boolean;
  /** Grafana unit id for impacts, e.g. `currencyUSD`, `currencyEUR`, `short`. */
  impactUnit: string;
  showRiskBars: boolean;
  /** Drift */
  showDrift: boolean;
  /** Model whose drift heatmap opens first; empty for the first model with drift series. */
  driftModel: string;
}

export const DEFAULT_OPTIONS: CascadeOptions = {
  tiers: ['business', 'component', 'base'],
  rootNode: '',
  orientation: 'horizontal',
  sortBySeverity: true,
  colorMode: 'safe',
  showSparklines: true,
  showTimeCursor: true,
  hoverPreview: false,
  showImpact: true,
  impactUnit: 'currencyUSD',
  showRiskBars: true,
  showDrift: true,
  driftModel: '',
};
