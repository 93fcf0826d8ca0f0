import type { SPFI } from '@pnp/sp';
import { ADMIN, ANNA, BO, CECILIA, failureOf, grantOnSite, membershipLogin, ROLE, startSite, type ConformanceSite } from './conformance-site';

/**
 * List permissions as provisioning sets them: SharePoint groups with Read or Contribute on a list
 * with broken inheritance, and item-level security (WriteSecurity/ReadSecurity 2) so that nobody
 * can sign an acknowledgement for someone else (R-SEC-1).
 */
describe('local SharePoint: list permissions', () => {
  let context: ConformanceSite;
  let admin: SPFI;
  let editorsId: number;
  let readersId: number;

  beforeAll(async () => {
    context = await startSite();
    admin = context.spAs(ADMIN);
    // Everyone may open the site; what they may do on a list comes from its own assignments.
    for (const email of [ANNA, BO, CECILIA]) await grantOnSite(admin, email, ROLE.read);

    const editors = await admin.web.siteGroups.add({ Title: 'Tillit registerhållare', Description: 'Får ändra registren' });
    const readers = await admin.web.siteGroups.add({ Title: 'Tillit läsare' });
    editorsId = editors.Id;
    readersId = readers.Id;
    await admin.web.siteGroups.getById(editorsId).users.add(membershipLogin(ANNA));
    await admin.web.siteGroups.getByName('Tillit läsare').users.add(membershipLogin(BO));

    await admin.web.lists.add('Risker');
    const risks = admin.web.lists.getByTitle('Risker');
    await risks.breakRoleInheritance(false);
    await risks.roleAssignments.add(editorsId, ROLE.contribute);
    await risks.roleAssignments.add(readersId, ROLE.read);
  });

  afterAll(() => context.close());

  it('creates site groups and keeps their members', async () => {
    const groups = await admin.web.siteGroups();
    expect(groups.map((group) => group.Title)).toEqual(expect.arrayContaining(['Tillit registerhållare', 'Tillit läsare']));
    const members = await admin.web.siteGroups.getById(editorsId).users();
    expect(members.map((member) => member.Email)).toEqual([ANNA]);
    expect((await failureOf(admin.web.siteGroups.add({ Title: 'Tillit läsare' }))).status).toBeGreaterThanOrEqual(400);
  });

  it('records the list as having its own role assignments: the caller who broke inheritance, and the groups', async () => {
    // HasUniqueRoleAssignments is SP.SecurableObject's, not in pnp's IListInfo.
    const list: { HasUniqueRoleAssignments?: boolean } = await admin.web.lists.getByTitle('Risker').select('HasUniqueRoleAssignments')();
    expect(list.HasUniqueRoleAssignments).toBe(true);
    const assignments = await admin.web.lists.getByTitle('Risker').roleAssignments();
    const adminId = (await admin.web.currentUser()).Id;
    // breakRoleInheritance(false) leaves the caller with Full Control, as SharePoint does.
    expect(assignments.map((assignment) => assignment.PrincipalId).sort((a, b) => a - b)).toEqual([adminId, editorsId, readersId].sort((a, b) => a - b));
  });

  it('keeps a site owner who breaks inheritance on a list able to manage it', async () => {
    await grantOnSite(admin, CECILIA, ROLE.fullControl);
    await admin.web.lists.add('Ceciliass');
    const asCecilia = context.spAs(CECILIA).web.lists.getByTitle('Ceciliass');
    await asCecilia.breakRoleInheritance(false);
    await asCecilia.update({ Description: 'Egen behörighet' });
    expect((await asCecilia.select('Description')()).Description).toBe('Egen behörighet');
    // Down to Read on the site again: the list keeps her own Full Control assignment.
    await admin.web.roleAssignments.remove((await admin.web.siteUsers.getByEmail(CECILIA)()).Id, ROLE.fullControl);
    await asCecilia.items.add({ Title: 'Fortfarande ägare' });
    expect((await failureOf(context.spAs(CECILIA).web.lists.getByTitle('Risker').items.add({ Title: 'x' }))).status).toBe(404);
  });

  it('lets a Contribute group member add and edit, a Read group member only read', async () => {
    const asAnna = context.spAs(ANNA).web.lists.getByTitle('Risker');
    const added = await asAnna.items.add({ Title: 'Ransomware' });
    await asAnna.items.getById(added.Id).update({ Title: 'Ransomware mot journalen' });

    const asBo = context.spAs(BO).web.lists.getByTitle('Risker');
    expect((await asBo.items.getById(added.Id)()).Title).toBe('Ransomware mot journalen');
    expect((await failureOf(asBo.items.add({ Title: 'Bo' }))).status).toBe(403);
    expect((await failureOf(asBo.items.getById(added.Id).update({ Title: 'Bo ändrar' }))).status).toBe(403);
    expect((await failureOf(asBo.items.getById(added.Id).delete())).status).toBe(403);
  });

  it('hides the list from someone outside both groups, as if it did not exist', async () => {
    const failure = await failureOf(context.spAs(CECILIA).web.lists.getByTitle('Risker')());
    expect(failure.status).toBe(404);
    const visible = (await context.spAs(CECILIA).web.lists.select('Title')()).map((list) => list.Title);
    expect(visible).not.toContain('Risker');
  });

  it('follows group membership changes at once', async () => {
    await admin.web.siteGroups.getById(editorsId).users.add(membershipLogin(CECILIA));
    const asCecilia = context.spAs(CECILIA).web.lists.getByTitle('Risker');
    const added = await asCecilia.items.add({ Title: 'Cecilias risk' });
    await admin.web.siteGroups.getById(editorsId).users.removeByLoginName(membershipLogin(CECILIA));
    expect((await failureOf(asCecilia.items.getById(added.Id)())).status).toBe(404);
  });

  it('gives site owners (Full Control) what a list manager may do; a contributor may not change the list', async () => {
    await grantOnSite(admin, BO, ROLE.fullControl);
    await admin.web.lists.add('Ägarlista');
    await context.spAs(BO).web.lists.getByTitle('Ägarlista').update({ Description: 'Bo äger' });
    expect((await admin.web.lists.getByTitle('Ägarlista').select('Description')()).Description).toBe('Bo äger');
    expect((await failureOf(context.spAs(ANNA).web.lists.getByTitle('Risker').breakRoleInheritance(false))).status).toBe(403);
    expect((await failureOf(context.spAs(ANNA).web.lists.getByTitle('Risker').roleAssignments.add(readersId, ROLE.fullControl))).status).toBe(403);
  });

  describe('"edit only own items" (WriteSecurity 2) on acknowledgements', () => {
    beforeAll(async () => {
      await admin.web.lists.add('Kvittenser');
      await admin.web.lists.getByTitle('Kvittenser').update({ WriteSecurity: 2 });
      await grantOnSite(admin, ANNA, ROLE.contribute);
      await grantOnSite(admin, CECILIA, ROLE.contribute);
    });

    it('is stored on the list', async () => {
      const list = await admin.web.lists.getByTitle('Kvittenser').select('WriteSecurity', 'ReadSecurity')();
      expect(list).toMatchObject({ WriteSecurity: 2, ReadSecurity: 1 });
    });

    it('lets A sign and change her own acknowledgement; B can read it but neither update nor delete it (403)', async () => {
      const asAnna = context.spAs(ANNA).web.lists.getByTitle('Kvittenser');
      const signed = await asAnna.items.add({ Title: 'Anna kvitterar policy 2026' });

      const asCecilia = context.spAs(CECILIA).web.lists.getByTitle('Kvittenser');
      expect((await asCecilia.items.getById(signed.Id)()).Title).toBe('Anna kvitterar policy 2026');
      const update = await failureOf(asCecilia.items.getById(signed.Id).update({ Title: 'Cecilia skriver över' }));
      expect(update.status).toBe(403);
      expect(update.code).toBe('-2147024891, System.UnauthorizedAccessException');
      expect((await failureOf(asCecilia.items.getById(signed.Id).delete())).status).toBe(403);

      await asAnna.items.getById(signed.Id).update({ Title: 'Anna kvitterar policy 2026 (läst)' });
      expect((await asCecilia.items.getById(signed.Id)()).Title).toBe('Anna kvitterar policy 2026 (läst)');
      // Cecilia may still sign for herself.
      const own = await asCecilia.items.add({ Title: 'Cecilia kvitterar' });
      expect(own.AuthorId).not.toBe(signed.AuthorId);
      await asAnna.items.getById(signed.Id).delete();
    });

    it('cannot be got round by writing someone else as author', async () => {
      const annaId = (await admin.web.siteUsers.getByEmail(ANNA)()).Id;
      const forged = await failureOf(context.spAs(CECILIA).web.lists.getByTitle('Kvittenser').items.add({ Title: 'Falsk', AuthorId: annaId }));
      expect(forged.status).toBe(400);
    });

    it('still lets a list manager (Full Control) edit any item', async () => {
      const signed = await context.spAs(ANNA).web.lists.getByTitle('Kvittenser').items.add({ Title: 'Anna igen' });
      await admin.web.lists.getByTitle('Kvittenser').items.getById(signed.Id).update({ Title: 'Rättad av ägaren' });
      expect((await admin.web.lists.getByTitle('Kvittenser').items.getById(signed.Id)()).Title).toBe('Rättad av ägaren');
    });
  });

  describe('"read only own items" (ReadSecurity 2)', () => {
    let annaItem: number;

    beforeAll(async () => {
      await admin.web.lists.add('Utbildning');
      await admin.web.lists.getByTitle('Utbildning').update({ ReadSecurity: 2, WriteSecurity: 2 });
      annaItem = (await context.spAs(ANNA).web.lists.getByTitle('Utbildning').items.add({ Title: 'Anna klar' })).Id;
      await context.spAs(CECILIA).web.lists.getByTitle('Utbildning').items.add({ Title: 'Cecilia klar' });
    });

    it('shows each person only what they created', async () => {
      const seenByCecilia = await context.spAs(CECILIA).web.lists.getByTitle('Utbildning').items.select('Title')();
      expect(seenByCecilia.map((item: { Title: string }) => item.Title)).toEqual(['Cecilia klar']);
      const seenByAnna = await context.spAs(ANNA).web.lists.getByTitle('Utbildning').items.select('Title')();
      expect(seenByAnna.map((item: { Title: string }) => item.Title)).toEqual(['Anna klar']);
    });

    it("answers someone else's item as not found", async () => {
      const failure = await failureOf(context.spAs(CECILIA).web.lists.getByTitle('Utbildning').items.getById(annaItem)());
      expect(failure.status).toBe(404);
    });

    it('shows a list manager every item', async () => {
      const all = await admin.web.lists.getByTitle('Utbildning').items.select('Title').orderBy('Title')();
      expect(all.map((item: { Title: string }) => item.Title)).toEqual(['Anna klar', 'Cecilia klar']);
    });
  });

  it('refuses a ReadSecurity or WriteSecurity SharePoint does not have', async () => {
    expect((await failureOf(admin.web.lists.getByTitle('Risker').update({ WriteSecurity: 3 }))).status).toBe(400);
    expect((await failureOf(admin.web.lists.getByTitle('Risker').update({ ReadSecurity: 4 }))).status).toBe(400);
  });
});
