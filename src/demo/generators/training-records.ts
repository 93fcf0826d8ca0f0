import type { AudienceConfig, CourseConfig } from '../../config/region-config';
import type { EmploymentType, Person } from '../../domain/people/person';
import type { RoleAssignment } from '../../domain/roles/role-assignment';
import type { IsoDate } from '../../domain/shared/calendar';
import type { ItSystem } from '../../domain/systems/it-system';
import type { TrainingRecord } from '../../domain/training/training-record';
import { DEMO_PERSONAS, DEMO_PERSONA_LIST } from '../demo-personas';
import type { DemoContext } from '../demo-context';
import { addDays, addMonths, daysBefore, latestOf } from '../demo-dates';
import type { Random } from '../random';
import type { DemoStaff } from './staff';

/** Share of each kind of staff who finish every module: hourly staff and consultants lag, as they did the old course (2023 report). */
const MICRO_COMPLETION: Readonly<Record<EmploymentType, number>> = { permanent: 0.78, temporary: 0.64, hourly: 0.5, consultant: 0.42 };

/** Micro-training modules the personas have done: all of them, except the employee (5) and the consultant (none). */
const PERSONA_MODULES: ReadonlyMap<string, number | 'all'> = new Map<string, number | 'all'>([
  ...DEMO_PERSONA_LIST.map((persona) => [persona.email, 'all'] as const),
  [DEMO_PERSONAS.employee.email, 5],
  [DEMO_PERSONAS.consultant.email, 0]
]);
/** Personas who have not done their audience's course: the new manager, the förvaltningsledare, the board member. */
const PERSONAS_WITHOUT_COURSE = new Set<string>([DEMO_PERSONAS.newManager.email, DEMO_PERSONAS.systemAdministrator.email, DEMO_PERSONAS.boardMember.email]);
const PERSONAS_WITH_COURSE = new Set<string>([
  DEMO_PERSONAS.informationOwner.email,
  DEMO_PERSONAS.councilChair.email,
  DEMO_PERSONAS.regionDirector.email
]);

/**
 * R-TRN: LMS records for every audience of the configuration — the micro-training module by
 * module (R-TRN-4, most done, some partly, some not started), managers' course (new managers
 * within three months, a few expired), förvaltningsledare and the board — plus the old basic
 * course, whose records reach back years and include people who have since left (the unreliable
 * 47.8 % of the 2023 report).
 */
export function generateTrainingRecords(
  context: DemoContext,
  staff: DemoStaff,
  systems: readonly ItSystem[],
  roleAssignments: readonly RoleAssignment[]
): TrainingRecord[] {
  const random = context.random('training');
  const { asOf, config } = context;
  const records: TrainingRecord[] = [];
  const done = new Set<string>();
  const add = (personEmail: string, courseKey: string, completedOn: IsoDate, module?: number): void => {
    records.push({ id: `trn-${String(records.length + 1).padStart(6, '0')}`, personEmail, courseKey, module, completedOn });
  };
  const courses = new Map(config.training.courses.map((course) => [course.key, course]));

  for (const audience of config.training.audiences) {
    const course = courses.get(audience.courseKey);
    if (!course) continue;
    for (const person of membersOf(audience, staff, systems, roleAssignments, asOf)) {
      const key = `${person.email}\u0000${course.key}`;
      if (done.has(key)) continue;
      done.add(key);
      if (course.kind === 'micro') microTraining(person, course, audience, asOf, random, add);
      else courseCompletion(person, course, audience, asOf, random, add);
    }
  }

  // Courses no audience asks for any more (the old basic course): historical records only.
  const audienceCourses = new Set(config.training.audiences.map((audience) => audience.courseKey));
  for (const course of config.training.courses.filter((candidate) => !audienceCourses.has(candidate.key) && candidate.kind === 'course')) {
    for (const person of staff.roster) {
      if (!random.chance(0.48)) continue;
      const completedOn = addDays(latestOf(person.startDate, daysBefore(asOf, 6 * 365)), random.int(0, 60));
      if (completedOn <= asOf && (person.endDate === undefined || completedOn <= person.endDate)) add(person.email, course.key, completedOn);
    }
  }
  return records;
}

