import * as React from 'react';
import { z } from 'zod';
import { ConfigurationSummary } from '../configuration-summary/configuration-summary';
import type { WebPartDefinition } from '../shell/web-part-definition';
import { configurationSummary } from '../../i18n/sv/configuration-summary';
import { fields } from '../../i18n/sv/fields';
import { messagePack } from '../../i18n/message-pack';

/** The configuration summary has no settings of its own: its property pane only says where the configuration comes from. */
const configurationSummaryProperties = z.object({}).passthrough();

export const configurationSummaryPart: WebPartDefinition<z.infer<typeof configurationSummaryProperties>> = {
  key: 'configuration-summary',
  messages: messagePack({ configurationSummary, fields }),
  properties: configurationSummaryProperties,
  render: (environment) => <ConfigurationSummary config={environment.services.config} locale={environment.locale} />
};
