import type { AudienceConfig, CourseConfig, RegionConfig } from '../../config/region-config';
import { currentStaff, type Person } from '../people/person';
import { addMonthsTo, daysBetween, isBefore, laterOf, type IsoDate } from '../shared/calendar';
import type { ItSystem } from '../systems/it-system';
import { membersAmong } from './audiences';
import type { TrainingRecord } from './training-record';

const NO_RECORDS: readonly TrainingRecord[] = [];

export type TrainingState = 'done' | 'due' | 'overdue';

export interface TrainingObligation {
  readonly personEmail: string;
  readonly audienceKey: string;
  readonly courseKey: string;
  readonly state: TrainingState;
  /** undefined: the audience has no deadline, the training is expected but not yet due. */
  readonly dueOn: IsoDate | undefined;
  readonly daysOverdue: number;
  readonly completedOn: IsoDate | undefined;
  /** Micro-training (R-TRN-4): modules done of all modules; for a course 0 or 1 of 1. */
  readonly modulesDone: number;
  readonly modulesTotal: number;
}

export interface Completion {
  readonly completedOn: IsoDate | undefined;
  readonly modulesDone: number;
  readonly modulesTotal: number;
}

/**
 * The person's completion of a course from their LMS records (records of other courses are
 * ignored); a micro-training is done when every module is, on the day its last module was first done.
 */
export function completionOf(course: CourseConfig, records: readonly TrainingRecord[]): Completion {
  if (course.kind === 'micro') {
    const total = course.modules ?? 1;
    let done = 0;
    let lastModuleOn: IsoDate | undefined;
    for (let module = 1; module <= total; module += 1) {
      const firstOn = firstDoneOn(records, course.key, module);
      if (firstOn === undefined) continue;
      done += 1;
      if (lastModuleOn === undefined || isBefore(lastModuleOn, firstOn)) lastModuleOn = firstOn;
    }
    return { completedOn: done === total ? lastModuleOn : undefined, modulesDone: done, modulesTotal: total };
  }
  let latest: IsoDate | undefined;
  for (const record of records) {
    if (record.courseKey !== course.key || record.module !== undefined) continue;
    if (latest === undefined || isBefore(latest, record.completedOn)) latest = record.completedOn;
  }
  return { completedOn: latest, modulesDone: latest === undefined ? 0 : 1, modulesTotal: 1 };
}

/** The first day a module of a micro-training was done: a module redone later does not move it. */
function firstDoneOn(records: readonly TrainingRecord[], courseKey: string, module: number): IsoDate | undefined {
  let first: IsoDate | undefined;
  for (const record of records) {
    if (record.courseKey !== courseKey || record.module !== module) continue;
    if (first === undefined || isBefore(record.completedOn, first)) first = record.completedOn;
  }
  return first;
}

/** The deadline an audience sets for one person: months after their anchor date, never before the programme's date. */
export function deadlineFor(audience: AudienceConfig, person: Person): IsoDate | undefined {
  const { monthsAfter, anchor, notBefore } = audience.deadline;
  const anchorDate = anchor === 'manager-start' ? person.managerSince ?? person.startDate : person.startDate;
  const byAnchor = monthsAfter === undefined ? undefined : addMonthsTo(anchorDate, monthsAfter);
  if (byAnchor === undefined) return notBefore;
  return notBefore === undefined ? byAnchor : laterOf(byAnchor, notBefore);
}

/**
 * The LMS records per person. A completion dated after `today` is not evidence yet: a report as of
 * an earlier day (a year-end KPI, R-KPI per year) must not count training done later, as risk
 * analyses and role assignments dated later do not count either.
 */
function recordsByPerson(records: readonly TrainingRecord[], today: IsoDate): Map<string, TrainingRecord[]> {
  const grouped = new Map<string, TrainingRecord[]>();
  // The LMS lists a person's records together: the person's list is looked up once per run of
  // records, not once per record (some 100,000 at region scale).
  let person: string | undefined;
  let list: TrainingRecord[] = [];
  for (const record of records) {
    if (isBefore(today, record.completedOn)) continue;
    if (record.personEmail !== person) {
      person = record.personEmail;
      list = grouped.get(person) ?? [];
      grouped.set(person, list);
    }
    list.push(record);
  }
  return grouped;
}

