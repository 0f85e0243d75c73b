/**
 * The option-editor registries Grafana's core fills at boot (`standardEditorsRegistry`,
 * `standardFieldConfigEditorRegistry`): `PanelPlugin.defaults` and `applyFieldOverrides` read them. The
 * field-config items use @grafana/data's own override processors, so links, units, thresholds and
 * colours are processed as in Grafana; the editors themselves render nothing (the harness has no
 * options pane).
 */
import {
  booleanOverrideProcessor,
  dataLinksOverrideProcessor,
  displayNameOverrideProcessor,
  FieldColorModeId,
  FieldConfigProperty,
  FieldConfigPropertyItem,
  identityOverrideProcessor,
  numberOverrideProcessor,
  standardEditorsRegistry,
  StandardEditorsRegistryItem,
  standardFieldConfigEditorRegistry,
  stringOverrideProcessor,
  thresholdsOverrideProcessor,
  ThresholdsMode,
  unitOverrideProcessor,
  valueMappingsOverrideProcessor,
} from '@grafana/data';

const NoEditor = () => null;

const EDITOR_IDS = [
  'text',
  'number',
  'slider',
  'boolean',
  'radio',
  'select',
  'multi-select',
  'unit',
  'color',
  'links',
  'field-name',
  'dashboard-uid',
  'strings',
  'timezone',
  'stats-picker',
  'mappings',
  'thresholds',
  'fieldColor',
  'interval',
];

function field(
  id: string,
  process: FieldConfigPropertyItem['process'],
  defaultValue?: unknown
): FieldConfigPropertyItem {
  return {
    id,
    path: id,
    name: id,
    editor: NoEditor,
    override: NoEditor,
    process,
    shouldApply: () => true,
    defaultValue,
    category: ['Standard options'],
  } as FieldConfigPropertyItem;
}

/** Fills both registries; call once, before the plugin is loaded (a registry can be initialised once). */
export function initOptionRegistries(): void {
  standardEditorsRegistry.setInit(() =>
    EDITOR_IDS.map(
      (id): StandardEditorsRegistryItem => ({ id, name: id, editor: NoEditor }) as StandardEditorsRegistryItem
    )
  );
  {
    standardFieldConfigEditorRegistry.setInit(() => [
      field(FieldConfigProperty.DisplayName, displayNameOverrideProcessor),
      field(FieldConfigProperty.Unit, unitOverrideProcessor),
      field(FieldConfigProperty.Min, numberOverrideProcessor),
      field(FieldConfigProperty.Max, numberOverrideProcessor),
      field('fieldMinMax', booleanOverrideProcessor),
      field(FieldConfigProperty.Decimals, numberOverrideProcessor),
      field(FieldConfigProperty.Links, dataLinksOverrideProcessor),
      field('actions', identityOverrideProcessor),
      field(FieldConfigProperty.NoValue, stringOverrideProcessor),
      field(FieldConfigProperty.Mappings, valueMappingsOverrideProcessor),
      field(FieldConfigProperty.Thresholds, thresholdsOverrideProcessor, {
        mode: ThresholdsMode.Absolute,
        steps: [
          { value: -Infinity, color: 'green' },
          { value: 80, color: 'red' },
        ],
      }),
      field(FieldConfigProperty.Color, identityOverrideProcessor, { mode: FieldColorModeId.Thresholds }),
      field('filterable', booleanOverrideProcessor),
    ]);
  }
}
