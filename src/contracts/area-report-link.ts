import { z } from 'zod';
import { reportPeriodKeySchema, reportUnitSchema, reportYearSchema, type ReportPeriodKey } from './council-report';

/*
 * The area follow-up card's link (issue 10; R-REP, the action plan's section 4). The report route
 * wants the caller's Entra token, which a browser opening a link does not send, so the card opens the
 * Teams personal tab (My tasks) instead, naming the area's report in the tab's sub-page id; the tab
 * then downloads it with its own connection (the caller's token). Locally, without Teams, the card
 * links to the app service's /tab/my-tasks?areaReport=<the same id>, which does the same.
 */

/** The personal tab's entityId in manifest/manifest.template.json (a test keeps them equal). */
export const MY_TASKS_ENTITY_ID = 'my-tasks';

/** The query parameter of the tab's local address that carries the sub-page id. */
export const AREA_REPORT_QUERY = 'areaReport';

const PREFIX = 'area-report';

/** Which area's follow-up the link names: the language is the tab's own (the person's Teams locale). */
export interface AreaReportTarget {
  readonly year: number;
  readonly period: ReportPeriodKey;
  readonly unit: string;
}

export const areaReportTargetSchema = z.object({ year: reportYearSchema, period: reportPeriodKeySchema, unit: reportUnitSchema });

/** `area-report:<year>:<period>:<unit, URI-encoded>`: short (Teams carries it in the deep link's context) and readable. */
export function areaReportSubPageId(target: AreaReportTarget): string {
  return `${PREFIX}:${target.year}:${target.period}:${encodeURIComponent(target.unit)}`;
}

export type AreaReportParse = { readonly ok: true; readonly target: AreaReportTarget } | { readonly ok: false; readonly problem: string };

/** The target a sub-page id (or the local query's value) names, validated; a bad one says why and names nothing. */
export function parseAreaReportSubPageId(value: string): AreaReportParse {
  const parts = value.split(':');
  if (parts.length !== 4 || parts[0] !== PREFIX) return { ok: false, problem: `"${value.slice(0, 80)}" is not an area report's link (area-report:<year>:<period>:<unit>)` };
  let unit: string;
  try {
    unit = decodeURIComponent(parts[3]);
  } catch {
    return { ok: false, problem: 'the unit in the link is not properly encoded' };
  }
  const parsed = areaReportTargetSchema.safeParse({ year: parts[1], period: parts[2], unit });
  if (!parsed.success) return { ok: false, problem: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ') };
  return { ok: true, target: parsed.data };
}

/** Where the card's link leads: the Teams app's personal tab (production) or the app service's own tab page (locally). */
export type AreaReportLinkBase =
  | { readonly kind: 'teams'; readonly teamsAppId: string; readonly entityId?: string }
  | { readonly kind: 'app-service'; readonly baseUrl: string };

/**
 * The link. In Teams: a deep link to the personal tab, `context.subEntityId` carrying the target
 * (TeamsJS gives it to the tab as `page.subPageId`). Locally: `<app service>/tab/my-tasks?areaReport=…`.
 */
export function areaReportLink(base: AreaReportLinkBase, target: AreaReportTarget): string {
  const subPageId = areaReportSubPageId(target);
  if (base.kind === 'app-service') {
    const url = new URL('/tab/my-tasks', base.baseUrl);
    url.searchParams.set(AREA_REPORT_QUERY, subPageId);
    return url.toString();
  }
  const url = new URL(`https://teams.microsoft.com/l/entity/${encodeURIComponent(base.teamsAppId)}/${encodeURIComponent(base.entityId ?? MY_TASKS_ENTITY_ID)}`);
  url.searchParams.set('context', JSON.stringify({ subEntityId: subPageId }));
  return url.toString();
}
