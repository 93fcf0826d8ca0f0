import { RISK_STATUSES, RISK_SUBJECT_KINDS, RISK_TREATMENTS } from '../../domain/risks/risk';
import { choiceField, dateField, lookupField, noteField, numberField, textField, userField } from './field-builders';
import { RESTRICTED_PERMISSIONS } from './list-permissions';
import type { ListSchema } from './list-schema';

/**
 * The risk register (R-RSK). Title holds the risk's title. What the risk concerns is a kind and
 * one column per kind: a lookup for an asset, a system or an area, text for a business process
 * (processes are named, not registered). The level is not stored: it follows from likelihood ×
 * consequence and the region's bands, which a region may change. Read by coordinators only:
 * the register describes the region's weaknesses (R-SEC-1); risk owners are members.
 */
export const RISKS_LIST: ListSchema = {
  key: 'risks',
  url: 'Lists/Risks',
  title: 'Riskregister',
  description: 'Identifierade informationssäkerhetsrisker med ägare, bedömning, hantering och uppföljning.',
  titleField: { title: 'Risk', description: 'Riskens rubrik.', required: true, indexed: false, generated: false },
  fields: [
    noteField('Description', 'Beskrivning', 'Vad som kan hända och varför.'),
    choiceField('SubjectKind', 'Avser', 'Informationstillgång, IT-system, process eller område.', RISK_SUBJECT_KINDS, { required: true }),
    // Indexed: an asset's risks.
    lookupField('SubjectAsset', 'Informationstillgång', 'Tillgången risken avser.', 'assets', { indexed: true }),
    // Indexed: a system's risks.
    lookupField('SubjectSystem', 'IT-system', 'Systemet risken avser.', 'systems', { indexed: true }),
    lookupField('SubjectArea', 'Område', 'Området risken avser.', 'units'),
    textField('SubjectProcess', 'Process', 'Verksamhetsprocessen risken avser.'),
    // Indexed: a unit's risks.
    lookupField('Unit', 'Enhet', 'Enheten som äger risken.', 'units', { required: true, indexed: true }),
    // Indexed: a risk owner's risks (R-RSK-1, R-NDG-1 follow-up nudges).
    userField('Owner', 'Riskägare', 'Den som äger risken.', { indexed: true }),
    numberField('Likelihood', 'Sannolikhet', 'Sannolikhet på regionens skala.', { required: true, min: 1 }),
    numberField('Consequence', 'Konsekvens', 'Konsekvens på regionens skala.', { required: true, min: 0 }),
    choiceField('Treatment', 'Hantering', 'Öppen, reducera, acceptera, undvik eller överför.', RISK_TREATMENTS, { required: true }),
    // Indexed: open risks (everything not closed), the council's overview.
    choiceField('Status', 'Status', 'Identifierad, under hantering, bevakas eller stängd.', RISK_STATUSES, { required: true, indexed: true }),
    dateField('IdentifiedOn', 'Identifierad', 'Dag då risken identifierades.', { required: true }),
    // Indexed: risks past their follow-up date (R-RSK-1).
    dateField('FollowUpOn', 'Uppföljning', 'Nästa uppföljning.', { indexed: true })
  ],
  permissions: RESTRICTED_PERMISSIONS
};
