import { FieldConfigProperty, PanelPlugin } from '@grafana/data';
import { CascadePanel } from './components/CascadePanel';
import { migrateOptions } from './migrations';
import { addPanelOptions } from './panelOptions';
import type { CascadeOptions } from './types';

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
  .setPanelOptions(addPanelOptions)
  .setMigrationHandler(migrateOptions);
