import { z } from 'zod';
import { multiValues } from './read-values';
import type { SharePointItem } from './sharepoint-item';

/** An expanded person as a grid reads it: `$select=<Name>/EMail,<Name>/Title`. */
const expandedPersonSchema = z.object({ EMail: z.string().min(1), Title: z.string().min(1) });

/**
 * The names SharePoint knows the people in these items by, by lower-case e-mail: the domain keeps
 * e-mail addresses, a person reading a register wants names. A person read without a name or
 * e-mail is left out (the grid then shows the e-mail the domain holds).
 */
export function personNamesOf(items: readonly SharePointItem[], personColumns: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const item of items) {
    for (const column of personColumns) {
      const value = item[column];
      for (const person of multiValues(value) ?? [value]) {
        const parsed = expandedPersonSchema.safeParse(person);
        if (parsed.success) names.set(parsed.data.EMail.toLowerCase(), parsed.data.Title);
      }
    }
  }
  return names;
}
