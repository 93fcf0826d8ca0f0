import { z } from 'zod';
import { COUNCIL_DASHBOARD_PATH, councilDashboardSchema, type CouncilDashboard } from '../../contracts/council-dashboard';
import type { AppServiceClient } from '../shell/app-service-client';

/**
 * The council's calls to the app service (bot/council): one GET builds the whole dashboard (one round
 * trip, issue 10), and each write is followed by a fresh GET, so the figures shown are always the
 * app service's (computed with the domain's rules), never patched in the browser.
 */
export const COUNCIL_WRITE_PATHS = {
  snapshots: '/council/snapshots',
  maturity: '/council/maturity',
  meetings: '/council/meetings'
} as const;

export function dashboardPath(year: number | undefined): string {
  return year === undefined ? COUNCIL_DASHBOARD_PATH : `${COUNCIL_DASHBOARD_PATH}?year=${encodeURIComponent(String(year))}`;
}

export function loadDashboard(appService: AppServiceClient, year: number | undefined): Promise<CouncilDashboard> {
  return appService.get(dashboardPath(year), councilDashboardSchema);
}

/** A write's answer is not read for figures (the dashboard is fetched again), only checked to be JSON. */
const writeAnswerSchema = z.unknown();

export interface MaturityEntry {
  readonly year: number;
  readonly areaKey: string;
  readonly statusKey: string;
  readonly comment?: string;
}

export interface MeetingActionEntry {
  readonly activity: string;
  readonly responsibleEmail: string;
  readonly dueOn: string;
  readonly metric?: string;
}

export interface MeetingEntry {
  readonly heldOn: string;
  readonly attendeeEmails: readonly string[];
  readonly minutes?: string;
  readonly decisions: readonly string[];
  readonly actions: readonly MeetingActionEntry[];
  /** One key per recording, sent again with a retry: the app service writes nothing twice (R-SEC-2). */
  readonly requestId: string;
}

export async function recordMaturity(appService: AppServiceClient, entry: MaturityEntry): Promise<void> {
  await appService.post(COUNCIL_WRITE_PATHS.maturity, entry, writeAnswerSchema);
}

export async function recordMeeting(appService: AppServiceClient, entry: MeetingEntry): Promise<void> {
  await appService.post(COUNCIL_WRITE_PATHS.meetings, entry, writeAnswerSchema);
}

export async function takeSnapshot(appService: AppServiceClient): Promise<void> {
  await appService.post(COUNCIL_WRITE_PATHS.snapshots, {}, writeAnswerSchema);
}

