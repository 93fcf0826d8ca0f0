import { DEFAULT_REGION_CONFIG } from '../../../src/config/default-region';
import type { AudienceConfig, CourseConfig, RegionConfig } from '../../../src/config/region-config';
import type { Person, personSchema } from '../../../src/domain/people/person';
import { isoDate } from '../../../src/domain/shared/calendar';
import {
  completionOf,
  deadlineFor,
  trainingCompliance,
  trainingObligations,
  type TrainingObligation,
  type TrainingState
} from '../../../src/domain/training/training-obligations';
import type { TrainingRecord } from '../../../src/domain/training/training-record';
import { aPerson, aSystem, aTrainingRecord, type Overrides } from '../builders';
import { configWith, label } from '../builders-extra';
import { courseRecord, microRecords, NO_ROLES } from '../builders-more';

/*
 * Default region: all staff take the 12-module micro-training within 3 months of starting (not
 * before 2024-12-31), target 80 %; managers the manager course within 3 months of becoming a manager,
 * valid 36 months, target 100 %; förvaltningsledare and the board their courses by 2025-06-30.
 */
const config = DEFAULT_REGION_CONFIG;
const course = (key: string): CourseConfig => {
  const found = config.training.courses.find((c) => c.key === key);
  if (!found) throw new Error(`no course ${key}`);
  return found;
};
const audience = (key: string): AudienceConfig => {
  const found = config.training.audiences.find((a) => a.key === key);
  if (!found) throw new Error(`no audience ${key}`);
  return found;
};

/** The twelve weekly modules from Monday 2026-01-05: module n on 2026-01-05 + 7(n-1) days, module 12 on 2026-03-23. */
const WEEKLY: Record<number, string> = {
  1: '2026-01-05',
  2: '2026-01-12',
  3: '2026-01-19',
  4: '2026-01-26',
  5: '2026-02-02',
  6: '2026-02-09',
  7: '2026-02-16',
  8: '2026-02-23',
  9: '2026-03-02',
  10: '2026-03-09',
  11: '2026-03-16',
  12: '2026-03-23'
};
const fullMicro = (email: string): TrainingRecord[] => microRecords(email, WEEKLY);

function obligationsOf(
  audienceKey: string,
  roster: readonly Person[],
  records: readonly TrainingRecord[],
  today: string,
  region: RegionConfig = config,
  systems = [] as ReturnType<typeof aSystem>[]
): TrainingObligation[] {
  return trainingObligations(roster, systems, NO_ROLES, records, region, isoDate(today)).filter((o) => o.audienceKey === audienceKey);
}

describe('completionOf: micro-training modules (R-TRN-4)', () => {
  const micro = course('mikroutbildning');

  test.each<[string, TrainingRecord[], string | undefined, number]>([
    ['no records', [], undefined, 0],
    ['all twelve weekly modules: complete on the last module\'s day', fullMicro('a@region.se'), '2026-03-23', 12],
    ['module 7 done last, after module 12: complete on module 7\'s day', microRecords('a@region.se', { ...WEEKLY, 7: '2026-04-01' }), '2026-04-01', 12],
    ['eleven modules: not complete', fullMicro('a@region.se').filter((record) => record.module !== 12), undefined, 11],
    [
      'module numbers above the total are ignored, they do not stand in for module 12',
      [
        ...fullMicro('a@region.se').filter((record) => record.module !== 12),
        ...microRecords('a@region.se', { 13: '2026-03-30', 99: '2026-03-31' })
      ],
      undefined,
      11
    ],
    [
      'a module done twice counts once, and redoing it later does not move the completion date',
      [...fullMicro('a@region.se'), ...microRecords('a@region.se', { 3: '2026-05-04' })],
      '2026-03-23',
      12
    ],
    [
      'a module done twice: its first completion counts towards the date',
      [...microRecords('a@region.se', { ...WEEKLY, 12: '2026-04-20' }), ...microRecords('a@region.se', { 12: '2026-03-23' })],
      '2026-03-23',
      12
    ],
    ['a whole-course record without a module number is not a micro-training module', [courseRecord('a@region.se', 'mikroutbildning', '2026-01-05')], undefined, 0],
    ['five modules of twelve', microRecords('a@region.se', { 1: WEEKLY[1], 2: WEEKLY[2], 3: WEEKLY[3], 4: WEEKLY[4], 5: WEEKLY[5] }), undefined, 5]
  ])('%s', (_what, records, completedOn, modulesDone) => {
    expect(completionOf(micro, records)).toEqual({ completedOn, modulesDone, modulesTotal: 12 });
    expect(completionOf(micro, [...records].reverse())).toEqual({ completedOn, modulesDone, modulesTotal: 12 });
  });
});

