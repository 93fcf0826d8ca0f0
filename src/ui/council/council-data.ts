import { COUNCIL_DASHBOARD_PATH, councilDashboardSchema, type CouncilDashboard } from '../../contracts/council-dashboard';
import {
  COUNCIL_MATURITY_PATH,
  COUNCIL_MEETINGS_PATH,
  COUNCIL_SNAPSHOTS_PATH,
  maturityAnswerSchema,
  meetingAnswerSchema,
  snapshotAnswerSchema,
  type MaturityRequest,
  type MeetingRequest,
  type SnapshotAnswer
} from '../../contracts/council-writes';
import type { AppServiceClient } from '../shell/app-service-client';

/**
 * The council's calls to the app service (bot/council, src/contracts/council-*.ts): one GET builds the
 * whole dashboard (one round trip, issue 10), and each write is followed by a fresh GET, so the figures
 * shown are always the app service's (computed with the domain's rules), never patched in the browser.
 */
export function dashboardPath(year: number | undefined, fresh: boolean = false): string {
  const query = new URLSearchParams();
  if (year !== undefined) query.set('year', String(year));
  // fresh=1 (dashboardQuerySchema): wait for the live computation rather than take the stored copy.
  if (fresh) query.set('fresh', '1');
  const text = query.toString();
  return text === '' ? COUNCIL_DASHBOARD_PATH : `${COUNCIL_DASHBOARD_PATH}?${text}`;
}

export function loadDashboard(appService: AppServiceClient, year: number | undefined, fresh: boolean = false): Promise<CouncilDashboard> {
  return appService.get(dashboardPath(year, fresh), councilDashboardSchema);
}

export type MeetingActionEntry = NonNullable<MeetingRequest['actions']>[number];

export async function recordMaturity(appService: AppServiceClient, entry: MaturityRequest): Promise<void> {
  await appService.post(COUNCIL_MATURITY_PATH, entry, maturityAnswerSchema);
}

export async function recordMeeting(appService: AppServiceClient, entry: MeetingRequest): Promise<void> {
  await appService.post(COUNCIL_MEETINGS_PATH, entry, meetingAnswerSchema);
}

export function takeSnapshot(appService: AppServiceClient): Promise<SnapshotAnswer> {
  return appService.post(COUNCIL_SNAPSHOTS_PATH, {}, snapshotAnswerSchema);
}
