import { DefaultHeaders, DefaultInit, spfi, type SPFI } from '@pnp/sp';
import { DefaultParse } from '@pnp/queryable';
import { ResilientFetch } from '../../../src/sharepoint/resilient-fetch';
import { connectToSite } from '../../../src/sharepoint/sp-factory';
import { ADMIN, ANNA, BO, CECILIA, failureOf, grantOnSite, membershipLogin, NO_RETRIES, ROLE, startSite, type ConformanceSite } from './conformance-site';

/** Identity: who a request is signed in as, the site's users, and person fields (R-SEC-1, R-SEC-4). */
describe('local SharePoint: identity', () => {
  let context: ConformanceSite;
  let admin: SPFI;

  beforeAll(async () => {
    context = await startSite();
    admin = context.spAs(ADMIN);
    await grantOnSite(admin, ANNA, ROLE.contribute);
    await grantOnSite(admin, BO, ROLE.read);
  });

  afterAll(() => context.close());

  it('signs a bearer token local:<email> in as that person of the directory', async () => {
    const me = await context.spAs(ANNA).web.currentUser();
    expect(me).toMatchObject({
      Title: 'Anna Berg',
      Email: ANNA,
      LoginName: membershipLogin(ANNA),
      IsSiteAdmin: false,
      PrincipalType: 1
    });
    expect(me.Id).toBeGreaterThan(0);
    expect(await admin.web.currentUser()).toMatchObject({ Email: ADMIN, IsSiteAdmin: true });
  });

  it('answers 401 without a token, with another kind of token and for someone not in the directory', async () => {
    const withoutToken = spfi(context.site.siteUrl).using(DefaultInit(), DefaultHeaders(), ResilientFetch(NO_RETRIES), DefaultParse());
    const noToken = await failureOf(withoutToken.web());
    expect(noToken.status).toBe(401);
    expect(noToken.headers.get('www-authenticate')).toMatch(/^Bearer /);

    const withToken = (token: string): SPFI => connectToSite({ siteUrl: context.site.siteUrl, token: () => Promise.resolve(token), retry: NO_RETRIES });
    expect((await failureOf(withToken('eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.e30.sig').web())).status).toBe(401);
    expect((await failureOf(withToken('local:eve@elsewhere.example').web())).status).toBe(401);
    expect((await failureOf(withToken(`local:${ANNA.toUpperCase()}x`).web.currentUser())).status).toBe(401);
  });

  it('lists the site users and finds one by e-mail, id and login name', async () => {
    const users = await admin.web.siteUsers();
    const emails = users.map((user) => user.Email);
    expect(emails).toEqual(expect.arrayContaining([ADMIN, ANNA, BO]));
    expect(emails).not.toContain(CECILIA);

    const anna = await admin.web.siteUsers.getByEmail(ANNA)();
    expect(anna.Title).toBe('Anna Berg');
    expect((await admin.web.siteUsers.getById(anna.Id)()).Email).toBe(ANNA);
    expect((await admin.web.getUserById(anna.Id)()).LoginName).toBe(membershipLogin(ANNA));
    expect((await admin.web.siteUsers.getByLoginName(membershipLogin(ANNA))()).Id).toBe(anna.Id);
  });

  it('ensureuser adds a directory account once, by login name or e-mail, and refuses an unknown one', async () => {
    const first = await admin.web.ensureUser(membershipLogin(CECILIA));
    expect(first).toMatchObject({ Title: 'Cecilia Holm', Email: CECILIA, LoginName: membershipLogin(CECILIA) });
    const again = await admin.web.ensureUser(CECILIA);
    expect(again.Id).toBe(first.Id);

    const unknown = await failureOf(admin.web.ensureUser(membershipLogin('nobody@regionexempel.se')));
    expect(unknown.status).toBeGreaterThanOrEqual(400);
    expect(unknown.status).toBeLessThan(500);
    expect(unknown.message).toContain('nobody@regionexempel.se');
  });

  it('stores a person field as <Field>Id and expands <Field>/Title and <Field>/EMail', async () => {
    await admin.web.lists.add('Ansvar');
    const list = admin.web.lists.getByTitle('Ansvar');
    await list.fields.addUser('Owner');
    const bo = await admin.web.ensureUser(membershipLogin(BO));
    const added = await list.items.add({ Title: 'Brandvägg', OwnerId: bo.Id });
    expect(added.OwnerId).toBe(bo.Id);
    expect(added.OwnerStringId).toBe(String(bo.Id));

    const [read] = await list.items.select('Id', 'Title', 'Owner/Title', 'Owner/EMail', 'OwnerId').expand('Owner').filter(`OwnerId eq ${bo.Id}`)();
    expect(read.Id).toBe(added.Id);
    expect(read.OwnerId).toBe(bo.Id);
    expect(read.Owner).toEqual({ Title: 'Bo Ek', EMail: BO });

    // The author is whoever was signed in, whatever the payload says.
    const byAnna = await context.spAs(ANNA).web.lists.getByTitle('Ansvar').items.add({ Title: 'Backup' });
    const withAuthor = await list.items.getById(byAnna.Id).select('Author/EMail', 'Editor/Title').expand('Author', 'Editor')();
    expect(withAuthor.Author).toEqual({ EMail: ANNA });
    expect(withAuthor.Editor).toEqual({ Title: 'Anna Berg' });
  });

  it('refuses a person id that is not a site user', async () => {
    const failure = await failureOf(admin.web.lists.getByTitle('Ansvar').items.add({ Title: 'Ingen', OwnerId: 9999 }));
    expect(failure.status).toBe(400);
    expect(failure.message).toContain('9999');
  });
});
