import type { RegionConfig } from '../../config/region-config';
import { addHoursTo, type Instant } from '../shared/calendar';
import type { Incident } from './incident';

export type BreachClockState =
  | 'not-a-breach'
  | 'running'
  | 'overdue'
  | 'not-reportable'
  | 'reported-in-time'
  | 'reported-late';

export interface BreachClock {
  readonly state: BreachClockState;
  /** When the report to the supervisory authority (IMY) is due: discovery + 72 h (GDPR Art. 33). */
  readonly deadline: Instant | undefined;
  /** Minutes left while running; negative once overdue. */
  readonly minutesLeft: number | undefined;
}

/**
 * R-INC: the 72-hour clock of a personal data breach. It runs from discovery in absolute time,
 * so a daylight-saving change in Stockholm neither adds nor removes an hour.
 */
export function breachClock(incident: Incident, config: RegionConfig, now: Instant): BreachClock {
  if (incident.category !== 'personal-data-breach') return { state: 'not-a-breach', deadline: undefined, minutesLeft: undefined };
  const deadline = addHoursTo(incident.discoveredAt, config.incidents.breachNotificationHours);
  if (incident.reportedToAuthorityAt !== undefined) {
    const late = Date.parse(incident.reportedToAuthorityAt) > Date.parse(deadline);
    return { state: late ? 'reported-late' : 'reported-in-time', deadline, minutesLeft: undefined };
  }
  if (incident.reportableToAuthority === false) return { state: 'not-reportable', deadline, minutesLeft: undefined };
  const millisecondsLeft = Date.parse(deadline) - Date.parse(now);
  return { state: millisecondsLeft < 0 ? 'overdue' : 'running', deadline, minutesLeft: Math.floor(millisecondsLeft / 60_000) };
}