describe('completionOf: a whole course', () => {
  const managerCourse = course('chefsutbildning');

  test.each<[string, TrainingRecord[], string | undefined, number]>([
    ['no records', [], undefined, 0],
    ['one completion', [courseRecord('a@region.se', 'chefsutbildning', '2025-05-01')], '2025-05-01', 1],
    [
      'renewed: the latest completion counts',
      [courseRecord('a@region.se', 'chefsutbildning', '2025-05-01'), courseRecord('a@region.se', 'chefsutbildning', '2022-01-10')],
      '2025-05-01',
      1
    ],
    ['a record with a module number is not a completion of the whole course', [aTrainingRecord({ id: 't1', personEmail: 'a@region.se', courseKey: 'chefsutbildning', module: 1 })], undefined, 0]
  ])('%s', (_what, records, completedOn, modulesDone) => {
    expect(completionOf(managerCourse, records)).toEqual({ completedOn, modulesDone, modulesTotal: 1 });
  });
});

describe('deadlineFor: months after the anchor, never before the programme date (R-TRN-1..3)', () => {
  test.each<[string, string, Overrides<typeof personSchema>, string | undefined]>([
    // all staff: 3 months after employment start, not before 2024-12-31
    ['alla-medarbetare', 'long employed: the programme date', { startDate: '2020-01-01' }, '2024-12-31'],
    ['alla-medarbetare', 'started 2024-09-01: 2024-12-01 is before the programme date', { startDate: '2024-09-01' }, '2024-12-31'],
    ['alla-medarbetare', 'started 2024-09-30: 2024-12-30, still before', { startDate: '2024-09-30' }, '2024-12-31'],
    ['alla-medarbetare', 'started 2024-10-01: 2025-01-01', { startDate: '2024-10-01' }, '2025-01-01'],
    ['alla-medarbetare', 'started 2024-11-30: February has no 30th, 2025-02-28', { startDate: '2024-11-30' }, '2025-02-28'],
    ['alla-medarbetare', 'started 2026-05-01: 2026-08-01', { startDate: '2026-05-01' }, '2026-08-01'],
    // managers: 3 months after becoming a manager, no programme date
    ['chefer', 'manager since 2026-03-15: 2026-06-15', { startDate: '2010-01-01', managerSince: '2026-03-15' }, '2026-06-15'],
    ['chefer', 'manager since 2027-11-30: 2028-02-29 in a leap year', { startDate: '2010-01-01', managerSince: '2027-11-30' }, '2028-02-29'],
    ['chefer', 'no manager start recorded: the employment start stands in', { startDate: '2026-02-01' }, '2026-05-01'],
    // förvaltningsledare and the board: the follow-up date only
    ['forvaltningsledare', 'any start', { startDate: '2026-05-01' }, '2025-06-30'],
    ['regionstyrelsen', 'any start', { startDate: '2010-01-01' }, '2025-06-30']
  ])('%s, %s → %s', (audienceKey, _what, person, expected) => {
    expect(deadlineFor(audience(audienceKey), aPerson({ email: 'p@region.se', ...person }))).toBe(expected);
  });

  test('an audience without any deadline has none', () => {
    const open: AudienceConfig = { ...audience('regionstyrelsen'), deadline: { anchor: 'employment-start' } };
    expect(deadlineFor(open, aPerson({ email: 'p@region.se' }))).toBeUndefined();
  });
});

