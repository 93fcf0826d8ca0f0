import * as React from 'react';
import type { Locale } from '../domain/shared/localized-text';
import { MyTasksView } from '../ui/my-tasks/my-tasks-view';
import { createWebPartServices } from '../ui/shell/web-part-services';
import type { TabConnection } from './tab-connection';

/** The personal tab: the My tasks web part's component, with the services built once from the tab's connection. */
export function TabMyTasks({ connection, locale }: { readonly connection: TabConnection; readonly locale: Locale }): JSX.Element {
  const services = React.useMemo(() => createWebPartServices(connection.site, connection.appService), [connection]);
  return <MyTasksView services={services} locale={locale} />;
}
