import * as React from 'react';
import { z } from 'zod';
import { ProcessingRegister } from '../processing/processing-register';
import type { WebPartDefinition } from '../shell/web-part-definition';
import { fields } from '../../i18n/sv/fields';
import { processing } from '../../i18n/sv/processing';
import { register } from '../../i18n/sv/register';
import { values } from '../../i18n/sv/values';
import { messagePack } from '../../i18n/message-pack';

/** No settings yet: the part of the record follows the signed-in person's roles (R-ROPA-1, R-ROPA-2). */
const processingProperties = z.object({}).passthrough();

export const processingPart: WebPartDefinition<z.infer<typeof processingProperties>> = {
  key: 'processing',
  messages: messagePack({ fields, processing, register, values }),
  properties: processingProperties,
  render: (environment) => <ProcessingRegister services={environment.services} locale={environment.locale} />
};
