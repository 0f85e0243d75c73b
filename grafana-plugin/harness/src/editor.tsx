/**
 * One of the panel's option editors, rendered under the panel as Grafana's options pane would render
 * it (`?editor=<option path>`): the plugin's own options supplier fills an options builder, and the
 * item's editor gets the option's value, the query results as `context.data`, and an `onChange` that
 * re-renders the panel with the new value — so the built plugin's pickers are tested with real frames.
 */
import React from 'react';
import {
  PanelOptionsEditorBuilder,
  ThemeContext,
  type DataFrame,
  type GrafanaTheme2,
  type PanelPlugin,
} from '@grafana/data';

interface Props {
  plugin: PanelPlugin;
  path: string;
  options: Record<string, unknown>;
  data: DataFrame[];
  theme: GrafanaTheme2;
  onChange: (path: string, value: unknown) => void;
}

/** The editor of option `path`, labelled with the option's name; nothing when the plugin has none. */
export function OptionEditor({ plugin, path, options, data, theme, onChange }: Props) {
  const builder = new PanelOptionsEditorBuilder<Record<string, unknown>>();
  plugin.getPanelOptionsSupplier()(builder, { data, options });
  const item = builder.getItems().find((i) => i.path === path);
  if (!item) {
    return null;
  }
  const Editor = item.editor;
  const id = `option-${path}`;
  return (
    <ThemeContext.Provider value={theme}>
      <section aria-label="Panel options" data-testid="option-editor" style={{ width: 360, marginTop: 16 }}>
        <label htmlFor={id} style={{ display: 'block', marginBottom: 4 }}>
          {item.name}
        </label>
        <Editor
          id={id}
          value={options[path] ?? item.defaultValue}
          onChange={(v: unknown) => onChange(path, v)}
          item={item}
          context={{ data, options }}
        />
      </section>
    </ThemeContext.Provider>
  );
}
