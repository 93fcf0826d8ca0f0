import { z } from 'zod';
import type { ApiResponse } from '../http/api-request';
import { listEditLink } from '../resources/list-resource';
import type { ListRecord } from '../store/site-store';
import { errorPage, type HtmlAnswer } from './html-page';

/**
 * The classic pages read through the REST API the stand-in serves, as the signed-in person: the
 * same permission checks (list, item scope, ReadSecurity 2, items with their own permissions), the
 * same list view threshold and the same paging. A page never reads the store's items on its own,
 * so it cannot show what REST would refuse.
 */
export type RestGet = (apiPath: string, query: URLSearchParams) => ApiResponse;

const itemSchema = z.record(z.string(), z.unknown());
const collectionSchema = z.object({ value: z.array(itemSchema), 'odata.nextLink': z.string().optional() });
const errorSchema = z.object({ 'odata.error': z.object({ message: z.object({ value: z.string() }) }) });

export type RestItem = z.infer<typeof itemSchema>;
export interface RestPage {
  readonly items: readonly RestItem[];
  /** The `$skiptoken` of the next page (`Paged=TRUE&p_ID=30`), when there is one. */
  readonly nextSkipToken: string | undefined;
}

export function itemsPath(list: ListRecord, itemId?: number): string {
  return `${listEditLink(list)}/items${itemId === undefined ? '' : `(${itemId})`}`;
}

/** A REST answer the page cannot show: SharePoint's status and message, as an error page. */
function failure(answer: ApiResponse): HtmlAnswer {
  const parsed = errorSchema.safeParse(safeJson(answer.body));
  return errorPage(answer.status, parsed.success ? parsed.data['odata.error'].message.value : `SharePoint svarade ${answer.status}.`);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    return { unreadable: error instanceof Error ? error.message : String(error) };
  }
}

/** What REST gave, or the error page that stands for its refusal. */
export type RestResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly page: HtmlAnswer };

function parsed<T>(schema: z.ZodType<T>, answer: ApiResponse): RestResult<T> {
  if (answer.status !== 200) return { ok: false, page: failure(answer) };
  const result = schema.safeParse(safeJson(answer.body));
  if (!result.success) return { ok: false, page: errorPage(500, `The local SharePoint answered an unexpected shape: ${result.error.message}`) };
  return { ok: true, value: result.data };
}

export function getItem(rest: RestGet, list: ListRecord, itemId: number, query: URLSearchParams): RestResult<RestItem> {
  return parsed(itemSchema, rest(itemsPath(list, itemId), query));
}

export function getItems(rest: RestGet, list: ListRecord, query: URLSearchParams): RestResult<RestPage> {
  const result = parsed(collectionSchema, rest(itemsPath(list), query));
  if (!result.ok) return result;
  const next = result.value['odata.nextLink'];
  const nextSkipToken = next === undefined ? undefined : new URL(next).searchParams.get('$skiptoken') ?? undefined;
  return { ok: true, value: { items: result.value.value, nextSkipToken } };
}
