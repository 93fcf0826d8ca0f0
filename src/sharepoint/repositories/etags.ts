import { MissingEtagError } from '../../domain/shared/errors';
import { readEtag } from '../mappers/read-values';
import type { SharePointItem } from '../mappers/sharepoint-item';

function isConcrete(etag: string | undefined): etag is string {
  return etag !== undefined && etag.trim() !== '' && etag.trim() !== '*';
}

/**
 * An item's ETag, for If-Match on its next write (R-SEC-2). An item SharePoint sent without one
 * (a `nometadata` answer, a proxy that stripped it) is refused here, at read: falling back to `*`
 * would turn the next update into an unconditional one that overwrites others' changes unseen.
 */
export function etagOf(item: SharePointItem, what: string): string {
  const etag = readEtag(item);
  if (!isConcrete(etag)) throw new MissingEtagError(what);
  return etag;
}

/** The If-Match of an update or delete: a concrete ETag, never `*` or nothing (R-SEC-2). */
export function requireConcreteEtag(etag: string | undefined, what: string): string {
  if (!isConcrete(etag)) throw new MissingEtagError(what);
  return etag;
}
