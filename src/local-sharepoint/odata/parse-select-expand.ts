import { navigationColumn } from './field-reference';
import { notSupportedBySharePoint, projectionNeedsExpand } from './query-errors';
import { listItems, pathSegments } from './query-list';
import type { ColumnResolver } from './query-model';

export interface SelectExpand {
  /** True when $select is absent or empty or names `*`: SharePoint's default fields are returned. */
  readonly allFields: boolean;
  /** The plain names in $select, in order, once each (`Title`, `OwnerId`, `AttachmentFiles`). */
  readonly fields: readonly string[];
  /** The projections in $select by field: `Owner/Title,Owner/EMail` → Owner → [Title, EMail]. */
  readonly projections: ReadonlyMap<string, readonly string[]>;
  /** The names in $expand, in order, once each. */
  readonly expand: readonly string[];
}

/**
 * Reads `$select` and `$expand` (URL-decoded) and refuses what SharePoint refuses, with its message
 * "The query to field 'X' is not valid. …":
 * - a projection `X/Sub` whose X is not in $expand;
 * - and, when a resolver is given so lookup and person fields are known:
 *   a lookup or person field in $expand with no `X/Sub` in $select, and one selected bare (`Owner`;
 *   its id is selected as `OwnerId`).
 * Other navigation properties (AttachmentFiles, File, FieldValuesAsText, …) are passed through in
 * `fields`/`expand` for the server to answer or refuse; so are unknown names, which SharePoint
 * answers with "The field or property 'X' does not exist.".
 */
export function parseSelectExpand(select: string | undefined, expand: string | undefined, resolve?: ColumnResolver): SelectExpand {
  const fields: string[] = [];
  const projections = new Map<string, string[]>();
  let allFields = true;
  const selectItems = listItems(select ?? '');
  if (selectItems.length > 0) allFields = false;
  for (const item of selectItems) {
    if (item === '*') {
      allFields = true;
      continue;
    }
    const [name, property, ...deeper] = pathSegments(item);
    if (deeper.length > 0) throw notSupportedBySharePoint(`Selecting '${item}' (a query can follow one lookup, not more)`);
    if (property === undefined) {
      if (!fields.includes(name)) fields.push(name);
      continue;
    }
    const properties = projections.get(name) ?? [];
    if (!properties.includes(property)) properties.push(property);
    projections.set(name, properties);
  }

  const expanded: string[] = [];
  for (const item of listItems(expand ?? '')) {
    const [name, ...deeper] = pathSegments(item);
    if (deeper.length > 0) throw notSupportedBySharePoint(`Expanding '${item}' (a query can follow one lookup, not more)`);
    if (!expanded.includes(name)) expanded.push(name);
  }

  for (const name of projections.keys()) {
    if (!expanded.includes(name)) throw projectionNeedsExpand(name);
  }
  if (resolve) {
    for (const name of fields) {
      if (navigationColumn(name, resolve)) throw projectionNeedsExpand(name);
    }
    for (const name of expanded) {
      if (!projections.has(name) && navigationColumn(name, resolve)) throw projectionNeedsExpand(name);
    }
  }
  return { allFields, fields, projections, expand: expanded };
}
