import { screenRecords, type ScreenedRecords } from '../../domain/shared/validation';
import type { ListMapper } from './list-mapper';
import type { MappingContext, SharePointItem } from './sharepoint-item';

/**
 * Items of a list as domain records: valid ones mapped, malformed ones reported with their item
 * id and left out, so that one bad item never stops a page or a nudge run (DESIGN.md habit 2).
 */
export function screenItems<T>(mapper: ListMapper<T>, items: readonly SharePointItem[], context?: MappingContext): ScreenedRecords<T> {
  return screenRecords(
    mapper.schema,
    items.map((item) => mapper.toDomain(item, context))
  );
}
