import { normalizedKeyPart } from './natural-key';

/**
 * What an import checks a row against, read once before the rows (never per row): the people the
 * region knows (the Staff list and the site's users, by lower-case e-mail) and the organisation's
 * units (by name and by id).
 */
export interface ImportContext {
  readonly knownPeople: ReadonlySet<string>;
  /** Unit ids by normalised name (normalizedKeyPart); two units may share a name. */
  readonly unitsByName: ReadonlyMap<string, readonly string[]>;
  readonly unitIds: ReadonlySet<string>;
}

export function importContext(people: Iterable<string>, units: Iterable<{ readonly id: string; readonly name: string }>): ImportContext {
  const unitsByName = new Map<string, string[]>();
  const unitIds = new Set<string>();
  for (const unit of units) {
    unitIds.add(unit.id);
    const name = normalizedKeyPart(unit.name);
    unitsByName.set(name, [...(unitsByName.get(name) ?? []), unit.id]);
  }
  return { knownPeople: new Set([...people].map((email) => email.trim().toLowerCase())), unitsByName, unitIds };
}
