import type { AudienceConfig } from '../../config/region-config';
import { currentStaff, isManager, type Person } from '../people/person';
import type { IsoDate } from '../shared/calendar';
import { isCurrentSystem, type ItSystem } from '../systems/it-system';

/**
 * Who belongs to a training audience on `today`. Only people on the current roster count: the
 * 2023 report's 47.8 % had no current denominator and could not be trusted (R-TRN-4).
 */
export function audienceMembers(
  audience: AudienceConfig,
  roster: readonly Person[],
  systems: readonly ItSystem[],
  rolesByPerson: ReadonlyMap<string, ReadonlySet<string>>,
  today: IsoDate
): Person[] {
  return membersAmong(audience, currentStaff(roster, today), systems, rolesByPerson, today);
}

/**
 * The members of an audience among people already known to be on the current roster, in their
 * order: the training rules filter the roster once for all audiences, not once per audience.
 */
export function membersAmong(
  audience: AudienceConfig,
  current: readonly Person[],
  systems: readonly ItSystem[],
  rolesByPerson: ReadonlyMap<string, ReadonlySet<string>>,
  today: IsoDate
): Person[] {
  const members = audience.members;
  switch (members.kind) {
    case 'all-staff':
      return current.filter((person) => members.employmentTypes.includes(person.employmentType));
    case 'managers':
      return current.filter((person) => isManager(person, today));
    case 'system-administrators': {
      const administrators = new Set(
        systems.filter(isCurrentSystem).flatMap((system) => (system.administratorEmail === undefined ? [] : [system.administratorEmail]))
      );
      return current.filter((person) => administrators.has(person.email));
    }
    case 'role':
      return current.filter((person) => rolesByPerson.get(person.email)?.has(members.roleKey) ?? false);
    case 'group':
      return current.filter((person) => person.groups.includes(members.group));
  }
}
