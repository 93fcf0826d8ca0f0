import * as React from 'react';
import type { Stored } from '../../sharepoint/repositories/list-repository';
import type { MergeChoice } from '../shared/conflict-merge';
import { differingFields, formValuesOf, type FormValues } from './form-values';
import type { FormField } from './register-definition';

/** The other person's saved version and, per differing field, which value the person at the form keeps. */
interface Conflict<T> {
  readonly theirs: Stored<T>;
  readonly choices: Readonly<Record<string, MergeChoice>>;
}

export interface ConflictMergeState<T> {
  /** The version saved meanwhile, while a conflict is open. */
  readonly theirs: Stored<T> | undefined;
  /** Their version as the form's texts, while a conflict is open. */
  readonly theirValues: FormValues | undefined;
  /** The fields where their version and the form differ, in the form's order. */
  readonly conflicting: FormField[];
  readonly choices: Readonly<Record<string, MergeChoice>>;
  choose(key: string, choice: MergeChoice): void;
  /** What to validate and save: the form's values, with theirs wherever "keep theirs" was chosen. */
  merged(values: FormValues): Record<string, string>;
  /** A save was refused with 412: show their version beside the form's. */
  open(theirs: Stored<T>): void;
  close(): void;
}

/**
 * R-SEC-2 for the register's forms: the state of a field-by-field merge after someone else saved
 * the item in between (the table itself is src/ui/shared/conflict-merge.tsx). The item form and
 * the roles register's form keep their own saving and reloading; this holds what they shared.
 */
export function useConflictMerge<T>(fields: readonly FormField[], values: FormValues, timeZone?: string): ConflictMergeState<T> {
  const [conflict, setConflict] = React.useState<Conflict<T>>();
  const theirValues = conflict ? formValuesOf(conflict.theirs.record as object, fields, timeZone) : undefined;
  const conflicting = theirValues ? differingFields(fields, values, theirValues) : [];
  return {
    theirs: conflict?.theirs,
    theirValues,
    conflicting,
    choices: conflict?.choices ?? {},
    choose: (key, choice) => setConflict((current) => (current ? { ...current, choices: { ...current.choices, [key]: choice } } : current)),
    merged: (formValues) => {
      const result: Record<string, string> = { ...formValues };
      if (conflict && theirValues) for (const field of conflicting) if (conflict.choices[field.key] === 'theirs') result[field.key] = theirValues[field.key];
      return result;
    },
    open: (theirs) => setConflict({ theirs, choices: {} }),
    close: () => setConflict(undefined)
  };
}
