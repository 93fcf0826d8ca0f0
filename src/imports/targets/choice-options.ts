import type { LocalizedText } from '../../domain/shared/localized-text';
import { values as enValues } from '../../i18n/en/values';
import { values as svValues } from '../../i18n/sv/values';
import type { ChoiceOption } from '../import-column';

type ValueGroup = keyof typeof svValues;

/** A choice column's options with the labels the register shows (a sheet exported from it reads back). */
export function choiceOptions(group: ValueGroup, keys: readonly string[]): ChoiceOption[] {
  const svLabels = svValues[group] as Readonly<Record<string, string>>;
  const enLabels = enValues[group] as Readonly<Record<string, string>>;
  return keys.map((key) => ({ key, label: { sv: svLabels[key] ?? key, en: enLabels[key] ?? key } }));
}

export const text = (svText: string, enText: string): LocalizedText => ({ sv: svText, en: enText });
