import * as React from 'react';
import { Field, Input, Select, Textarea } from '@fluentui/react-components';
import type { Translate } from '../../i18n/translator';
import type { FormField } from './register-definition';

export interface FormFieldInputProps {
  readonly field: FormField;
  readonly value: string;
  readonly issue: string | undefined;
  readonly readOnly: boolean;
  readonly t: Translate;
  onChange(value: string): void;
}

/** One field with its sv/en label and help text, and the schema's complaint beside it. */
export function FormFieldInput({ field, value, issue, readOnly, t, onChange }: FormFieldInputProps): JSX.Element {
  const common = { value, 'data-field': field.key };
  let input: JSX.Element;
  if (field.kind === 'note') input = <Textarea {...common} readOnly={readOnly} resize="vertical" onChange={(_, data) => onChange(data.value)} />;
  else if (field.kind === 'choice') {
    input = (
      <Select {...common} disabled={readOnly} onChange={(_, data) => onChange(data.value)}>
        {(field.choices ?? []).map((choice) => (
          <option key={choice} value={choice}>
            {t(`values.${field.choiceLabels ?? field.key}.${choice}`)}
          </option>
        ))}
      </Select>
    );
  } else {
    const type = field.kind === 'date' ? 'date' : field.kind === 'number' ? 'number' : field.kind === 'email' ? 'email' : 'text';
    input = <Input {...common} type={type} readOnly={readOnly} onChange={(_, data) => onChange(data.value)} />;
  }
  return (
    <Field label={t(`fields.${field.key}`)} hint={t(`register.help.${field.key}`)} required={field.required && !readOnly} validationMessage={issue} validationState={issue ? 'error' : 'none'}>
      {input}
    </Field>
  );
}
