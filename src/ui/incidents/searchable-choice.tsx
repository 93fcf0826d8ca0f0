import * as React from 'react';
import { Combobox, Field, Option } from '@fluentui/react-components';
import type { Choice } from './report-data';

/** Options shown at once: 700 systems in a drop-down help nobody; typing narrows them. */
const MAX_SHOWN = 50;

export interface SearchableChoiceProps {
  readonly label: string;
  readonly hint: string;
  readonly choices: readonly Choice[];
  readonly selectedId: string | undefined;
  readonly required?: boolean;
  readonly error?: string;
  readonly noMatch: (text: string) => string;
  readonly testId: string;
  onSelect(id: string | undefined): void;
  /** Called when the field is first opened or typed in: a long list is read only then. */
  onFirstUse?(): void;
}

/** A choice the employee narrows by typing a part of the name (a unit, an IT system). */
export function SearchableChoice({ label, hint, choices, selectedId, required, error, noMatch, testId, onSelect, onFirstUse }: SearchableChoiceProps): JSX.Element {
  const selected = choices.find((choice) => choice.id === selectedId);
  const [text, setText] = React.useState(selected?.name ?? '');
  const used = React.useRef(false);
  const firstUse = (): void => {
    if (used.current) return;
    used.current = true;
    onFirstUse?.();
  };
  // The chosen name shows once the choices have arrived (the own unit is chosen before the list is read).
  React.useEffect(() => {
    if (selected !== undefined) setText(selected.name);
  }, [selected]);
  const needle = text.trim().toLocaleLowerCase('sv');
  const matching = (needle === '' || needle === selected?.name.toLocaleLowerCase('sv') ? choices : choices.filter((choice) => choice.name.toLocaleLowerCase('sv').includes(needle))).slice(0, MAX_SHOWN);
  return (
    <Field label={label} hint={hint} required={required} validationMessage={error} validationState={error ? 'error' : 'none'}>
      <Combobox
        data-testid={testId}
        freeform
        value={text}
        selectedOptions={selectedId === undefined ? [] : [selectedId]}
        onFocus={firstUse}
        onChange={(event) => {
          firstUse();
          setText(event.target.value);
          if (event.target.value.trim() === '') onSelect(undefined);
        }}
        onOptionSelect={(_, data) => {
          onSelect(data.optionValue);
          setText(data.optionText ?? '');
        }}
      >
        {matching.length === 0 && needle !== '' ? (
          <Option key="none" value="" disabled text={noMatch(text)}>
            {noMatch(text)}
          </Option>
        ) : null}
        {matching.map((choice) => (
          <Option key={choice.id} value={choice.id} text={choice.name}>
            {choice.name}
          </Option>
        ))}
      </Combobox>
    </Field>
  );
}
