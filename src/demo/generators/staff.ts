import type { RegionConfig } from '../../config/region-config';
import type { EmploymentType, Person } from '../../domain/people/person';
import { isoDate, type IsoDate } from '../../domain/shared/calendar';
import { REGION_ORGANISATION } from '../catalogue/organisation';
import { employmentMix, JOB_TITLES } from '../catalogue/job-titles';
import { DEMO_PERSONAS, DEMO_PERSONA_LIST, type DemoPersona } from '../demo-personas';
import type { DemoContext } from '../demo-context';
import { addDays, addMonths, daysBefore, employedOn, yearOfDate } from '../demo-dates';
import { DEMO_BOARD_SIZE, DEMO_TARGET_COUNTS } from '../demo-targets';
import { EmailBook } from '../email-addresses';
import type { Random } from '../random';
import { APOSTROPHE_LAST_NAMES, COMMON_LAST_NAMES, FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, OTHER_LAST_NAMES } from '../swedish-names';
import type { DemoOrganisation, DemoUnit } from './units';

export type StaffKind = 'director' | 'chief' | 'board' | 'staff';

export interface DemoStaff {
  readonly roster: readonly Person[];
  readonly titleOf: ReadonlyMap<string, string>;
  readonly kindOf: ReadonlyMap<string, StaffKind>;
  /** The chief per unit id, as HR has it: sometimes someone who has left (the post is not updated). */
  readonly chiefOf: ReadonlyMap<string, string>;
  /** Current staff per unit who are not its chief, board members excluded. */
  readonly membersOf: ReadonlyMap<string, readonly string[]>;
  readonly byEmail: ReadonlyMap<string, Person>;
  /** People on the roster whose employment has ended: HR keeps them, the rules must not count them. */
  readonly leavers: readonly string[];
  isCurrent(email: string): boolean;
  /** The nearest chief up the tree from `unitId` (the unit's own first) who is on the current roster. */
  currentChiefUp(unitId: string, except?: string): string | undefined;
}

interface Draft {
  firstName: string;
  lastName: string;
  email: string;
  unitId: string;
  employmentType: EmploymentType;
  startDate: IsoDate;
  endDate?: IsoDate;
  managerSince?: IsoDate;
  groups: string[];
  managerEmail?: string;
  kind: StaffKind;
  title: string;
  /** The unit this person is chief of, for the manager pass. */
  chiefOfUnitId?: string;
  /** A deliberate gap: HR has no manager for this person. */
  withoutManager?: boolean;
}

function randomName(random: Random): { firstName: string; lastName: string } {
  const firstName = random.pick(random.chance(0.5) ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES);
  const lastName = random.chance(0.003)
    ? random.pick(APOSTROPHE_LAST_NAMES)
    : random.pick(random.chance(0.4) ? COMMON_LAST_NAMES : OTHER_LAST_NAMES);
  return { firstName, lastName };
}

/** The first day of the regional board's four-year term that contains `asOf` (terms 2023–2026, 2027–2030, …). */
function boardTermStart(asOf: IsoDate): IsoDate {
  const year = yearOfDate(asOf);
  return isoDate(`${2023 + 4 * Math.floor((year - 2023) / 4)}-01-01`);
}

/**
 * The staff roster (R-TRN-4's denominator): permanent, temporary and hourly staff and
 * consultants, a chief per unit (a few posts vacant, a few held by someone who has left), new
 * managers, the regional board, leavers still on the roster, people who start after asOf, and a
 * few people HR has no manager for — the gaps real rosters have.
 */
