import type { RegisterSnapshot } from '../registers';
import { isBefore, localDateOf, type IsoDate } from '../shared/calendar';

/**
 * What the registers cannot rewind (R-REP): they keep a record's current state, not its history, so
 * a follow-up for a finished period shows these as they are today, and its method note says so.
 */
export const STATES_KEPT_AS_TODAY = ['risk-status', 'incident-status', 'action-status', 'reviews', 'organisation'] as const;
export type StateKeptAsToday = (typeof STATES_KEPT_AS_TODAY)[number];

const onOrBefore = (date: IsoDate, day: IsoDate): boolean => !isBefore(day, date);

/**
 * R-REP: the registers as they stood at the end of `day`, as far as their own dates tell — for a
 * follow-up of a finished period, computed by the same rules as today's figures. Whatever is dated
 * after the day is left out (a classification, a training completion or an acknowledgement done
 * later; a risk identified, an incident reported, a document published, an analysis performed, a
 * maturity assessment made, a meeting held, a person started or a role taken on later), and a later
 * approval of a risk analysis or report of a breach to IMY is undone. A record's status, its
 * progress, and the latest review dates of assets and systems are kept as they are today
 * (STATES_KEPT_AS_TODAY): the registers keep no history of them. Pure: the day and zone are parameters.
 */
export function registersAsOf(snapshot: RegisterSnapshot, day: IsoDate, timeZone: string): RegisterSnapshot {
  const by = (date: IsoDate | undefined): boolean => date === undefined || onOrBefore(date, day);
  return {
    ...snapshot,
    roster: snapshot.roster.filter((person) => by(person.startDate)),
    classifications: snapshot.classifications.filter((classification) => by(classification.classifiedOn)),
    risks: snapshot.risks.filter((risk) => by(risk.identifiedOn)),
    riskAnalyses: snapshot.riskAnalyses
      .filter((analysis) => by(analysis.performedOn))
      .map((analysis) => {
        if (by(analysis.approvedOn)) return analysis;
        const { approvedOn: _later, ...notYetApproved } = analysis;
        return notYetApproved;
      }),
    incidents: snapshot.incidents
      .filter((incident) => by(localDateOf(incident.reportedAt, timeZone)))
      .map((incident) => {
        if (incident.reportedToAuthorityAt === undefined || by(localDateOf(incident.reportedToAuthorityAt, timeZone))) return incident;
        const { reportedToAuthorityAt: _later, ...notYetReported } = incident;
        return notYetReported;
      }),
    documentVersions: snapshot.documentVersions.filter((version) => by(version.publishedOn)),
    acknowledgements: snapshot.acknowledgements.filter((acknowledgement) => by(acknowledgement.signedOn)),
    trainingRecords: snapshot.trainingRecords.filter((record) => by(record.completedOn)),
    maturity: snapshot.maturity.filter((assessment) => by(assessment.assessedOn)),
    roleAssignments: snapshot.roleAssignments.filter((assignment) => by(assignment.since)),
    meetings: snapshot.meetings.filter((meeting) => by(meeting.heldOn))
  };
}