describe('new managers are trained within 3 calendar months of becoming a manager (R-TRN-2)', () => {
  /*
   * Three months is not a fixed number of days: from mid-March it is 92 days (16 + 30 + 31 + 15),
   * across February only 89 (28 + 31 + 30). So "92 days ago" is due today in June, and 3 days
   * overdue at the end of May; "89 days ago" is never overdue, and exactly due across February.
   */
  test.each<[string, string, string, TrainingState, number]>([
    // [today, managerSince, expected dueOn, state, daysOverdue]
    ['2026-06-15', '2026-03-18', '2026-06-18', 'due', 0], // 89 days ago (13 + 30 + 31 + 15)
    ['2026-06-15', '2026-03-15', '2026-06-15', 'due', 0], // 92 days ago: due today, not yet overdue
    ['2026-06-15', '2026-03-14', '2026-06-14', 'overdue', 1], // 93 days ago
    ['2026-05-31', '2026-03-03', '2026-06-03', 'due', 0], // 89 days ago (28 + 30 + 31)
    ['2026-05-31', '2026-02-28', '2026-05-28', 'overdue', 3], // 92 days ago (31 + 30 + 31)
    ['2026-05-28', '2026-02-28', '2026-05-28', 'due', 0], // 89 days ago: exactly 3 months
    ['2026-05-29', '2026-02-28', '2026-05-28', 'overdue', 1], // 90 days ago
    ['2026-03-01', '2025-11-30', '2026-02-28', 'overdue', 1], // 91 days ago; 30 November + 3 months = 28 February
    ['2028-02-29', '2027-11-30', '2028-02-29', 'due', 0], // leap year: 29 February exists
    ['2028-03-01', '2027-11-30', '2028-02-29', 'overdue', 1]
  ])('on %s, manager since %s: due %s, %s (%d days)', (today, managerSince, dueOn, state, daysOverdue) => {
    const [obligation] = obligationsOf('chefer', [aPerson({ email: 'chef@region.se', startDate: '2015-01-01', managerSince })], [], today);
    expect(obligation).toEqual({
      personEmail: 'chef@region.se',
      audienceKey: 'chefer',
      courseKey: 'chefsutbildning',
      state,
      dueOn,
      daysOverdue,
      completedOn: undefined,
      modulesDone: 0,
      modulesTotal: 1
    });
  });

  test('a manager who has done the course is done, even when it was before becoming a manager', () => {
    const [obligation] = obligationsOf(
      'chefer',
      [aPerson({ email: 'chef@region.se', managerSince: '2026-03-01' })],
      [courseRecord('chef@region.se', 'chefsutbildning', '2025-10-01')],
      '2026-06-15'
    );
    expect([obligation.state, obligation.dueOn, obligation.daysOverdue, obligation.completedOn, obligation.modulesDone]).toEqual([
      'done',
      undefined,
      0,
      '2025-10-01',
      1
    ]);
  });

  test('somebody else\'s completion, or another course, does not count', () => {
    const [obligation] = obligationsOf(
      'chefer',
      [aPerson({ email: 'chef@region.se', managerSince: '2026-03-01' })],
      [courseRecord('annan@region.se', 'chefsutbildning', '2026-04-01'), courseRecord('chef@region.se', 'grundutbildning', '2026-04-01')],
      '2026-06-15'
    );
    // 2026-03-01 + 3 months = 2026-06-01; 14 days overdue on 2026-06-15.
    expect([obligation.state, obligation.dueOn, obligation.daysOverdue]).toEqual(['overdue', '2026-06-01', 14]);
  });
});

