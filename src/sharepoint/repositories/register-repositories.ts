import type { SPFI } from '@pnp/sp';
import type { ListKey } from '../lists/list-schema';
import { ALL_MAPPERS } from '../mappers/all-mappers';
import { DEFAULT_MAPPING_CONTEXT, type MappingContext } from '../mappers/sharepoint-item';
import { ListRepository, type SiteContext } from './list-repository';
import { SitePeople } from './site-people';

type MapperRecord<K extends ListKey> = (typeof ALL_MAPPERS)[K] extends { toFields(record: infer R, ...rest: never[]): unknown } ? R : never;

export type RegisterRepositories = { readonly [K in ListKey]: ListRepository<MapperRecord<K>> };

/**
 * The repositories of every Tillit list on one site, sharing one people cache. Repositories
 * signed in as other people (acknowledgements are written by their signers) may pass in the same
 * `people`, so that everyone is resolved once.
 */
export function registerRepositories(
  sp: SPFI,
  sitePath: string,
  mapping: MappingContext = DEFAULT_MAPPING_CONTEXT,
  people: SitePeople = new SitePeople(sp)
): RegisterRepositories {
  const site: SiteContext = { sp, sitePath, people, mapping };
  const entries = (Object.keys(ALL_MAPPERS) as ListKey[]).map((key) => [key, new ListRepository(site, ALL_MAPPERS[key] as never)]);
  return Object.fromEntries(entries) as RegisterRepositories;
}