export function generateStaff(context: DemoContext, organisation: DemoOrganisation): DemoStaff {
  const random = context.random('staff');
  const { asOf } = context;
  const book = new EmailBook();
  for (const persona of DEMO_PERSONA_LIST) book.reserve(persona.email);
  const drafts: Draft[] = [];
  const chiefOf = new Map<string, string>();

  const personaDraft = (persona: DemoPersona, kind: StaffKind, unit: DemoUnit): Draft => ({
    firstName: persona.firstName,
    lastName: persona.lastName,
    email: persona.email,
    unitId: unit.unit.id,
    employmentType: persona.employmentType,
    startDate: daysBefore(asOf, persona.tenure.startedDaysAgo),
    endDate: persona.tenure.endsInDays === undefined ? undefined : addDays(asOf, persona.tenure.endsInDays),
    managerSince: persona.tenure.managerDaysAgo === undefined ? undefined : daysBefore(asOf, persona.tenure.managerDaysAgo),
    groups: [],
    kind,
    title: persona.title
  });

  // The regional director heads the whole organisation from the Regionstaben.
  drafts.push(personaDraft(DEMO_PERSONAS.regionDirector, 'director', organisation.resolve(DEMO_PERSONAS.regionDirector.unitPath)));

  // One chief per unit. Persona chiefs sit on first children, so their units exist at every scale.
  const chiefPersonaByUnit = new Map<string, DemoPersona>();
  for (const persona of DEMO_PERSONA_LIST.filter((p) => p.isChief)) {
    const unit = organisation.resolve(persona.unitPath);
    if (unit.path.length !== persona.unitPath.length) throw new Error(`The demo persona ${persona.email} has no unit to lead`);
    chiefPersonaByUnit.set(unit.unit.id, persona);
  }
  const posts = organisation.units.filter((unit) => unit.depth > 0 && !chiefPersonaByUnit.has(unit.unit.id));
  const postFates = new Map(random.deal(posts.length, [['filled', 94], ['vacant', 4], ['left', 2]]).map((fate, index) => [posts[index].unit.id, fate]));
  const tenures = random.deal(organisation.units.length, [['settled', 80], ['this-year', 12], ['new', 8]]);
  organisation.units.forEach((unit, index) => {
    const persona = chiefPersonaByUnit.get(unit.unit.id);
    if (persona) {
      const draft = personaDraft(persona, 'chief', unit);
      drafts.push({ ...draft, chiefOfUnitId: unit.unit.id });
      chiefOf.set(unit.unit.id, draft.email);
      return;
    }
    const fate = postFates.get(unit.unit.id) ?? 'filled';
    if (fate === 'vacant') return;
    const name = randomName(random);
    const tenure = tenures[index];
    const managerDaysAgo =
      fate === 'left' || tenure === 'settled' ? random.int(400, 6000) : tenure === 'this-year' ? random.int(93, 364) : random.int(30, 92);
    const managerSince = daysBefore(asOf, managerDaysAgo);
    const email = book.issue(name.firstName, name.lastName);
    drafts.push({
      ...name,
      email,
      unitId: unit.unit.id,
      employmentType: 'permanent',
      startDate: daysBefore(managerSince, random.int(0, 4000)),
      // A chief who left recently; HR has not yet moved the unit's staff to someone else.
      endDate: fate === 'left' ? daysBefore(asOf, random.int(14, 150)) : undefined,
      managerSince,
      groups: [],
      kind: 'chief',
      title: unit.chiefTitle,
      chiefOfUnitId: unit.unit.id
    });
    chiefOf.set(unit.unit.id, email);
  });

  // The other personas.
  for (const persona of DEMO_PERSONA_LIST) {
    if (persona.isChief || persona === DEMO_PERSONAS.regionDirector || persona === DEMO_PERSONAS.boardMember) continue;
    drafts.push(personaDraft(persona, 'staff', organisation.resolve(persona.unitPath)));
  }

  // The regional board: elected for a term, no manager, in the board's training audience (R-TRN-3).
  const boardGroup = boardGroupOf(context.config);
  const termStart = boardTermStart(asOf);
  const termEnd = addDays(addMonths(termStart, 48), -1);
  const boardUnit = organisation.resolve(DEMO_PERSONAS.boardMember.unitPath);
  const boardMember = (firstName: string, lastName: string, email: string, title: string, startDate: IsoDate): Draft => ({
    firstName,
    lastName,
    email,
    unitId: boardUnit.unit.id,
    employmentType: 'temporary',
    startDate,
    endDate: termEnd,
    groups: [boardGroup],
    kind: 'board',
    title
  });
  const ingrid = DEMO_PERSONAS.boardMember;
  drafts.push(boardMember(ingrid.firstName, ingrid.lastName, ingrid.email, ingrid.title, termStart));
  // Most seats go to members re-elected from earlier terms, so a new term does not start with an untrained board.
  for (let seat = 1; seat < DEMO_BOARD_SIZE; seat += 1) {
    const name = randomName(random);
    const firstTerm = random.chance(0.6) ? addMonths(termStart, -48 * random.int(1, 2)) : termStart;
    drafts.push(boardMember(name.firstName, name.lastName, book.issue(name.firstName, name.lastName), seat === 1 ? 'Ordförande i regionstyrelsen' : 'Ledamot i regionstyrelsen', firstTerm));
  }

  // Everyone else, spread over the units in proportion to each förvaltning's share of the staff.
  const pickUnit = unitPicker(organisation, random);
  const ordinary = Math.max(0, context.count(DEMO_TARGET_COUNTS.staff, 40) - drafts.length);
  const fates = random.deal(ordinary, [['normal', 94.6], ['new-starter', 2.5], ['left', 2.2], ['future', 0.5], ['no-manager', 0.6]]);
  for (const fate of fates) {
    const unit = pickUnit();
    const name = randomName(random);
    const employmentType = random.weighted(employmentMix(unit.profile));
    const dates = employmentDates(random, asOf, employmentType, fate);
    drafts.push({
      ...name,
      email: book.issue(name.firstName, name.lastName),
      unitId: unit.unit.id,
      employmentType,
      ...dates,
      groups: [],
      kind: 'staff',
      title: random.weighted(JOB_TITLES[unit.profile]),
      withoutManager: fate === 'no-manager'
    });
  }

  assignManagers(drafts, chiefOf, organisation, DEMO_PERSONAS.regionDirector.email);
  return staffIndex(drafts, chiefOf, organisation, asOf);
}

