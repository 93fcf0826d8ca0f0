import {
  MAX_TEXT_LENGTH,
  type BooleanFieldSchema,
  type ChoiceFieldSchema,
  type ChoiceValues,
  type DateTimeFieldSchema,
  type ListKey,
  type LookupFieldSchema,
  type NoteFieldSchema,
  type NumberFieldSchema,
  type TextFieldSchema,
  type UserFieldSchema
} from './list-schema';

/**
 * Short constructors for field schemas, so that each list file reads as a table of its columns.
 * Defaults: optional and not indexed; every index is opted into beside its reason.
 */
export interface FieldOptions {
  readonly required?: boolean;
  readonly indexed?: boolean;
  readonly unique?: boolean;
}

function base(
  internalName: string,
  title: string,
  description: string,
  options: FieldOptions
): { internalName: string; title: string; description: string; required: boolean; indexed: boolean; unique?: boolean } {
  const common = { internalName, title, description, required: options.required ?? false, indexed: options.indexed ?? false };
  return options.unique === undefined ? common : { ...common, unique: options.unique };
}

export function textField(
  internalName: string,
  title: string,
  description: string,
  options: FieldOptions & { readonly maxLength?: number } = {}
): TextFieldSchema {
  return { ...base(internalName, title, description, options), kind: 'text', maxLength: options.maxLength ?? MAX_TEXT_LENGTH };
}

export function noteField(internalName: string, title: string, description: string, options: FieldOptions = {}): NoteFieldSchema {
  return { ...base(internalName, title, description, options), kind: 'note' };
}

export function numberField(
  internalName: string,
  title: string,
  description: string,
  options: FieldOptions & { readonly min?: number; readonly max?: number } = {}
): NumberFieldSchema {
  const field: NumberFieldSchema = { ...base(internalName, title, description, options), kind: 'number' };
  return {
    ...field,
    ...(options.min === undefined ? {} : { min: options.min }),
    ...(options.max === undefined ? {} : { max: options.max })
  };
}

export function booleanField(internalName: string, title: string, description: string, options: FieldOptions = {}): BooleanFieldSchema {
  return { ...base(internalName, title, description, options), kind: 'boolean' };
}

/** A calendar date (a review is due "on 2027-03-01"), stored as midnight in the site's time zone. */
export function dateField(internalName: string, title: string, description: string, options: FieldOptions = {}): DateTimeFieldSchema {
  return { ...base(internalName, title, description, options), kind: 'datetime', dateOnly: true };
}

/** An instant (a signature, a breach's discovery), stored in UTC. */
export function instantField(internalName: string, title: string, description: string, options: FieldOptions = {}): DateTimeFieldSchema {
  return { ...base(internalName, title, description, options), kind: 'datetime', dateOnly: false };
}

export function choiceField(
  internalName: string,
  title: string,
  description: string,
  choices: ChoiceValues,
  options: FieldOptions = {}
): ChoiceFieldSchema {
  return { ...base(internalName, title, description, options), kind: 'choice', choices };
}

export function multiChoiceField(
  internalName: string,
  title: string,
  description: string,
  choices: ChoiceValues,
  options: FieldOptions = {}
): ChoiceFieldSchema {
  return { ...base(internalName, title, description, options), kind: 'multichoice', choices };
}

export function userField(internalName: string, title: string, description: string, options: FieldOptions = {}): UserFieldSchema {
  return { ...base(internalName, title, description, options), kind: 'user' };
}

export function usersField(internalName: string, title: string, description: string, options: FieldOptions = {}): UserFieldSchema {
  return { ...base(internalName, title, description, options), kind: 'usermulti' };
}

export function lookupField(
  internalName: string,
  title: string,
  description: string,
  lookupListKey: ListKey,
  options: FieldOptions = {}
): LookupFieldSchema {
  return { ...base(internalName, title, description, options), kind: 'lookup', lookupListKey };
}

export function lookupsField(
  internalName: string,
  title: string,
  description: string,
  lookupListKey: ListKey,
  options: FieldOptions & { readonly deferred?: boolean } = {}
): LookupFieldSchema {
  const field: LookupFieldSchema = { ...base(internalName, title, description, options), kind: 'lookupmulti', lookupListKey };
  return options.deferred === undefined ? field : { ...field, deferred: options.deferred };
}