describe('a completion expires after the course\'s validity and is due again from its expiry', () => {
  test.each<[string, string, TrainingState, string | undefined, number, string | undefined]>([
    // [completedOn, today, state, dueOn, daysOverdue, completedOn reported] — manager course valid 36 months
    ['2023-06-15', '2026-06-15', 'done', undefined, 0, '2023-06-15'], // expires today: still valid
    ['2023-06-15', '2026-06-16', 'overdue', '2026-06-15', 1, undefined],
    ['2024-02-29', '2027-02-28', 'done', undefined, 0, '2024-02-29'], // leap day + 36 months = 2027-02-28
    ['2024-02-29', '2027-03-01', 'overdue', '2027-02-28', 1, undefined],
    ['2022-01-10', '2026-06-15', 'overdue', '2025-01-10', 521, undefined] // expired 2025-01-10: 355 + 166 days
  ])('completed %s, on %s: %s', (completedOn, today, state, dueOn, daysOverdue, reported) => {
    // A manager since 2019: the 3-month deadline (2019-04-01) is long gone; the expiry is what counts.
    const [obligation] = obligationsOf(
      'chefer',
      [aPerson({ email: 'chef@region.se', managerSince: '2019-01-01' })],
      [courseRecord('chef@region.se', 'chefsutbildning', completedOn)],
      today
    );
    expect([obligation.state, obligation.dueOn, obligation.daysOverdue, obligation.completedOn]).toEqual([state, dueOn, daysOverdue, reported]);
  });

  test('a renewal before expiry keeps the person trained', () => {
    const [obligation] = obligationsOf(
      'chefer',
      [aPerson({ email: 'chef@region.se', managerSince: '2019-01-01' })],
      [courseRecord('chef@region.se', 'chefsutbildning', '2022-01-10'), courseRecord('chef@region.se', 'chefsutbildning', '2025-05-01')],
      '2026-06-15'
    );
    expect([obligation.state, obligation.completedOn]).toEqual(['done', '2025-05-01']);
  });

  test.each<[string, TrainingState, string | undefined]>([
    ['2028-02-29', 'done', undefined], // leap day + 48 months is a leap day again
    ['2028-03-01', 'overdue', '2028-02-29']
  ])('a 48-month validity: completed 2024-02-29, on %s %s', (today, state, dueOn) => {
    const region = configWith({
      training: {
        courses: config.training.courses.map((c) => (c.key === 'chefsutbildning' ? { ...c, validForMonths: 48 } : c))
      }
    });
    const [obligation] = obligationsOf(
      'chefer',
      [aPerson({ email: 'chef@region.se', managerSince: '2019-01-01' })],
      [courseRecord('chef@region.se', 'chefsutbildning', '2024-02-29')],
      today,
      region
    );
    expect([obligation.state, obligation.dueOn]).toEqual([state, dueOn]);
  });

  test('a course without validity never expires', () => {
    const [obligation] = obligationsOf(
      'forvaltningsledare',
      [aPerson({ email: 'fl@region.se' })],
      [courseRecord('fl@region.se', 'forvaltningsledarutbildning', '2015-03-01')],
      '2026-06-15',
      config,
      [aSystem({ id: 's1', administratorEmail: 'fl@region.se' })]
    );
    expect([obligation.state, obligation.completedOn]).toEqual(['done', '2015-03-01']);
  });
});

describe('förvaltningsledare and the board by their follow-up date (R-TRN-3)', () => {
  const roster = [
    aPerson({ email: 'fl@region.se' }),
    aPerson({ email: 'fl.klar@region.se' }),
    aPerson({ email: 'ledamot@region.se', groups: ['regionstyrelsen'] }),
    aPerson({ email: 'ledamot.klar@region.se', groups: ['regionstyrelsen'] })
  ];
  const systems = [
    aSystem({ id: 's1', administratorEmail: 'fl@region.se' }),
    aSystem({ id: 's2', administratorEmail: 'fl.klar@region.se' }),
    aSystem({ id: 's3', lifecycle: 'retired', administratorEmail: 'ledamot@region.se' })
  ];
  const records = [
    courseRecord('fl.klar@region.se', 'forvaltningsledarutbildning', '2025-03-01'),
    courseRecord('ledamot.klar@region.se', 'styrelseutbildning', '2025-09-01')
  ];
  const brief = (obligations: TrainingObligation[]): Array<[string, TrainingState, string | undefined, number]> =>
    obligations.map((o) => [o.personEmail, o.state, o.dueOn, o.daysOverdue]);

  test.each<[string, string, Array<[string, TrainingState, string | undefined, number]>]>([
    // 2025-06-30 → 2026-06-15: 184 days to the year end + 166 = 350
    ['forvaltningsledare', '2026-06-15', [['fl.klar@region.se', 'done', undefined, 0], ['fl@region.se', 'overdue', '2025-06-30', 350]]],
    ['forvaltningsledare', '2025-06-30', [['fl.klar@region.se', 'done', undefined, 0], ['fl@region.se', 'due', '2025-06-30', 0]]],
    ['regionstyrelsen', '2026-06-15', [['ledamot.klar@region.se', 'done', undefined, 0], ['ledamot@region.se', 'overdue', '2025-06-30', 350]]],
    // Before ledamot.klar trained: both owe it, one day overdue.
    ['regionstyrelsen', '2025-07-01', [['ledamot.klar@region.se', 'overdue', '2025-06-30', 1], ['ledamot@region.se', 'overdue', '2025-06-30', 1]]]
  ])('%s on %s', (audienceKey, today, expected) => {
    expect(brief(obligationsOf(audienceKey, roster, records, today, config, systems))).toEqual(expected);
  });
});

