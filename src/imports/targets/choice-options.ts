import type { LocalizedText } from '../../domain/shared/localized-text';
import { en } from '../../i18n/en';
import { sv } from '../../i18n/sv';
import type { ChoiceOption } from '../import-column';

type ValueGroup = keyof typeof sv.values;

/** A choice column's options with the labels the register shows (a sheet exported from it reads back). */
export function choiceOptions(group: ValueGroup, keys: readonly string[]): ChoiceOption[] {
  const svLabels = sv.values[group] as Readonly<Record<string, string>>;
  const enLabels = en.values[group] as Readonly<Record<string, string>>;
  return keys.map((key) => ({ key, label: { sv: svLabels[key] ?? key, en: enLabels[key] ?? key } }));
}

export const text = (svText: string, enText: string): LocalizedText => ({ sv: svText, en: enText });
