import * as React from 'react';
import { z } from 'zod';
import { ImportView } from '../import/import-view';
import type { WebPartDefinition } from '../shell/web-part-definition';
import { fields } from '../../i18n/sv/fields';
import { imports } from '../../i18n/sv/imports';
import { register } from '../../i18n/sv/register';
import { values } from '../../i18n/sv/values';
import { messagePack } from '../../i18n/message-pack';

export const importPartProperties = z.object({});

/** Import and export (issue 8, web part 4), for registry coordinators. */
export const importPart: WebPartDefinition<z.infer<typeof importPartProperties>> = {
  key: 'import',
  messages: messagePack({ fields, imports, register, values }),
  properties: importPartProperties,
  render: (environment) => <ImportView registers={environment.services.registers} config={environment.services.config} locale={environment.locale} />
};
