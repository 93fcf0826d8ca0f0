import { ASSETS_LIST } from './assets-list';
import { DOCUMENT_VERSIONS_LIST } from './document-versions-list';
import { INCIDENTS_LIST } from './incidents-list';
import type { ListSchema } from './list-schema';
import { RISKS_LIST } from './risks-list';
import { SYSTEMS_LIST } from './systems-list';
import { TRAINING_RECORDS_LIST } from './training-records-list';

/** The list whose item a nudge's subject is (NudgeSubjectKind, and kinds later issues add). */
const LIST_OF_SUBJECT: Readonly<Record<string, ListSchema>> = {
  asset: ASSETS_LIST,
  system: SYSTEMS_LIST,
  risk: RISKS_LIST,
  document: DOCUMENT_VERSIONS_LIST,
  incident: INCIDENTS_LIST
};

/**
 * Where a person acts on a reminder's subject, as a site-relative address (My tasks links it; the bot
 * prefixes the site's host): the SharePoint item's display form, `<site>/Lists/<List>/DispForm.aspx?ID=<id>`,
 * for subjects kept as list items (their ids are SharePoint's IDs); for a course, the training records
 * list filtered on it (the course itself is taken in the LMS, outside Tillit). Undefined for a kind
 * with no page of its own.
 */
export function subjectLink(sitePath: string, subjectKind: string, subjectId: string): string | undefined {
  const site = sitePath.replace(/\/$/, '');
  if (subjectKind === 'course') {
    return `${site}/${TRAINING_RECORDS_LIST.url}/AllItems.aspx?FilterField1=Course&FilterValue1=${encodeURIComponent(subjectId)}`;
  }
  const list = LIST_OF_SUBJECT[subjectKind];
  if (list === undefined || !/^\d+$/.test(subjectId)) return undefined;
  return `${site}/${list.url}/DispForm.aspx?ID=${subjectId}`;
}
