import type { FieldRecord, ListRecord, SiteStore } from '../store/site-store';
import { displayValue, expandedQuery } from './field-display';
import { errorPage, escapeHtml, htmlPage, type HtmlAnswer } from './html-page';
import { getItem, type RestGet, type RestItem } from './page-rest';

/**
 * `Lists/<List>/DispForm.aspx?ID=<n>`: the classic display form, in short. My tasks links a reminder
 * here (src/sharepoint/lists/item-links.ts). The item is read through REST as the signed-in person
 * (page-rest.ts), so someone who may not see it gets REST's 404 or 403, never its values (R-SEC-1).
 */

function byField(fields: readonly FieldRecord[], name: string): FieldRecord | undefined {
  return fields.find((field) => field.internalName === name);
}

function row(label: string, value: string): string {
  return `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`;
}

/** When and by whom, as the form's footer says it: "Skapad 2026-11-30 10:15 av Anna Berg". */
function stamp(label: string, fields: readonly FieldRecord[], item: RestItem, when: string, who: string): string {
  const date = byField(fields, when);
  const person = byField(fields, who);
  const at = date === undefined ? '' : displayValue(date, item);
  const by = person === undefined ? '' : displayValue(person, item);
  return row(label, by === '' ? at : `${at} av ${by}`);
}

export function displayFormPage(store: SiteStore, rest: RestGet, list: ListRecord, query: URLSearchParams): HtmlAnswer {
  const idText = query.get('ID') ?? query.get('id');
  if (idText === null || !/^\d{1,9}$/.test(idText) || Number(idText) < 1) return errorPage(400, 'Adressen saknar ett giltigt ID (DispForm.aspx?ID=<nummer>).');
  const fields = store.fields(list.id);
  const answer = getItem(rest, list, Number(idText), expandedQuery(fields));
  if (!answer.ok) return answer.page;
  const item = answer.value;
  const title = typeof item.Title === 'string' && item.Title !== '' ? item.Title : `(ID ${idText})`;
  const visible = fields.filter((field) => !field.builtIn).sort((a, b) => a.position - b.position);
  const content = [
    `<p class="list-name"><a href="AllItems.aspx">${escapeHtml(list.title)}</a></p>`,
    `<h1>${escapeHtml(title)}</h1>`,
    '<dl>',
    ...visible.map((field) => row(field.title, displayValue(field, item))),
    stamp('Skapad', fields, item, 'Created', 'Author'),
    stamp('Ändrad', fields, item, 'Modified', 'Editor'),
    '</dl>'
  ].join('\n');
  return htmlPage(200, `${escapeHtml(title)} - ${escapeHtml(list.title)}`, content);
}
