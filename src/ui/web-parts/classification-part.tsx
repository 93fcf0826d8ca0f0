import * as React from 'react';
import { z } from 'zod';
import { ClassificationWorkspace } from '../classification/classification-workspace';
import type { WebPartDefinition } from '../shell/web-part-definition';
import { classification } from '../../i18n/sv/classification';
import { fields } from '../../i18n/sv/fields';
import { values } from '../../i18n/sv/values';
import { messagePack } from '../../i18n/message-pack';

/** No settings yet: the web part shows the signed-in owner's own assets and systems (R-CLS-2). */
const classificationProperties = z.object({}).passthrough();

export const classificationPart: WebPartDefinition<z.infer<typeof classificationProperties>> = {
  key: 'classification',
  messages: messagePack({ classification, fields, values }),
  properties: classificationProperties,
  render: (environment) => <ClassificationWorkspace services={environment.services} locale={environment.locale} />
};
