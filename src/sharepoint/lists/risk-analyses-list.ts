import { dateField, lookupField } from './field-builders';
import { RESTRICTED_PERMISSIONS } from './list-permissions';
import type { ListSchema } from './list-schema';

/** Risk analyses of business-critical areas (KPI: % of such areas analysed, R-KPI 2). Title holds the analysis's title. */
export const RISK_ANALYSES_LIST: ListSchema = {
  key: 'riskAnalyses',
  url: 'Lists/RiskAnalyses',
  title: 'Riskanalyser',
  description: 'Genomförda riskanalyser per verksamhetskritiskt område.',
  titleField: { title: 'Riskanalys', description: 'Riskanalysens rubrik.', required: true, indexed: false, generated: false },
  fields: [
    // Indexed: an area's analyses (is the newest still valid?).
    lookupField('Unit', 'Område', 'Området som analyserades.', 'units', { required: true, indexed: true }),
    // Indexed: analyses done in a period (the annual report).
    dateField('PerformedOn', 'Genomförd', 'Dag då analysen genomfördes.', { required: true, indexed: true }),
    dateField('ApprovedOn', 'Godkänd', 'Dag då analysen godkändes.')
  ],
  permissions: RESTRICTED_PERMISSIONS
};
