import type { FieldRecord, ListRecord, SiteStore } from '../store/site-store';
import { displayValue, expandedQuery } from './field-display';
import { errorPage, escapeHtml, htmlPage, type HtmlAnswer } from './html-page';
import { getItems, type RestGet, type RestItem } from './page-rest';

/**
 * `Lists/<List>/AllItems.aspx[?FilterField1=<field>&FilterValue1=<value>]`: the list's default view
 * as a table, 30 rows a page with a link to the next, as SharePoint's "All Items". My tasks links a
 * course here (item-links.ts). Rows come from REST as the signed-in person (page-rest.ts): trimmed by
 * permissions, paged by its `$skiptoken`, and held to the list view threshold: past 5000 items a
 * filter on a column that is not indexed fails as it fails in REST (the page says so), it is not
 * worked around; Tillit's linked filter (TrainingRecords' Course) is indexed.
 */

/** SharePoint's "All Items" shows 30 rows a page (view-store.ts, DEFAULT_VIEW.rowLimit). */
export const ALL_ITEMS_PAGE_SIZE = 30;
/** A page of Title and a few columns; the rest is on the display form. */
const MAX_EXTRA_COLUMNS = 5;
const TITLE_NAMES = ['linktitle', 'linktitlenomenu', 'title'];
/** Kinds an equality filter is offered on here: their OData literal is plain. */
const FILTERABLE_KINDS = ['text', 'choice', 'number', 'boolean', 'counter'];

/** The default view's columns after Title; a view that shows only Title gets the list's first columns. */
function columnsOf(store: SiteStore, list: ListRecord, fields: readonly FieldRecord[]): FieldRecord[] {
  const byName = new Map(fields.map((field) => [field.internalName.toLowerCase(), field]));
  const viewed = (store.views.defaultView(list.id)?.fields ?? [])
    .filter((name) => !TITLE_NAMES.includes(name.toLowerCase()))
    .map((name) => byName.get(name.toLowerCase()))
    .filter((field): field is FieldRecord => field !== undefined);
  const chosen = viewed.length > 0 ? viewed : fields.filter((field) => !field.builtIn && field.kind !== 'note').sort((a, b) => a.position - b.position);
  return chosen.slice(0, MAX_EXTRA_COLUMNS);
}

/** `Course eq 'GDPR'`, with the literal escaped as OData escapes it (a quote doubled). */
function filterOf(field: FieldRecord, value: string): string | HtmlAnswer {
  const name = field.kind === 'counter' ? 'ID' : field.internalName;
  switch (field.kind) {
    case 'number':
    case 'counter':
      return /^-?\d+(\.\d+)?$/.test(value) ? `${name} eq ${value}` : errorPage(400, `Filtervärdet för ${field.title} är inte ett tal.`);
    case 'boolean':
      return `${name} eq ${['1', 'true', 'ja'].includes(value.toLowerCase()) ? 1 : 0}`;
    default:
      return `${name} eq '${value.replace(/'/g, "''")}'`;
  }
}

function restQuery(fields: readonly FieldRecord[], shown: readonly FieldRecord[], query: URLSearchParams): URLSearchParams | HtmlAnswer {
  const rest = expandedQuery(shown);
  rest.set('$top', String(ALL_ITEMS_PAGE_SIZE));
  rest.set('$orderby', 'ID');
  const filterField = query.get('FilterField1');
  if (filterField !== null) {
    const field = fields.find((candidate) => candidate.internalName.toLowerCase() === filterField.toLowerCase());
    if (field === undefined || !FILTERABLE_KINDS.includes(field.kind)) return errorPage(400, `Listan kan inte filtreras på ${filterField} här.`);
    const filter = filterOf(field, query.get('FilterValue1') ?? '');
    if (typeof filter !== 'string') return filter;
    rest.set('$filter', filter);
  }
  // The page carries REST's own paging token in SharePoint's form: `Paged=TRUE&p_ID=30`.
  if (query.get('Paged') === 'TRUE' && query.get('p_ID') !== null) rest.set('$skiptoken', new URLSearchParams({ Paged: 'TRUE', p_ID: query.get('p_ID') ?? '' }).toString());
  return rest;
}

function nextPageLink(query: URLSearchParams, skipToken: string): string {
  const next = new URLSearchParams();
  for (const name of ['FilterField1', 'FilterValue1']) {
    const value = query.get(name);
    if (value !== null) next.set(name, value);
  }
  for (const [name, value] of new URLSearchParams(skipToken)) next.set(name, value);
  return `AllItems.aspx?${next.toString()}`;
}

function tableRow(item: RestItem, columns: readonly FieldRecord[]): string {
  const id = typeof item.ID === 'number' ? item.ID : Number(item.Id);
  const title = typeof item.Title === 'string' && item.Title !== '' ? item.Title : `(ID ${id})`;
  const cells = columns.map((field) => `<td>${escapeHtml(displayValue(field, item))}</td>`).join('');
  return `<tr><th scope="row"><a href="DispForm.aspx?ID=${id}">${escapeHtml(title)}</a></th>${cells}</tr>`;
}

export function allItemsPage(store: SiteStore, rest: RestGet, list: ListRecord, query: URLSearchParams): HtmlAnswer {
  const fields = store.fields(list.id);
  const columns = columnsOf(store, list, fields);
  const restParams = restQuery(fields, columns, query);
  if (!(restParams instanceof URLSearchParams)) return restParams;
  const answer = getItems(rest, list, restParams);
  if (!answer.ok) return answer.page;
  const { items, nextSkipToken } = answer.value;
  const filterField = query.get('FilterField1');
  const filtered = filterField === null ? '' : ` där ${filterField} är ${query.get('FilterValue1') ?? ''}`;
  const header = `<tr><th scope="col">Rubrik</th>${columns.map((field) => `<th scope="col">${escapeHtml(field.title)}</th>`).join('')}</tr>`;
  const content = [
    `<h1>${escapeHtml(list.title)}</h1>`,
    items.length === 0
      ? `<p>Inga objekt${escapeHtml(filtered)}.</p>`
      : `<table>\n<caption>Objekt${escapeHtml(filtered)}</caption>\n<thead>${header}</thead>\n<tbody>\n${items.map((item) => tableRow(item, columns)).join('\n')}\n</tbody>\n</table>`,
    nextSkipToken === undefined ? '' : `<p><a href="${escapeHtml(nextPageLink(query, nextSkipToken))}">Nästa sida</a></p>`
  ].join('\n');
  return htmlPage(200, escapeHtml(list.title), content);
}
