import * as React from 'react';
import { z } from 'zod';
import { ReportIncident } from '../incidents/report-incident';
import type { WebPartDefinition } from '../shell/web-part-definition';
import { incidents } from '../../i18n/sv/incidents';
import { messagePack } from '../../i18n/message-pack';

/** No settings: any employee reports, and sees her own reports (R-INC). */
const reportIncidentProperties = z.object({}).passthrough();

export const reportIncidentPart: WebPartDefinition<z.infer<typeof reportIncidentProperties>> = {
  key: 'report-incident',
  messages: messagePack({ incidents }),
  properties: reportIncidentProperties,
  render: (environment) => <ReportIncident services={environment.services} locale={environment.locale} />
};
