import type { Messages } from '../messages';

/** Labels of choice values, in English; typed against the Swedish file. */
export const values: Messages['values'] = {
  priority: { normal: 'Normal', prioritised: 'Prioritised', 'business-critical': 'Business-critical' },
  lifecycle: { planned: 'Planned', active: 'In operation', retired: 'Retired' },
  approval: { missing: 'Missing', draft: 'Draft', approved: 'Approved' },
  authorisation: { 'not-requested': 'Not requested', pending: 'Under review', approved: 'Approved', rejected: 'Rejected' },
  legalBasis: {
    consent: 'Consent',
    contract: 'Contract',
    'legal-obligation': 'Legal obligation',
    'vital-interests': 'Vital interests',
    'public-task': 'Public task / official authority',
    'legitimate-interests': 'Legitimate interests'
  },
  dpia: { 'not-assessed': 'Not assessed', 'not-needed': 'Not needed', needed: 'Needed', 'in-progress': 'In progress', done: 'Done' },
  work: { 'not-started': 'Not started', 'in-progress': 'In progress', done: 'Done' },
  treatment: { open: 'Not decided', mitigate: 'Mitigate', accept: 'Accept', avoid: 'Avoid', transfer: 'Transfer' },
  riskStatus: { identified: 'Identified', 'in-treatment': 'In treatment', monitored: 'Monitored', closed: 'Closed' },
  incidentCategory: { deviation: 'Deviation', 'security-incident': 'Security incident', 'personal-data-breach': 'Personal data breach' },
  incidentStatus: { reported: 'Reported', assessed: 'Assessed', closed: 'Closed' },
  actionStatus: { planned: 'Planned', 'in-progress': 'In progress', done: 'Done', cancelled: 'Cancelled' },
  employmentType: { permanent: 'Permanent', temporary: 'Fixed-term', hourly: 'Hourly', consultant: 'Consultant' },
  classificationState: { missing: 'Missing', overdue: 'Overdue', 'due-soon': 'Due soon', current: 'Current' },
  trainingState: { done: 'Completed', due: 'To do', overdue: 'Overdue' },
  yesNo: { undecided: 'Not decided', yes: 'Yes', no: 'No' },
  breachClock: {
    'not-a-breach': 'Not a personal data breach',
    running: 'Clock running',
    overdue: 'Deadline passed',
    'not-reportable': 'Not to be reported',
    'reported-in-time': 'Reported in time',
    'reported-late': 'Reported late'
  }
};
