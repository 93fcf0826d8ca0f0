import * as React from 'react';
import { z } from 'zod';
import { MyTasksView } from '../my-tasks/my-tasks-view';
import type { WebPartDefinition } from '../shell/web-part-definition';
import { acknowledgement } from '../../i18n/sv/acknowledgement';
import { incidents } from '../../i18n/sv/incidents';
import { myTasks } from '../../i18n/sv/my-tasks';
import { values } from '../../i18n/sv/values';
import { messagePack } from '../../i18n/message-pack';

/**
 * The page with the My acknowledgement web part (its address, set in the property pane): Open on an
 * acknowledgement goes there. Empty: Open shows the document version's item. Sign is done in place.
 */
const myTasksProperties = z
  .object({ acknowledgementPageUrl: z.string().trim().max(2048).default('') })
  .passthrough();

export const myTasksPart: WebPartDefinition<z.infer<typeof myTasksProperties>> = {
  key: 'my-tasks',
  messages: messagePack({ acknowledgement, incidents, myTasks, values }),
  properties: myTasksProperties,
  render: (environment, properties) => (
    <MyTasksView services={environment.services} locale={environment.locale} acknowledgementPageUrl={properties.acknowledgementPageUrl === '' ? undefined : properties.acknowledgementPageUrl} />
  )
};
