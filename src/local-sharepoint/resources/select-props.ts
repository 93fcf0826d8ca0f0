import type { ApiRequest } from '../http/api-request';
import type { Entity } from '../http/odata-response';

/**
 * `$select` on a metadata entity (list, field, user): keeps the named properties; `Prop/Sub`
 * keeps a part of a nested object such as `RootFolder/ServerRelativeUrl`. Items have their own
 * projection (item-projection.ts), because their fields are typed columns.
 */
export function selectProps(entity: Entity, request: ApiRequest): Entity {
  const select = request.query.get('$select');
  if (select === null || select.trim() === '' || select.trim() === '*') return entity;
  const props: Record<string, unknown> = {};
  for (const raw of select.split(',')) {
    const [head, sub] = raw.trim().split('/');
    const key = Object.keys(entity.props).find((candidate) => candidate.toLowerCase() === head.toLowerCase());
    if (key === undefined) continue;
    const value = entity.props[key];
    if (sub !== undefined && value !== null && typeof value === 'object') {
      const nested = value as Record<string, unknown>;
      const subKey = Object.keys(nested).find((candidate) => candidate.toLowerCase() === sub.toLowerCase());
      props[key] = { ...((props[key] as Record<string, unknown> | undefined) ?? {}), ...(subKey === undefined ? {} : { [subKey]: nested[subKey] }) };
    } else props[key] = value;
  }
  return { ...entity, props };
}
