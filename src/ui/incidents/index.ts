/** The incident feature's edge: My tasks opens an incident to assess with this dialog (R-INC). */
export { IncidentAssessmentDialog, type IncidentAssessmentDialogProps } from './incident-assessment-dialog';
export { ReportIncident } from './report-incident';
