import * as React from 'react';
import { z } from 'zod';
import { ImportView } from '../import/import-view';
import type { WebPartDefinition } from '../shell/web-part-definition';

export const importPartProperties = z.object({});

/** Import and export (issue 8, web part 4), for registry coordinators. */
export const importPart: WebPartDefinition<z.infer<typeof importPartProperties>> = {
  key: 'import',
  properties: importPartProperties,
  render: (environment) => <ImportView registers={environment.services.registers} config={environment.services.config} locale={environment.locale} />
};
