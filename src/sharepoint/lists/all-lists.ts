import { ACKNOWLEDGEMENTS_LIST } from './acknowledgements-list';
import { ACTIONS_LIST } from './actions-list';
import { ASSETS_LIST } from './assets-list';
import { BOT_INSTALLATIONS_LIST } from './bot-installations-list';
import { CLASSIFICATIONS_LIST } from './classifications-list';
import { COUNCIL_DASHBOARDS_LIST } from './council-dashboards-list';
import { DOCUMENT_VERSIONS_LIST } from './document-versions-list';
import { INCIDENTS_LIST } from './incidents-list';
import { KPI_SNAPSHOTS_LIST } from './kpi-snapshots-list';
import type { ListKey, ListSchema } from './list-schema';
import { MATURITY_LIST } from './maturity-list';
import { MEETINGS_LIST } from './meetings-list';
import { NUDGE_LOG_LIST } from './nudge-log-list';
import { PROCESSING_LIST } from './processing-list';
import { RISK_ANALYSES_LIST } from './risk-analyses-list';
import { RISKS_LIST } from './risks-list';
import { ROLE_ASSIGNMENTS_LIST } from './role-assignments-list';
import { SETTINGS_LIST } from './settings-list';
import { SNOOZES_LIST } from './snoozes-list';
import { STAFF_LIST } from './staff-list';
import { SYSTEMS_LIST } from './systems-list';
import { TRAINING_RECORDS_LIST } from './training-records-list';
import { UNITS_LIST } from './units-list';

/**
 * Every list of the Tillit site in provisioning order: a lookup's target list comes before the
 * list that refers to it (a lookup column can only be created once its target exists). The one
 * exception, Systems.Assets, is marked `deferred` and created in a second pass.
 */
export const ALL_LISTS: readonly ListSchema[] = [
  SETTINGS_LIST,
  UNITS_LIST,
  STAFF_LIST,
  SYSTEMS_LIST,
  ASSETS_LIST,
  CLASSIFICATIONS_LIST,
  PROCESSING_LIST,
  RISKS_LIST,
  RISK_ANALYSES_LIST,
  INCIDENTS_LIST,
  DOCUMENT_VERSIONS_LIST,
  ACKNOWLEDGEMENTS_LIST,
  TRAINING_RECORDS_LIST,
  ACTIONS_LIST,
  MATURITY_LIST,
  ROLE_ASSIGNMENTS_LIST,
  MEETINGS_LIST,
  NUDGE_LOG_LIST,
  BOT_INSTALLATIONS_LIST,
  SNOOZES_LIST,
  KPI_SNAPSHOTS_LIST,
  COUNCIL_DASHBOARDS_LIST
];

/** The list with this key; every key has one (checked by test/sharepoint/lists). */
export function listByKey(key: ListKey): ListSchema {
  const list = ALL_LISTS.find((candidate) => candidate.key === key);
  if (list === undefined) throw new RangeError(`No list schema has the key "${key}"`);
  return list;
}
