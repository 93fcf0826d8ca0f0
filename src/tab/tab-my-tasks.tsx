import * as React from 'react';
import type { Locale } from '../domain/shared/localized-text';
import { AreaReportOffer } from '../ui/my-tasks/area-report-offer';
import { MyTasksView } from '../ui/my-tasks/my-tasks-view';
import { createWebPartServices } from '../ui/shell/web-part-services';
import { areaReportRequestOf } from './area-report-request';
import type { TabConnection } from './tab-connection';

/**
 * The personal tab: the My tasks web part's component, with the services built once from the tab's
 * connection; above it, when the tab was opened from the bot's May/December card (a deep link's
 * sub-page id, or locally `?areaReport=`), the area's follow-up to download (R-REP).
 */
export function TabMyTasks({ connection, locale }: { readonly connection: TabConnection; readonly locale: Locale }): JSX.Element {
  const services = React.useMemo(() => createWebPartServices(connection.site, connection.appService), [connection]);
  const [areaReport, setAreaReport] = React.useState<string | undefined>(undefined);
  React.useEffect(() => {
    let current = true;
    areaReportRequestOf().then(
      (request) => {
        if (current) setAreaReport(request);
      },
      // The tab still shows My tasks; only the offer is missing, and the console says why.
      (error: unknown) => console.warn(`Tillit: the Teams context's sub-page could not be read: ${error instanceof Error ? error.message : String(error)}`)
    );
    return () => {
      current = false;
    };
  }, []);
  return (
    <>
      {areaReport !== undefined && <AreaReportOffer request={areaReport} locale={locale} download={connection.download} />}
      <MyTasksView services={services} locale={locale} />
    </>
  );
}
