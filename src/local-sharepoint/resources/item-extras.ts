import type { ApiRequest } from '../http/api-request';
import { expanded } from '../http/odata-response';
import { basePermissionsJson } from '../security/base-permissions';
import { itemPermissions } from '../security/permissions';
import type { ItemRow, ListRecord, SiteStore } from '../store/site-store';
import { narrowEntity } from './entity-projection';
import { listEntity } from './list-resource';

/**
 * An item's properties that are not columns: its list (`$expand=ParentList`, a navigation
 * property, not a lookup) and its securable properties, which SharePoint returns only when
 * `$select` names them.
 */
export interface ItemExtras {
  /** `$expand=ParentList`, narrowed to `$select=ParentList/Title,…` when given. */
  parentList(props: readonly string[]): unknown;
  readonly onSelect: Readonly<Record<string, (row: ItemRow) => unknown>>;
}

export function itemExtras(store: SiteStore, request: ApiRequest, list: ListRecord): ItemExtras {
  return {
    parentList: (props) => expanded(narrowEntity(listEntity(store, request, list), props)),
    onSelect: {
      EffectiveBasePermissions: (row) => basePermissionsJson(itemPermissions(store, request.user, list, row.id, row.data.AuthorId)),
      HasUniqueRoleAssignments: (row) => store.hasUniqueItemScope(list.id, row.id)
    }
  };
}