/** The group of the configuration's group audience (regionstyrelsen by default), so the board lands in it. */
function boardGroupOf(config: RegionConfig): string {
  for (const audience of config.training.audiences) {
    if (audience.members.kind === 'group') return audience.members.group;
  }
  return 'regionstyrelsen';
}

type StaffFate = 'normal' | 'new-starter' | 'left' | 'future' | 'no-manager';

function employmentDates(random: Random, asOf: IsoDate, type: EmploymentType, fate: StaffFate): { startDate: IsoDate; endDate?: IsoDate } {
  if (fate === 'future') return { startDate: addDays(asOf, random.int(1, 45)) };
  if (fate === 'left') {
    const endDate = daysBefore(asOf, random.int(1, 240));
    return { startDate: daysBefore(endDate, random.int(60, 4000)), endDate };
  }
  const contractEnd = (): IsoDate | undefined =>
    type === 'temporary' ? addDays(asOf, random.int(15, 300)) : type === 'consultant' && random.chance(0.6) ? addDays(asOf, random.int(30, 365)) : undefined;
  if (fate === 'new-starter') return { startDate: daysBefore(asOf, random.int(0, 89)), endDate: contractEnd() };
  const band = random.weighted([['recent', 20], ['mid', 45], ['long', 35]] as const);
  const startDaysAgo =
    type === 'temporary'
      ? random.int(0, 700)
      : type === 'hourly'
        ? random.int(0, 2000)
        : type === 'consultant'
          ? random.int(0, 900)
          : band === 'recent'
            ? random.int(30, 730)
            : band === 'mid'
              ? random.int(730, 3650)
              : random.int(3650, 12000);
  return { startDate: daysBefore(asOf, startDaysAgo), endDate: contractEnd() };
}

