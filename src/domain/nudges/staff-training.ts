import type { Person } from '../people/person';
import type { NudgeItem } from './nudge-item';
import { compareNudgeItems } from './nudge-item';
import type { Digest } from './nudge-plan';

/**
 * R-NDG-1 "training deadlines (employees, and managers about their staff)": the overdue training
 * of the people whose manager this is, read from the staff's own digests. Items already escalated
 * to the manager (R-NDG-3) are left out: the manager sees each once, in the escalation. Due-soon
 * training stays the employee's own business until it is late.
 */
export function staffOverdueTraining(
  managerEmail: string,
  digestsByRecipient: ReadonlyMap<string, Digest>,
  staff: Iterable<Pick<Person, 'email' | 'managerEmail'>>,
  alreadyEscalated: ReadonlySet<string>
): NudgeItem[] {
  const items: NudgeItem[] = [];
  for (const person of staff) {
    if (person.managerEmail !== managerEmail || person.email === managerEmail) continue;
    for (const item of digestsByRecipient.get(person.email)?.owed ?? []) {
      if (item.topic === 'training' && item.urgency === 'overdue' && !alreadyEscalated.has(item.key)) items.push(item);
    }
  }
  return items.sort((a, b) => a.responsibleEmail.localeCompare(b.responsibleEmail) || compareNudgeItems(a, b));
}
