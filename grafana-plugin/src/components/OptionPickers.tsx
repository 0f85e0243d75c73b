/**
 * The panel editor's pickers for the root node and the drift model, filled from the query results the
 * editor passes (`context.data`), with a warning under the picker when the saved value matches nothing
 * in the data. A value can still be typed (the data may be loading, or a dashboard variable may hold it).
 */
import React, { useMemo } from 'react';
import type { StandardEditorProps } from '@grafana/data';
import { Combobox, Stack, Text } from '@grafana/ui';
import { indexFrames } from '../model/buildModel';
import { driftModelChoices, nodeChoices, type Choice } from '../model/optionChoices';

type Props = StandardEditorProps<string>;

interface PickerProps extends Props {
  choices: Choice[];
  what: string;
  placeholder: string;
}

function Picker({ value, onChange, choices, what, placeholder, id }: PickerProps & { id?: string }) {
  const missing = value !== '' && value !== undefined && !choices.some((c) => c.value === value);
  return (
    <Stack direction="column" gap={0.5}>
      <Combobox
        id={id}
        options={choices}
        value={value || null}
        placeholder={placeholder}
        isClearable
        createCustomValue
        onChange={(option) => onChange(option?.value ?? '')}
      />
      {missing && (
        <Text color="warning" variant="bodySmall">
          “{value}” matches no {what} in the query results.
        </Text>
      )}
    </Stack>
  );
}

/** Root node: every node of the data, business first. */
export function RootNodeEditor(props: Props) {
  const choices = useMemo(() => nodeChoices(indexFrames(props.context.data ?? [])), [props.context.data]);
  return <Picker {...props} id={props.id} choices={choices} what="node" placeholder="The whole cascade" />;
}

/** Drift model: the models with drift series. */
export function DriftModelEditor(props: Props) {
  const choices = useMemo(() => driftModelChoices(indexFrames(props.context.data ?? [])), [props.context.data]);
  return (
    <Picker
      {...props}
      id={props.id}
      choices={choices}
      what="model with drift series"
      placeholder="The first model with drift"
    />
  );
}
