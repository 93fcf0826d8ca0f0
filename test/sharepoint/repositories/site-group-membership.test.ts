import { DEFAULT_REGION_CONFIG } from '../../../src/config/default-region';
import { ValidationError } from '../../../src/domain/shared/errors';
import { startLocalSharePoint, type LocalSharePoint } from '../../../src/local-sharepoint/local-sharepoint-server';
import { EVERYONE_LOGIN } from '../../../src/local-sharepoint/store/site-store';
import { SITE_GROUPS } from '../../../src/sharepoint/lists/list-schema';
import { provisionSite } from '../../../src/sharepoint/provisioning/provision-site';
import { SiteGroupMembership } from '../../../src/sharepoint/repositories/site-group-membership';
import { claimsLoginOf } from '../../../src/sharepoint/repositories/site-people';
import { connectToSite, localToken } from '../../../src/sharepoint/sp-factory';

/** More people than one $batch holds (100 parts), so the membership takes several batches. */
const STAFF = Array.from({ length: 230 }, (_, index) => ({ email: `person.${index}@regionexempel.se`, title: `Person ${index}` }));

describe('site group membership through @pnp/sp, batched (R-SEC-1)', () => {
  let site: LocalSharePoint;
  let groups: SiteGroupMembership;

  beforeAll(async () => {
    site = await startLocalSharePoint({ port: 0, dataDir: ':memory:', directory: STAFF });
    const sp = connectToSite({ siteUrl: site.siteUrl, token: localToken('admin@tillit.local'), retry: { retries: 0, baseDelayMs: 0, maxDelayMs: 0 } });
    await provisionSite(sp, DEFAULT_REGION_CONFIG);
    groups = new SiteGroupMembership(sp);
  }, 60_000);

  afterAll(async () => {
    await site.close();
  });

  it('puts everyone into their groups across several batches, people new to the site included', async () => {
    // The site's associated groups may hold someone already (its owner, as SharePoint Online sets it up).
    const before = {
      visitors: await groups.loginNamesIn(SITE_GROUPS.visitors),
      owners: await groups.loginNamesIn(SITE_GROUPS.owners),
      members: await groups.loginNamesIn(SITE_GROUPS.members)
    };
    const sorted = (logins: readonly string[]): string[] => [...new Set(logins)].sort();
    await groups.add([
      { groupTitle: SITE_GROUPS.visitors, loginName: EVERYONE_LOGIN },
      { groupTitle: SITE_GROUPS.owners, loginName: claimsLoginOf(STAFF[0].email) },
      ...STAFF.map((person) => ({ groupTitle: SITE_GROUPS.members, loginName: claimsLoginOf(person.email) }))
    ]);
    expect(sorted(await groups.loginNamesIn(SITE_GROUPS.visitors))).toEqual(sorted([...before.visitors, EVERYONE_LOGIN]));
    expect(sorted(await groups.loginNamesIn(SITE_GROUPS.owners))).toEqual(sorted([...before.owners, claimsLoginOf(STAFF[0].email)]));
    expect(sorted(await groups.loginNamesIn(SITE_GROUPS.members))).toEqual(sorted([...before.members, ...STAFF.map((person) => claimsLoginOf(person.email))]));
    expect(before.members).not.toContain(claimsLoginOf(STAFF[0].email));
    // SharePoint adds an account new to the site to its user list on the way.
    expect(site.store.userByEmail(STAFF[229].email)?.loginName).toBe(claimsLoginOf(STAFF[229].email));
  }, 60_000);

  it('changes nothing when someone already in the group is added again', async () => {
    const before = await groups.loginNamesIn(SITE_GROUPS.owners);
    await groups.add([{ groupTitle: SITE_GROUPS.owners, loginName: claimsLoginOf(STAFF[0].email) }]);
    expect(await groups.loginNamesIn(SITE_GROUPS.owners)).toEqual(before);
  }, 30_000);

  it('fails with SharePoint\'s reason for an account the directory does not know, after the rest of its batch landed', async () => {
    const stranger = claimsLoginOf('okand.person@annanregion.se');
    const attempt = groups.add([
      { groupTitle: SITE_GROUPS.owners, loginName: claimsLoginOf(STAFF[1].email) },
      { groupTitle: SITE_GROUPS.owners, loginName: stranger }
    ]);
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toThrow(/could not be found/);
    expect(await groups.loginNamesIn(SITE_GROUPS.owners)).toContain(claimsLoginOf(STAFF[1].email));
  }, 30_000);

  it('fails for a group the site does not have', async () => {
    await expect(groups.add([{ groupTitle: 'Ingen sådan grupp', loginName: claimsLoginOf(STAFF[2].email) }])).rejects.toThrow();
  }, 30_000);
});
