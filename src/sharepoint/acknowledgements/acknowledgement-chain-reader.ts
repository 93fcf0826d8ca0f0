import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { verifyAcknowledgementChain, type ChainItem, type ChainVerification } from '../../domain/acknowledgements/chain-verification';
import type { Seal, SealedHead } from '../../domain/acknowledgements/acknowledgement-chain';
import { ACKNOWLEDGEMENTS_LIST } from '../lists/acknowledgements-list';
import { acknowledgementsMapper } from '../mappers/acknowledgements-mapper';
import { readUserEmail } from '../mappers/read-values';
import { DEFAULT_MAPPING_CONTEXT, type SharePointItem } from '../mappers/sharepoint-item';
import { translateErrors } from '../sharepoint-errors';
import type { ChainStoreSite } from './acknowledgement-chain-store';
import { readChainHead } from './chain-head-setting';

/** SharePoint's largest page; the whole list is read, page by page on ID (always indexed). */
const PAGE_SIZE = 5000;

export interface ChainSnapshot {
  readonly items: ChainItem[];
  readonly head: SealedHead | undefined;
}

/** "3.0" → 3: SharePoint's major version of an item, one per save. */
function versionCount(item: SharePointItem): number {
  const text = item.OData__UIVersionString;
  const major = typeof text === 'string' ? Number.parseInt(text, 10) : Number.NaN;
  return Number.isFinite(major) && major > 0 ? major : 1;
}

/**
 * Every acknowledgement as verification needs it (R-SEC-4): the record when it still parses, its
 * Sequence even when not, and SharePoint's own Author, Editor and version, which no client sets.
 * Read with the app's identity (or an owner's): every item, nothing filtered.
 */
export async function readAcknowledgementChain(site: Pick<ChainStoreSite, 'sp' | 'sitePath' | 'settings'>): Promise<ChainSnapshot> {
  const list = site.sp.web.getList(`${site.sitePath}/${ACKNOWLEDGEMENTS_LIST.url}`);
  const { select, expand } = acknowledgementsMapper.query;
  const raw = await translateErrors(ACKNOWLEDGEMENTS_LIST.title, async () => {
    const query = list.items.select(...select, 'OData__UIVersionString').expand(...expand).top(PAGE_SIZE);
    const all: SharePointItem[] = [];
    for await (const page of query) all.push(...(page as SharePointItem[]));
    return all;
  });
  const items = raw.map((item): ChainItem => {
    const parsed = acknowledgementsMapper.schema.safeParse(acknowledgementsMapper.toDomain(item, DEFAULT_MAPPING_CONTEXT));
    const sequence = item.Sequence;
    const author = readUserEmail(item, 'Author');
    const editor = readUserEmail(item, 'Editor');
    return {
      itemId: String(item.ID ?? item.Id),
      record: parsed.success ? parsed.data : undefined,
      sequence: typeof sequence === 'number' ? sequence : undefined,
      author: typeof author === 'string' ? author : undefined,
      editor: typeof editor === 'string' ? editor : undefined,
      versions: versionCount(item)
    };
  });
  const { head } = await readChainHead(site.settings);
  return { items, head };
}

/** Reads the chain and verifies it under the key (R-ACK, R-SEC-4): the CLI's and the API's one path. */
export async function verifyStoredChain(site: Pick<ChainStoreSite, 'sp' | 'sitePath' | 'settings'>, seal: Seal, appAccount: string): Promise<ChainVerification> {
  const { items, head } = await readAcknowledgementChain(site);
  return verifyAcknowledgementChain({ items, head, seal, appAccount });
}