describe('all staff take the micro-training (R-TRN-1, R-TRN-4)', () => {
  test('partial completion shows the modules done; the deadline is the programme date for long-employed staff', () => {
    const [obligation] = obligationsOf(
      'alla-medarbetare',
      [aPerson({ email: 'timanstalld@region.se', employmentType: 'hourly' })],
      microRecords('timanstalld@region.se', { 1: WEEKLY[1], 2: WEEKLY[2], 3: WEEKLY[3], 4: WEEKLY[4], 5: WEEKLY[5], 14: WEEKLY[6] }),
      '2026-06-15'
    );
    // 2024-12-31 → 2026-06-15: 365 + 166 = 531 days.
    expect(obligation).toEqual({
      personEmail: 'timanstalld@region.se',
      audienceKey: 'alla-medarbetare',
      courseKey: 'mikroutbildning',
      state: 'overdue',
      dueOn: '2024-12-31',
      daysOverdue: 531,
      completedOn: undefined,
      modulesDone: 5,
      modulesTotal: 12
    });
  });

  test('as of an earlier day (a year-end report), modules done after that day do not count yet', () => {
    const person = [aPerson({ email: 'a@region.se', startDate: '2025-12-01' })];
    // Modules 1–12 from 2026-01-05 to 2026-03-23; as of 2026-02-28, modules 1–8 (to 2026-02-23) are done.
    const asOfFebruary = obligationsOf('alla-medarbetare', person, fullMicro('a@region.se'), '2026-02-28');
    // Started 2025-12-01 + 3 months = 2026-03-01: due, not overdue.
    expect(asOfFebruary.map((o) => [o.state, o.dueOn, o.modulesDone, o.completedOn])).toEqual([['due', '2026-03-01', 8, undefined]]);
    const asOfMarch23 = obligationsOf('alla-medarbetare', person, fullMicro('a@region.se'), '2026-03-23');
    expect(asOfMarch23.map((o) => [o.state, o.dueOn, o.modulesDone, o.completedOn])).toEqual([['done', undefined, 12, '2026-03-23']]);
    // The day before module 12: 11 modules, 21 days past the deadline.
    const asOfMarch22 = obligationsOf('alla-medarbetare', person, fullMicro('a@region.se'), '2026-03-22');
    expect(asOfMarch22.map((o) => [o.state, o.dueOn, o.daysOverdue, o.modulesDone])).toEqual([['overdue', '2026-03-01', 21, 11]]);
  });

  test('a new hire has three months', () => {
    const [obligation] = obligationsOf('alla-medarbetare', [aPerson({ email: 'ny@region.se', employmentType: 'consultant', startDate: '2026-05-01' })], [], '2026-06-15');
    expect([obligation.state, obligation.dueOn, obligation.daysOverdue, obligation.modulesDone]).toEqual(['due', '2026-08-01', 0, 0]);
  });

  test('all twelve modules: done on the last module\'s day', () => {
    const [obligation] = obligationsOf('alla-medarbetare', [aPerson({ email: 'a@region.se' })], fullMicro('a@region.se'), '2026-06-15');
    expect([obligation.state, obligation.completedOn, obligation.modulesDone, obligation.modulesTotal]).toEqual(['done', '2026-03-23', 12, 12]);
  });

  test('one obligation per person and audience: a manager on the board owes three courses', () => {
    const obligations = trainingObligations(
      [aPerson({ email: 'chef@region.se', managerSince: '2020-01-01', groups: ['regionstyrelsen'] }), aPerson({ email: 'a@region.se' })],
      [],
      NO_ROLES,
      [],
      config,
      isoDate('2026-06-15')
    );
    expect(obligations.map((o) => [o.audienceKey, o.personEmail, o.courseKey])).toEqual([
      ['alla-medarbetare', 'a@region.se', 'mikroutbildning'],
      ['alla-medarbetare', 'chef@region.se', 'mikroutbildning'],
      ['chefer', 'chef@region.se', 'chefsutbildning'],
      ['regionstyrelsen', 'chef@region.se', 'styrelseutbildning']
    ]);
  });
});