type Add = (personEmail: string, courseKey: string, completedOn: IsoDate, module?: number) => void;

/** Who belongs to an audience, the domain's rule by kind, for everyone ever on the roster (leavers trained while employed). */
function membersOf(audience: AudienceConfig, staff: DemoStaff, systems: readonly ItSystem[], roleAssignments: readonly RoleAssignment[], asOf: IsoDate): Person[] {
  const members = audience.members;
  switch (members.kind) {
    case 'all-staff':
      return staff.roster.filter((person) => members.employmentTypes.includes(person.employmentType) && person.startDate <= asOf);
    case 'managers':
      return staff.roster.filter((person) => person.managerSince !== undefined && person.managerSince <= asOf);
    case 'system-administrators': {
      const administrators = new Set(systems.filter((system) => system.lifecycle === 'active').map((system) => system.administratorEmail));
      return staff.roster.filter((person) => administrators.has(person.email));
    }
    case 'role': {
      const holders = new Set(roleAssignments.filter((assignment) => assignment.roleKey === members.roleKey).map((assignment) => assignment.holderEmail));
      return staff.roster.filter((person) => holders.has(person.email));
    }
    case 'group':
      return staff.roster.filter((person) => person.groups.includes(members.group));
  }
}

/** One record per module, a module a week from when the person's series started; never after asOf or after leaving. */
function microTraining(person: Person, course: CourseConfig, audience: AudienceConfig, asOf: IsoDate, random: Random, add: Add): void {
  const modules = course.modules ?? 1;
  // The programme rolled out some four months before the audience's first deadline (autumn 2024 by default).
  const rollout = audience.deadline.notBefore !== undefined ? addMonths(audience.deadline.notBefore, -4) : daysBefore(asOf, 180);
  const persona = PERSONA_MODULES.get(person.email);
  const roll = random.float();
  const completion = MICRO_COMPLETION[person.employmentType];
  const target = persona === 'all' ? modules : persona ?? (roll < completion ? modules : roll < completion + (1 - completion) * 0.45 ? random.int(1, modules - 1 || 1) : 0);
  let date = addDays(latestOf(rollout, person.startDate), random.int(0, 21));
  for (let module = 1; module <= target; module += 1) {
    if (date > asOf || (person.endDate !== undefined && date > person.endDate)) break;
    add(person.email, course.key, date, module);
    date = addDays(date, course.daysBetweenModules + random.int(0, 3));
  }
}

/** A whole course: most members have done it within its validity; some expired, some never; new managers mostly not yet. */
function courseCompletion(person: Person, course: CourseConfig, audience: AudienceConfig, asOf: IsoDate, random: Random, add: Add): void {
  if (PERSONAS_WITHOUT_COURSE.has(person.email)) return;
  const anchor = audience.deadline.anchor === 'manager-start' ? person.managerSince ?? person.startDate : person.startDate;
  const isNew = anchor > daysBefore(asOf, 92);
  const roll = random.float();
  const doneShare = audience.members.kind === 'managers' ? (isNew ? 0.3 : 0.8) : audience.members.kind === 'group' ? 0.8 : 0.62;
  const expiredShare = course.validForMonths !== undefined ? 0.08 : 0;
  const validMonths = course.validForMonths;
  const validFrom = validMonths !== undefined ? addMonths(asOf, -validMonths) : undefined;
  let completedOn: IsoDate | undefined;
  if (PERSONAS_WITH_COURSE.has(person.email) || roll < doneShare) {
    const first = addDays(latestOf(anchor, person.startDate), random.int(5, 80));
    // Someone who took the course before its validity ran out has taken it again since.
    completedOn = validFrom === undefined || validMonths === undefined || first >= validFrom ? first : daysBefore(asOf, random.int(30, validMonths * 30 - 30));
  } else if (roll < doneShare + expiredShare && validFrom !== undefined) {
    completedOn = daysBefore(validFrom, random.int(1, 400));
  }
  if (completedOn === undefined || completedOn > asOf || completedOn < person.startDate) return;
  if (person.endDate !== undefined && completedOn > person.endDate) return;
  add(person.email, course.key, completedOn);
}
