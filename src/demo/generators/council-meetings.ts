import type { ActionPlanItem } from '../../domain/actions/action-plan-item';
import type { CouncilMeeting } from '../../domain/meetings/council-meeting';
import { isoDate, type IsoDate } from '../../domain/shared/calendar';
import type { DemoContext } from '../demo-context';
import { addDays, yearOfDate } from '../demo-dates';

/** The council meets about four times a year (seed "Fördelning av ansvar", section 4): late winter, spring, autumn, early winter. */
const MEETING_DAYS: ReadonlyArray<readonly [number, number]> = [
  [2, 10],
  [5, 12],
  [9, 15],
  [11, 24]
];

const AGENDA: readonly string[] = [
  'Genomgång av nyckeltal för de fem målområdena.',
  'Status för informationsklassning av aktuella informationssystem.',
  'Incidenter och personuppgiftsincidenter sedan förra mötet.',
  'Uppföljning av handlingsplanen.',
  'Utbildningsläget: mikroutbildningen mätt mot aktuell personalförteckning.',
  'Systemsäkerhetsplaner och reservrutiner för samhällsviktiga system.',
  'Omvärldsbevakning: hotläget mot hälso- och sjukvården.',
  'Mognadsbedömning enligt MSBFS 2020:6.',
  'Roller och mandat i säkerhetsorganisationen.'
];

const DECISIONS: readonly string[] = [
  'Rådet ställer sig bakom förslaget till ny riktlinje för informationssäkerhet.',
  'Områdescheferna ska redovisa status för reservrutiner till nästa möte.',
  'Informationssäkerhetsberättelsen lämnas till ledningens genomgång.',
  'Molntjänster utan auktorisation ska inventeras per förvaltning.',
  'Registerkoordinatorer ska utses där de saknas.',
  'Mikroutbildningen ska även omfatta timanställda och konsulter.',
  'Riskanalys ska genomföras för samtliga verksamhetskritiska områden under året.',
  'Rådet noterar informationen.'
];

/** The Tuesday on or after a date: the council meets on Tuesdays. */
function tuesdayFrom(date: IsoDate): IsoDate {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, (2 - weekday + 7) % 7);
}

/**
 * R-MTG: the council's meetings, four a year over the last three years up to asOf, with the
 * members present, minutes, decisions and the action plan items discussed.
 */
export function generateCouncilMeetings(context: DemoContext, councilMembers: readonly string[], actions: readonly ActionPlanItem[]): CouncilMeeting[] {
  const random = context.random('meetings');
  const { asOf } = context;
  const year = yearOfDate(asOf);
  const meetings: CouncilMeeting[] = [];
  for (let offset = 2; offset >= 0; offset -= 1) {
    const meetingYear = year - offset;
    MEETING_DAYS.forEach(([month, day], index) => {
      const heldOn = tuesdayFrom(isoDate(`${meetingYear}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`));
      if (heldOn > asOf) return;
      // The chair and the convener are always there; others most of the time.
      const attendees = councilMembers.filter((_, position) => position < 2 || random.chance(0.75));
      const open = actions.filter((action) => action.startsOn <= heldOn && action.status !== 'cancelled');
      meetings.push({
        id: `mtg-${meetingYear}-${index + 1}`,
        heldOn,
        attendeeEmails: attendees,
        minutes: `Informationssäkerhetsrådets möte ${index + 1}/${meetingYear}. ${random.sample(AGENDA, 3).join(' ')}`,
        decisions: random.sample(DECISIONS, random.int(1, 3)),
        actionIds: random.sample(open, Math.min(open.length, random.int(1, 3))).map((action) => action.id).sort()
      });
    });
  }
  return meetings;
}
