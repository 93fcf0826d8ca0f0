import * as React from 'react';
import { Field, Input, Select, Textarea } from '@fluentui/react-components';
import { textIn } from '../../domain/shared/localized-text';
import type { Translate } from '../../i18n/translator';
import type { DisplayContext, FormField } from './register-definition';

export interface FormFieldInputProps {
  readonly field: FormField;
  readonly value: string;
  readonly issue: string | undefined;
  readonly readOnly: boolean;
  readonly t: Translate;
  /** Needed by `unit` fields and choices from the region's configuration; absent, such a field offers only its value. */
  readonly display?: DisplayContext;
  onChange(value: string): void;
}

interface Option {
  readonly value: string;
  readonly label: string;
}

/** The options of a choice-like field, with an empty first one where the field may stay empty or has no value yet. */
function optionsOf(field: FormField, value: string, t: Translate, display: DisplayContext | undefined): Option[] {
  if (field.kind === 'yes-no') {
    return [
      { value: '', label: t('values.yesNo.undecided') },
      { value: 'true', label: t('values.yesNo.yes') },
      { value: 'false', label: t('values.yesNo.no') }
    ];
  }
  let options: Option[];
  if (field.kind === 'unit') {
    const units = (display?.units ?? []).filter((unit) => field.units !== 'business-critical' || unit.businessCritical || unit.id === value);
    options = units.map((unit) => ({ value: unit.id, label: unit.name }));
  } else if (field.configuredChoices && display) {
    options = field.configuredChoices(display.config).map((choice) => ({ value: choice.key, label: textIn(choice.label, display.locale) }));
  } else {
    options = (field.choices ?? []).map((choice) => ({ value: choice, label: t(`values.${field.choiceLabels ?? field.key}.${choice}`) }));
  }
  // A unit or a configured value the list no longer offers stays visible rather than silently changing.
  if (value !== '' && !options.some((option) => option.value === value)) options = [{ value, label: display?.unitNames.get(value) ?? value }, ...options];
  return value === '' || !field.required ? [{ value: '', label: t('register.choose') }, ...options] : options;
}

/** One field with its sv/en label and help text, and the schema's complaint beside it. */
export function FormFieldInput({ field, value, issue, readOnly, t, display, onChange }: FormFieldInputProps): JSX.Element {
  const common = { value, 'data-field': field.key };
  let input: JSX.Element;
  if (field.kind === 'note') input = <Textarea {...common} readOnly={readOnly} resize="vertical" onChange={(_, data) => onChange(data.value)} />;
  else if (field.kind === 'choice' || field.kind === 'yes-no' || field.kind === 'unit') {
    input = (
      <Select {...common} disabled={readOnly} onChange={(_, data) => onChange(data.value)}>
        {optionsOf(field, value, t, display).map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    );
  } else {
    const types = { date: 'date', datetime: 'datetime-local', number: 'number', email: 'email' } as const;
    const type = field.kind in types ? types[field.kind as keyof typeof types] : 'text';
    input = <Input {...common} type={type} readOnly={readOnly} onChange={(_, data) => onChange(data.value)} />;
  }
  return (
    <Field label={t(`fields.${field.key}`)} hint={t(`register.help.${field.key}`)} required={field.required && !readOnly} validationMessage={issue} validationState={issue ? 'error' : 'none'}>
      {input}
    </Field>
  );
}
