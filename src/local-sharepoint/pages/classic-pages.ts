import type { ListRecord, SiteStore } from '../store/site-store';
import { allItemsPage } from './all-items-page';
import { displayFormPage } from './display-form-page';
import { errorPage, type HtmlAnswer } from './html-page';
import type { RestGet } from './page-rest';

/**
 * The two classic pages Tillit links to, `<site>/Lists/<List>/DispForm.aspx` and `…/AllItems.aspx`
 * (item-links.ts), which SharePoint Online serves and the stand-in serves in short. Undefined for any
 * other path, which stays SharePoint's 404.
 */
const CLASSIC_PAGE = /^\/Lists\/([^/]+)\/(DispForm|AllItems)\.aspx$/i;

export function isClassicPage(sitePath: string, pathname: string): boolean {
  return pathname.toLowerCase().startsWith(`${sitePath.toLowerCase()}/`) && CLASSIC_PAGE.test(pathname.slice(sitePath.length));
}

export function classicPage(store: SiteStore, rest: RestGet, sitePath: string, pathname: string, query: URLSearchParams): HtmlAnswer {
  const match = CLASSIC_PAGE.exec(pathname.slice(sitePath.length));
  if (match === null) return errorPage(404, 'Sidan finns inte.');
  let urlName: string;
  try {
    urlName = decodeURIComponent(match[1]);
  } catch {
    return errorPage(400, 'Adressen är felaktigt kodad.');
  }
  const list: ListRecord | undefined = store.listByUrlName(urlName);
  if (list === undefined) return errorPage(404, 'Listan finns inte.');
  return match[2].toLowerCase() === 'dispform' ? displayFormPage(store, rest, list, query) : allItemsPage(store, rest, list, query);
}