describe('trainingCompliance: numerator and denominator against the current roster (R-TRN-1..4, R-KPI 5)', () => {
  const today = isoDate('2026-06-15');
  const roster = [
    aPerson({ email: 'permanent@region.se', employmentType: 'permanent' }),
    aPerson({ email: 'temporary@region.se', employmentType: 'temporary' }),
    aPerson({ email: 'hourly@region.se', employmentType: 'hourly' }),
    aPerson({ email: 'consultant@region.se', employmentType: 'consultant' }),
    // Trained, but gone or not yet here: neither in the numerator nor in the denominator.
    aPerson({ email: 'left@region.se', endDate: '2026-05-31' }),
    aPerson({ email: 'future@region.se', startDate: '2026-09-01' })
  ];
  const records = ['permanent', 'temporary', 'hourly', 'left', 'future'].flatMap((name) => fullMicro(`${name}@region.se`));

  test('3 of 4 current staff trained, the consultant not: 75 %, below the 80 % target', () => {
    const compliance = trainingCompliance(trainingObligations(roster, [], NO_ROLES, records, config, today), config);
    expect(compliance).toEqual([
      { audienceKey: 'alla-medarbetare', trained: 3, members: 4, percent: 75, targetPercent: 80, meetsTarget: false, overdue: 1 },
      // Nobody is a manager, administers a system or sits on the board: no percentage, not 0 %.
      { audienceKey: 'chefer', trained: 0, members: 0, percent: undefined, targetPercent: 100, meetsTarget: undefined, overdue: 0 },
      { audienceKey: 'forvaltningsledare', trained: 0, members: 0, percent: undefined, targetPercent: 100, meetsTarget: undefined, overdue: 0 },
      { audienceKey: 'regionstyrelsen', trained: 0, members: 0, percent: undefined, targetPercent: 100, meetsTarget: undefined, overdue: 0 }
    ]);
  });

  test('a fifth, trained consultant: 4 of 5 = 80 %, exactly the target', () => {
    const more = [...roster, aPerson({ email: 'consultant2@region.se', employmentType: 'consultant' })];
    const [all] = trainingCompliance(trainingObligations(more, [], NO_ROLES, [...records, ...fullMicro('consultant2@region.se')], config, today), config);
    expect([all.trained, all.members, all.percent, all.meetsTarget, all.overdue]).toEqual([4, 5, 80, true, 1]);
  });

  test('a new hire with time left is neither trained nor overdue', () => {
    const more = [...roster, aPerson({ email: 'ny@region.se', startDate: '2026-06-01' })];
    const [all] = trainingCompliance(trainingObligations(more, [], NO_ROLES, records, config, today), config);
    expect([all.trained, all.members, all.percent, all.meetsTarget, all.overdue]).toEqual([3, 5, 60, false, 1]);
  });

  test('an empty roster: every audience 0 of 0, percent undefined', () => {
    expect(trainingCompliance(trainingObligations([], [], NO_ROLES, [], config, today), config).map((c) => [c.audienceKey, c.trained, c.members, c.percent, c.meetsTarget])).toEqual([
      ['alla-medarbetare', 0, 0, undefined, undefined],
      ['chefer', 0, 0, undefined, undefined],
      ['forvaltningsledare', 0, 0, undefined, undefined],
      ['regionstyrelsen', 0, 0, undefined, undefined]
    ]);
  });

  test('a region\'s own target and audience list are followed', () => {
    const region = configWith({
      training: {
        audiences: [
          {
            key: 'alla',
            label: label('Alla', 'All'),
            members: { kind: 'all-staff', employmentTypes: ['permanent', 'temporary', 'hourly', 'consultant'] },
            courseKey: 'mikroutbildning',
            targetPercent: 70
          }
        ]
      }
    });
    const compliance = trainingCompliance(trainingObligations(roster, [], NO_ROLES, records, region, today), region);
    // No deadline configured: the consultant's training is expected, not overdue.
    expect(compliance).toEqual([{ audienceKey: 'alla', trained: 3, members: 4, percent: 75, targetPercent: 70, meetsTarget: true, overdue: 0 }]);
  });
});