/** Picks a unit for a member of staff: enheter hold most, avdelningar, områden and förvaltningar a few staff functions. */
function unitPicker(organisation: DemoOrganisation, random: Random): () => DemoUnit {
  const shares = new Map(REGION_ORGANISATION.map((administration) => [administration.name, administration.staffShare]));
  const depthWeight = [0.06, 0.1, 0.25, 1];
  const base = organisation.units.map((unit) => (depthWeight[unit.depth] ?? 1) * (unit.depth >= 3 ? 0.5 + random.float() * 1.3 : 1));
  const perAdministration = new Map<string, number>();
  organisation.units.forEach((unit, index) => perAdministration.set(unit.administrationId, (perAdministration.get(unit.administrationId) ?? 0) + base[index]));
  const cumulative: number[] = [];
  let total = 0;
  organisation.units.forEach((unit, index) => {
    total += (base[index] / (perAdministration.get(unit.administrationId) ?? 1)) * (shares.get(unit.administration.name) ?? 0);
    cumulative.push(total);
  });
  return () => {
    const roll = random.float() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle] > roll) high = middle;
      else low = middle + 1;
    }
    return organisation.units[low];
  };
}

/**
 * Everyone's manager is the chief of the nearest unit up the tree (their own unit's, unless they
 * are its chief); förvaltningschefer report to the regional director. A vacant post passes its
 * staff to the next chief up; a chief who has left keeps them, as HR data often does.
 */
function assignManagers(drafts: Draft[], chiefOf: ReadonlyMap<string, string>, organisation: DemoOrganisation, directorEmail: string): void {
  for (const draft of drafts) {
    if (draft.kind === 'director' || draft.kind === 'board' || draft.withoutManager) continue;
    const chain = organisation.chain(draft.unitId);
    const candidates = draft.chiefOfUnitId === undefined ? chain : chain.slice(1);
    const manager = candidates.map((unit) => chiefOf.get(unit.unit.id)).find((email) => email !== undefined && email !== draft.email);
    draft.managerEmail = manager ?? directorEmail;
  }
}

function staffIndex(drafts: readonly Draft[], chiefOf: ReadonlyMap<string, string>, organisation: DemoOrganisation, asOf: IsoDate): DemoStaff {
  const roster: Person[] = drafts.map((draft) => ({
    email: draft.email,
    displayName: `${draft.firstName} ${draft.lastName}`,
    unitId: draft.unitId,
    managerEmail: draft.managerEmail,
    employmentType: draft.employmentType,
    startDate: draft.startDate,
    endDate: draft.endDate,
    managerSince: draft.managerSince,
    groups: draft.groups
  }));
  const byEmail = new Map(roster.map((person) => [person.email, person]));
  const isCurrent = (email: string): boolean => {
    const person = byEmail.get(email);
    return person !== undefined && employedOn(person, asOf);
  };
  const membersOf = new Map<string, string[]>();
  for (const draft of drafts) {
    if (draft.kind === 'board' || draft.kind === 'director' || draft.chiefOfUnitId !== undefined || !isCurrent(draft.email)) continue;
    const members = membersOf.get(draft.unitId) ?? [];
    members.push(draft.email);
    membersOf.set(draft.unitId, members);
  }
  return {
    roster,
    titleOf: new Map(drafts.map((draft) => [draft.email, draft.title])),
    kindOf: new Map(drafts.map((draft) => [draft.email, draft.kind])),
    chiefOf,
    membersOf,
    byEmail,
    leavers: roster.filter((person) => person.endDate !== undefined && person.endDate < asOf).map((person) => person.email),
    isCurrent,
    currentChiefUp: (unitId, except) =>
      organisation
        .chain(unitId)
        .map((unit) => chiefOf.get(unit.unit.id))
        .find((email): email is string => email !== undefined && email !== except && isCurrent(email))
  };
}
