import { z } from 'zod';
import { isoDateSchema, isBefore, type IsoDate } from '../shared/calendar';
import { emailSchema, idSchema } from '../shared/person-ref';

/** Hourly staff and consultants are staff too: they handle the same information (R-TRN-1, seed 2023 report §3.5). */
export const EMPLOYMENT_TYPES = ['permanent', 'temporary', 'hourly', 'consultant'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

/** One row of the staff roster (from HR / Entra ID); the denominator of every training KPI (R-TRN-4). */
export const personSchema = z
  .object({
    email: emailSchema,
    displayName: z.string().trim().min(1, 'a name is required'),
    unitId: idSchema,
    managerEmail: emailSchema.optional(),
    employmentType: z.enum(EMPLOYMENT_TYPES),
    startDate: isoDateSchema,
    endDate: isoDateSchema.optional(),
    /** Set for managers: the day the person became a manager (R-TRN-2: trained within 3 months). */
    managerSince: isoDateSchema.optional(),
    /** Named groups used as training audiences, such as the regional board (regionstyrelsen). */
    groups: z.array(z.string().trim().min(1)).default([])
  })
  .refine((person) => person.endDate === undefined || !isBefore(person.endDate, person.startDate), {
    message: 'the end date is before the start date',
    path: ['endDate']
  })
  .refine((person) => person.managerEmail !== person.email, {
    message: 'a person cannot be their own manager',
    path: ['managerEmail']
  });
export type Person = z.infer<typeof personSchema>;

/** On the roster on that day: started, and not yet left. */
export function isCurrentStaff(person: Person, today: IsoDate): boolean {
  return !isBefore(today, person.startDate) && (person.endDate === undefined || !isBefore(person.endDate, today));
}

/** The current roster on that day, in roster order: the denominator of every staff measure (R-TRN-4). */
export function currentStaff(roster: readonly Person[], today: IsoDate): Person[] {
  return roster.filter((person) => isCurrentStaff(person, today));
}

export function isManager(person: Person, today: IsoDate): boolean {
  return person.managerSince !== undefined && !isBefore(today, person.managerSince);
}
