import type { SiteUserRecord } from '../store/site-store';
import type { PathSegment } from './api-path';

/** The metadata level the client asked for in Accept, as SharePoint Online honours it. */
export type MetadataLevel = 'verbose' | 'minimal' | 'none';

/** One REST call, as the resources see it: already authenticated, path parsed, body parsed. */
export interface ApiRequest {
  /** GET, POST, MERGE, PATCH, PUT or DELETE: `X-HTTP-Method` on a POST wins, as in SharePoint. */
  readonly method: string;
  readonly segments: readonly PathSegment[];
  /** The path after `/_api/`, percent-decoded, as the client sent it: SharePoint quotes it in errors. */
  readonly path: string;
  readonly query: URLSearchParams;
  /** Lower-cased header names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
  readonly user: SiteUserRecord;
  readonly metadata: MetadataLevel;
  /** `http://127.0.0.1:4321/sites/tillit` */
  readonly siteUrl: string;
  /** `/sites/tillit` */
  readonly sitePath: string;
}

export interface ApiResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

export function metadataLevelOf(accept: string | undefined): MetadataLevel {
  const value = (accept ?? '').toLowerCase();
  if (value.includes('odata=verbose')) return 'verbose';
  if (value.includes('odata=nometadata')) return 'none';
  return 'minimal';
}
