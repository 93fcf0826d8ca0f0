import type { Acknowledgement, DocumentVersion } from './acknowledgements/acknowledgement';
import type { ActionPlanItem } from './actions/action-plan-item';
import type { InformationAsset } from './assets/information-asset';
import type { Classification } from './classification/classification';
import type { Incident } from './incidents/incident';
import type { MaturityAssessment } from './maturity/maturity-assessment';
import type { CouncilMeeting } from './meetings/council-meeting';
import type { OrgUnit } from './organisation/org-unit';
import type { Person } from './people/person';
import type { ProcessingActivity } from './processing/processing-activity';
import type { Risk, RiskAnalysis } from './risks/risk';
import type { RoleAssignment } from './roles/role-assignment';
import type { ItSystem } from './systems/it-system';
import type { TrainingRecord } from './training/training-record';

/** Everything the rules look at, as read from the registers and the roster at one moment. */
export interface RegisterSnapshot {
  readonly units: readonly OrgUnit[];
  readonly roster: readonly Person[];
  readonly assets: readonly InformationAsset[];
  readonly classifications: readonly Classification[];
  readonly systems: readonly ItSystem[];
  readonly processing: readonly ProcessingActivity[];
  readonly risks: readonly Risk[];
  readonly riskAnalyses: readonly RiskAnalysis[];
  readonly incidents: readonly Incident[];
  readonly documentVersions: readonly DocumentVersion[];
  readonly acknowledgements: readonly Acknowledgement[];
  readonly trainingRecords: readonly TrainingRecord[];
  readonly actions: readonly ActionPlanItem[];
  readonly maturity: readonly MaturityAssessment[];
  readonly roleAssignments: readonly RoleAssignment[];
  readonly meetings: readonly CouncilMeeting[];
}

export const EMPTY_SNAPSHOT: RegisterSnapshot = {
  units: [],
  roster: [],
  assets: [],
  classifications: [],
  systems: [],
  processing: [],
  risks: [],
  riskAnalyses: [],
  incidents: [],
  documentVersions: [],
  acknowledgements: [],
  trainingRecords: [],
  actions: [],
  maturity: [],
  roleAssignments: [],
  meetings: []
};
