import '@pnp/sp/site-groups/web';
import { NotFoundError } from '../../../src/domain/shared/errors';
import { SITE_GROUPS } from '../../../src/sharepoint/lists/list-schema';
import { ASSET_PRIORITIES } from '../../../src/domain/assets/information-asset';
import { eq } from '../../../src/sharepoint/odata-literal';
import type { ItemPage } from '../../../src/sharepoint/repositories/list-page-reader';
import { registerRepositories } from '../../../src/sharepoint/repositories/register-repositories';
import { connectToSite, localToken } from '../../../src/sharepoint/sp-factory';
import type { InformationAsset } from '../../../src/domain/assets/information-asset';
import { anAsset, aUnit } from '../../domain/builders';
import { openLocalTestSite, TEST_PEOPLE, type TestSite } from './test-site';

const ASSET_COUNT = 120;

describe('a grid page of a register: $top, $orderby, $filter and $skiptoken, never the whole list', () => {
  let site: TestSite;

  beforeAll(async () => {
    site = await openLocalTestSite();
    const unit = await site.repositories.units.add(aUnit({ id: 'x', name: 'Enhet Sida', level: 'enhet' }));
    const assets = Array.from({ length: ASSET_COUNT }, (_, index) =>
      anAsset({
        id: 'x',
        name: `${index % 2 === 0 ? 'Journal' : "O'Brien-register"} ${String(index).padStart(3, '0')}`,
        unitId: unit.id,
        priority: ASSET_PRIORITIES[index % 3],
        ownerEmail: index % 2 === 0 ? TEST_PEOPLE[(index / 2) % 2].email : undefined,
        nextReviewOn: `2027-01-${String((index % 28) + 1).padStart(2, '0')}`
      })
    );
    await site.repositories.assets.addMany(assets);
  }, 60_000);

  afterAll(async () => {
    await site.close();
  });

  async function allPages(read: (token: string | undefined) => Promise<ItemPage<InformationAsset>>): Promise<ItemPage<InformationAsset>[]> {
    const pages: ItemPage<InformationAsset>[] = [];
    let token: string | undefined;
    do {
      const page = await read(token);
      pages.push(page);
      token = page.nextPageToken;
    } while (token !== undefined && pages.length < 10);
    return pages;
  }

  it('pages through the list sorted by an indexed column, each item once, with ids and ETags', async () => {
    const pages = await allPages((pageToken) =>
      site.repositories.assets.readPage({ pageSize: 50, orderBy: { field: 'NextReviewOn', descending: true }, pageToken })
    );
    expect(pages.map((page) => page.items.length)).toEqual([50, 50, 20]);
    const items = pages.flatMap((page) => page.items);
    expect(new Set(items.map((item) => item.id)).size).toBe(ASSET_COUNT);
    expect(items.every((item) => /^"\d+"$/.test(item.etag.replace(/^W\//, '')))).toBe(true);
    const dates = items.map((item) => item.record.nextReviewOn ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    expect(pages.flatMap((page) => page.rejected)).toEqual([]);
  }, 30_000);

  it('filters on an indexed column first and searches Title within it, escaping the search text', async () => {
    const pages = await allPages((pageToken) =>
      site.repositories.assets.readPage({
        filter: eq('Priority', 'business-critical'),
        titleSearch: { text: "O'Brien", mode: 'startswith' },
        orderBy: { field: 'ID', descending: false },
        pageSize: 10,
        pageToken
      })
    );
    const items = pages.flatMap((page) => page.items);
    expect(items.length).toBeGreaterThan(10);
    expect(items.every((item) => item.record.priority === 'business-critical' && item.record.name.startsWith("O'Brien"))).toBe(true);
    const ids = items.map((item) => Number(item.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));

    const contains = await site.repositories.assets.readPage({ titleSearch: { text: '007', mode: 'substringof' } });
    expect(contains.items.map((item) => item.record.name)).toEqual(["O'Brien-register 007"]);
    expect(contains.nextPageToken).toBeUndefined();
  }, 30_000);

  it('names the people of a page as SharePoint knows them, by e-mail (the grid shows names, the domain keeps e-mails)', async () => {
    const page = await site.repositories.assets.readPage({ pageSize: 8, orderBy: { field: 'ID', descending: false } });
    const [first, second] = TEST_PEOPLE;
    expect(page.items.map((item) => item.record.ownerEmail)).toEqual([first.email, undefined, second.email, undefined, first.email, undefined, second.email, undefined]);
    expect(new Map(page.personNames)).toEqual(new Map([[first.email, first.title], [second.email.toLowerCase(), second.title]]));
  }, 30_000);

  it('reads what the signed-in person may do in a list from EffectiveBasePermissions (R-SEC-1)', async () => {
    expect(await site.repositories.assets.abilities()).toEqual({ view: true, add: true, edit: true, remove: true });
    const visitor = TEST_PEOPLE[2].email;
    const asVisitor = registerRepositories(connectToSite({ ...site.connection, token: localToken(visitor) }), site.sitePath);
    // Without a role on the site SharePoint does not even show the list (404, as it hides what one may not read).
    await expect(asVisitor.assets.abilities()).rejects.toBeInstanceOf(NotFoundError);
    const admin = connectToSite(site.connection);
    await admin.web.siteGroups.getByName(SITE_GROUPS.visitors).users.add(`i:0#.f|membership|${visitor}`);
    expect(await asVisitor.assets.abilities()).toEqual({ view: true, add: false, edit: false, remove: false });
  }, 30_000);
});
