import { FieldConfigProperty, PanelPlugin, SelectableValue } from '@grafana/data';
import { CascadePanel } from './components/CascadePanel';
import type { Tier } from './model/types';
import { CascadeOptions, DEFAULT_OPTIONS as D } from './types';

const TIER_CHOICES: Array<SelectableValue<Tier>> = [
  { value: 'business', label: 'Business' },
  { value: 'component', label: 'Component' },
  { value: 'base', label: 'Base' },
];

const HIERARCHY = ['Hierarchy'];
const DISPLAY = ['Display'];
const IMPACT = ['Business impact'];
const DRIFT = ['Drift'];

export const plugin = new PanelPlugin<CascadeOptions>(CascadePanel)
  .useFieldConfig({
    // Data links (to detail dashboards, with ${__field.labels.node} and ${__field.labels.model}) are the
    // standard ones; thresholds, colours and units come from the contract series instead.
    standardOptions: {
      [FieldConfigProperty.Links]: {},
    },
    disableStandardOptions: [
      FieldConfigProperty.Thresholds,
      FieldConfigProperty.Color,
      FieldConfigProperty.Mappings,
      FieldConfigProperty.Unit,
      FieldConfigProperty.Min,
      FieldConfigProperty.Max,
      FieldConfigProperty.Decimals,
    ],
  })
  .setPanelOptions((builder) =>
    builder
      .addMultiSelect({
        path: 'tiers',
        name: 'Tiers shown',
        description: 'An executive view shows only the business and component tiers.',
        category: HIERARCHY,
        defaultValue: D.tiers,
        // The builder types a multi-select's options with the option's own (array) type; each entry is one tier.
        settings: { options: TIER_CHOICES as unknown as Array<SelectableValue<Tier[]>> },
      })
      .addTextInput({
        path: 'rootNode',
        name: 'Root node',
        description: 'Node id to show with its descendants only (e.g. revenue_assurance). Empty: the whole cascade.',
        category: HIERARCHY,
        defaultValue: D.rootNode,
      })
      .addRadio({
        path: 'orientation',
        name: 'Orientation',
        category: HIERARCHY,
        defaultValue: D.orientation,
        settings: {
          options: [
            { value: 'horizontal', label: 'Left to right' },
            { value: 'vertical', label: 'Top to bottom' },
          ],
        },
      })
      .addBooleanSwitch({
        path: 'sortBySeverity',
        name: 'Sort by severity',
        description: 'Worst status first inside each tier.',
        category: HIERARCHY,
        defaultValue: D.sortBySeverity,
      })
      .addRadio({
        path: 'colorMode',
        name: 'Colour mode',
        description: 'Status colours from the Grafana theme, or a colour-blind-safe palette (Okabe–Ito).',
        category: DISPLAY,
        defaultValue: D.colorMode,
        settings: {
          options: [
            { value: 'theme', label: 'Theme' },
            { value: 'colorblind', label: 'Colour-blind safe' },
          ],
        },
      })
      .addBooleanSwitch({
        path: 'showSparklines',
        name: 'Sparklines',
        category: DISPLAY,
        defaultValue: D.showSparklines,
      })
      .addBooleanSwitch({
        path: 'showTimeCursor',
        name: 'Time cursor',
        description: 'A slider that shows the whole cascade as it was at a moment of the time range.',
        category: DISPLAY,
        defaultValue: D.showTimeCursor,
      })
      .addBooleanSwitch({ path: 'showImpact', name: 'Show impact', category: IMPACT, defaultValue: D.showImpact })
      .addUnitPicker({
        path: 'impactUnit',
        name: 'Impact unit',
        description: 'Currency or unit of mlhealth_business_impact (the spec’s currency).',
        category: IMPACT,
        defaultValue: D.impactUnit,
        showIf: (o) => o.showImpact,
      })
      .addBooleanSwitch({
        path: 'showRiskBars',
        name: 'Risk levels chart',
        category: IMPACT,
        defaultValue: D.showRiskBars,
      })
      .addBooleanSwitch({ path: 'showDrift', name: 'Drift heatmap', category: DRIFT, defaultValue: D.showDrift })
      .addTextInput({
        path: 'driftModel',
        name: 'Drift model',
        description: 'Model whose heatmap opens first (e.g. fraud). Empty: the first model with drift series.',
        category: DRIFT,
        defaultValue: D.driftModel,
        showIf: (o) => o.showDrift,
      })
  );
