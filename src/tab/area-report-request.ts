import { app } from '@microsoft/teams-js';
import { AREA_REPORT_QUERY } from '../contracts/area-report-link';

/**
 * Which area's follow-up the personal tab was opened for (issue 10, R-REP), as written, not yet
 * validated (area-report-link.ts parses it): in Teams the deep link's sub-page id, which TeamsJS gives
 * as `page.subPageId` (the shell initialised TeamsJS before the page renders, teams-host.ts); locally
 * the address's `?areaReport=`. Undefined when the tab was opened as itself.
 */
export async function areaReportRequestOf(view: Window = window): Promise<string | undefined> {
  const fromAddress = new URLSearchParams(view.location.search).get(AREA_REPORT_QUERY) ?? undefined;
  if (fromAddress !== undefined || !app.isInitialized()) return fromAddress;
  const context = await app.getContext();
  const subPageId = context.page.subPageId;
  return subPageId === undefined || subPageId === '' ? undefined : subPageId;
}
