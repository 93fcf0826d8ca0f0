import * as React from 'react';
import { z } from 'zod';
import { ProcessingRegister } from '../processing/processing-register';
import type { WebPartDefinition } from '../shell/web-part-definition';

/** No settings yet: the part of the record follows the signed-in person's roles (R-ROPA-1, R-ROPA-2). */
const processingProperties = z.object({}).passthrough();

export const processingPart: WebPartDefinition<z.infer<typeof processingProperties>> = {
  key: 'processing',
  properties: processingProperties,
  render: (environment) => <ProcessingRegister services={environment.services} locale={environment.locale} />
};
