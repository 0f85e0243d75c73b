/**
 * The panel's options editor, by category (hierarchy, display, business impact, drift) in that order;
 * every option's default comes from `DEFAULT_OPTIONS`.
 */
import type { PanelOptionsEditorBuilder, SelectableValue } from '@grafana/data';
import { DriftModelEditor, RootNodeEditor } from './components/OptionPickers';
import type { Tier } from './model/types';
import { CascadeOptions, DEFAULT_OPTIONS as D } from './types';

type Builder = PanelOptionsEditorBuilder<CascadeOptions>;

const TIER_CHOICES: Array<SelectableValue<Tier>> = [
  { value: 'business', label: 'Business' },
  { value: 'component', label: 'Component' },
  { value: 'base', label: 'Base' },
];

const HIERARCHY = ['Hierarchy'];
const DISPLAY = ['Display'];
const IMPACT = ['Business impact'];
const DRIFT = ['Drift'];

/** Adds the panel's options to Grafana's editor, category by category. */
export function addPanelOptions(builder: Builder): Builder {
  return addDriftOptions(addImpactOptions(addDisplayOptions(addHierarchyOptions(builder))));
}

// Which tiers and nodes, in which direction and order.
function addHierarchyOptions(builder: Builder): Builder {
  return builder
    .addMultiSelect({
      path: 'tiers',
      name: 'Tiers shown',
      description: 'An executive view shows only the business and component tiers.',
      category: HIERARCHY,
      defaultValue: D.tiers,
      // The builder types a multi-select's options with the option's own (array) type; each entry is one tier.
      settings: { options: TIER_CHOICES as unknown as Array<SelectableValue<Tier[]>> },
    })
    .addCustomEditor({
      id: 'rootNode',
      path: 'rootNode',
      name: 'Root node',
      description: 'The node to show with its descendants only, picked from the data. Empty: the whole cascade.',
      category: HIERARCHY,
      defaultValue: D.rootNode,
      editor: RootNodeEditor,
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
    });
}

// Colours, sparklines, time cursor.
function addDisplayOptions(builder: Builder): Builder {
  return builder
    .addRadio({
      path: 'colorMode',
      name: 'Colour mode',
      description:
        'Status colours that stay distinct under red–green colour-vision deficiencies (default), or Grafana’s named green, orange and red (critical and ok then look alike to about 1 in 12 men).',
      category: DISPLAY,
      defaultValue: D.colorMode,
      settings: {
        options: [
          { value: 'safe', label: 'Colour-vision safe' },
          { value: 'grafana', label: 'Grafana green/orange/red' },
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
    .addBooleanSwitch({
      path: 'hoverPreview',
      name: 'Hover previews the whole cascade',
      description:
        'Hovering a sparkline shows every node at that moment (a bar says so). Off: only the hovered card shows its score then.',
      category: DISPLAY,
      defaultValue: D.hoverPreview,
    });
}

// Money at risk and the risk levels chart.
function addImpactOptions(builder: Builder): Builder {
  return builder
    .addBooleanSwitch({ path: 'showImpact', name: 'Show impact', category: IMPACT, defaultValue: D.showImpact })
    .addUnitPicker({
      path: 'impactUnit',
      name: 'Impact unit',
      description:
        'Unit of money impacts when the exporter exports no mlhealth_business_unit_info (exporters before 0.2); otherwise each measure is shown in its exported unit (USD, customers…).',
      category: IMPACT,
      defaultValue: D.impactUnit,
      showIf: (o) => o.showImpact,
    })
    .addBooleanSwitch({
      path: 'showRiskBars',
      name: 'Risk levels chart',
      category: IMPACT,
      defaultValue: D.showRiskBars,
    });
}

// The drift heatmap.
function addDriftOptions(builder: Builder): Builder {
  return builder
    .addBooleanSwitch({ path: 'showDrift', name: 'Drift heatmap', category: DRIFT, defaultValue: D.showDrift })
    .addCustomEditor({
      id: 'driftModel',
      path: 'driftModel',
      name: 'Drift model',
      description:
        'The model whose heatmap opens first, picked from the data. Empty: the first model with drift series.',
      category: DRIFT,
      defaultValue: D.driftModel,
      showIf: (o) => o.showDrift,
      editor: DriftModelEditor,
    });
}
