import type { ListKey } from '../lists/list-schema';
import { acknowledgementsMapper } from './acknowledgements-mapper';
import { actionsMapper } from './actions-mapper';
import { assetsMapper } from './assets-mapper';
import { botInstallationsMapper } from './bot-installations-mapper';
import { classificationsMapper } from './classifications-mapper';
import { councilDashboardsMapper } from './council-dashboards-mapper';
import { documentVersionsMapper } from './document-versions-mapper';
import { incidentsMapper } from './incidents-mapper';
import { kpiSnapshotsMapper } from './kpi-snapshots-mapper';
import type { ListMapper } from './list-mapper';
import { maturityMapper } from './maturity-mapper';
import { meetingsMapper } from './meetings-mapper';
import { nudgeLogMapper } from './nudge-log-mapper';
import { processingMapper } from './processing-mapper';
import { riskAnalysesMapper } from './risk-analyses-mapper';
import { risksMapper } from './risks-mapper';
import { roleAssignmentsMapper } from './role-assignments-mapper';
import { settingsMapper } from './settings-mapper';
import { snoozesMapper } from './snoozes-mapper';
import { staffMapper } from './staff-mapper';
import { systemsMapper } from './systems-mapper';
import { trainingRecordsMapper } from './training-records-mapper';
import { unitsMapper } from './units-mapper';

/** Every list's mapper by list key, for code that handles lists alike (provisioning checks, exports, tests). */
export const ALL_MAPPERS = {
  units: unitsMapper,
  staff: staffMapper,
  systems: systemsMapper,
  assets: assetsMapper,
  classifications: classificationsMapper,
  processing: processingMapper,
  risks: risksMapper,
  riskAnalyses: riskAnalysesMapper,
  incidents: incidentsMapper,
  documentVersions: documentVersionsMapper,
  acknowledgements: acknowledgementsMapper,
  trainingRecords: trainingRecordsMapper,
  actions: actionsMapper,
  maturity: maturityMapper,
  roleAssignments: roleAssignmentsMapper,
  meetings: meetingsMapper,
  nudgeLog: nudgeLogMapper,
  botInstallations: botInstallationsMapper,
  snoozes: snoozesMapper,
  kpiSnapshots: kpiSnapshotsMapper,
  councilDashboards: councilDashboardsMapper,
  settings: settingsMapper
} satisfies Record<ListKey, ListMapper<unknown>>;