/** One person's obligation towards an audience's course on `today`, from their LMS records. */
function obligationOf(
  person: Person,
  audience: AudienceConfig,
  course: CourseConfig,
  records: readonly TrainingRecord[],
  today: IsoDate
): TrainingObligation {
  const completion = completionOf(course, records);
  const expiresOn =
    completion.completedOn !== undefined && course.validForMonths !== undefined
      ? addMonthsTo(completion.completedOn, course.validForMonths)
      : undefined;
  const valid = completion.completedOn !== undefined && (expiresOn === undefined || !isBefore(expiresOn, today));
  const dueOn = valid ? undefined : expiresOn ?? deadlineFor(audience, person);
  const overdue = !valid && dueOn !== undefined && isBefore(dueOn, today);
  return {
    personEmail: person.email,
    audienceKey: audience.key,
    courseKey: course.key,
    state: valid ? 'done' : overdue ? 'overdue' : 'due',
    dueOn,
    daysOverdue: overdue && dueOn !== undefined ? daysBetween(dueOn, today) : 0,
    completedOn: valid ? completion.completedOn : undefined,
    modulesDone: valid ? completion.modulesTotal : completion.modulesDone,
    modulesTotal: completion.modulesTotal
  };
}

/**
 * Every training obligation on `today`, per person and audience (R-TRN-1..4): all staff including
 * hourly staff and consultants, managers (new managers within 3 months), förvaltningsledare and the
 * board. A completion older than the course's validity no longer counts and is due again from its expiry.
 */
export function trainingObligations(
  roster: readonly Person[],
  systems: readonly ItSystem[],
  rolesByPerson: ReadonlyMap<string, ReadonlySet<string>>,
  records: readonly TrainingRecord[],
  config: RegionConfig,
  today: IsoDate
): TrainingObligation[] {
  const courses = new Map(config.training.courses.map((course) => [course.key, course]));
  const grouped = recordsByPerson(records, today);
  const current = currentStaff(roster, today);
  return config.training.audiences.flatMap((audience) => {
    const course = courses.get(audience.courseKey);
    if (!course) return []; // the configuration schema guarantees the course exists
    // Worked out in roster order, then listed by e-mail: the roster and the LMS records come person
    // by person, so this order reads them where they lie in memory (at region scale, twice as fast
    // as walking some 100,000 records in e-mail order).
    return membersAmong(audience, current, systems, rolesByPerson, today)
      .map((person) => obligationOf(person, audience, course, grouped.get(person.email) ?? NO_RECORDS, today))
      .sort((a, b) => a.personEmail.localeCompare(b.personEmail));
  });
}

export interface AudienceCompliance {
  readonly audienceKey: string;
  readonly trained: number;
  readonly members: number;
  /** undefined when the audience has no members: 0 % of nobody is not a result. */
  readonly percent: number | undefined;
  readonly targetPercent: number;
  readonly meetsTarget: boolean | undefined;
  readonly overdue: number;
}

/** Compliance per audience against the current roster, with numerator and denominator (R-TRN-1..4, R-KPI 5). */
export function trainingCompliance(obligations: readonly TrainingObligation[], config: RegionConfig): AudienceCompliance[] {
  return config.training.audiences.map((audience) => {
    const own = obligations.filter((obligation) => obligation.audienceKey === audience.key);
    const trained = own.filter((obligation) => obligation.state === 'done').length;
    const percent = own.length === 0 ? undefined : (trained / own.length) * 100;
    return {
      audienceKey: audience.key,
      trained,
      members: own.length,
      percent,
      targetPercent: audience.targetPercent,
      meetsTarget: percent === undefined ? undefined : percent >= audience.targetPercent,
      overdue: own.filter((obligation) => obligation.state === 'overdue').length
    };
  });
}
