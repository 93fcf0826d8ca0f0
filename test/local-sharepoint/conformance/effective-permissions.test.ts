import type { SPFI } from '@pnp/sp';
import type { IItem } from '@pnp/sp/items';
import { PermissionKind } from '@pnp/sp/security';
import { ADMIN, ANNA, BO, CECILIA, DIRECTORY, failureOf, grantOnSite, membershipLogin, ROLE, startSite, type ConformanceSite } from './conformance-site';

/** SharePoint's Design level: like Edit, plus "override list behaviors" (CancelCheckout). */
const DESIGN = 1073741828;
const DAVID = 'david.lind@regionexempel.se';
const EVA = 'eva.sand@regionexempel.se';
const OUTSIDER = 'frida.ny@regionexempel.se';

/**
 * Effective permissions, as the web parts ask them to hide what a person may not do (R-SEC-1):
 * `currentUserHasPermissions` and `userHasPermissions` of @pnp/sp on the web, a list and an item,
 * read from SharePoint's own BasePermissions masks, item-level permissions included.
 */
describe('local SharePoint: effective permissions', () => {
  let context: ConformanceSite;
  let admin: SPFI;
  let readersId: number;

  beforeAll(async () => {
    context = await startSite({
      directory: [...DIRECTORY, { email: DAVID, title: 'David Lind' }, { email: EVA, title: 'Eva Sand' }, { email: OUTSIDER, title: 'Frida Ny' }]
    });
    admin = context.spAs(ADMIN);
    await grantOnSite(admin, ANNA, ROLE.contribute);
    await grantOnSite(admin, CECILIA, ROLE.contribute);
    await grantOnSite(admin, DAVID, ROLE.edit);
    await grantOnSite(admin, EVA, DESIGN);
    // Bo is an employee who reads the site through the Visitors group, as the whole region does.
    await admin.web.associatedVisitorGroup.users.add(membershipLogin(BO));
    readersId = (await admin.web.associatedVisitorGroup()).Id;

    await admin.web.lists.add('Kvittenser');
    await admin.web.lists.getByTitle('Kvittenser').update({ WriteSecurity: 2 });
    await admin.web.lists.add('Incidenter');
    await admin.web.lists.getByTitle('Incidenter').update({ ReadSecurity: 2, WriteSecurity: 2 });
  });

  afterAll(() => context.close());

  it('answers the web: a reader may view but not add or edit, a contributor may edit but not manage lists', async () => {
    const asBo = context.spAs(BO).web;
    expect(await asBo.currentUserHasPermissions(PermissionKind.ViewListItems)).toBe(true);
    expect(await asBo.currentUserHasPermissions(PermissionKind.Open)).toBe(true);
    expect(await asBo.currentUserHasPermissions(PermissionKind.AddListItems)).toBe(false);
    expect(await asBo.currentUserHasPermissions(PermissionKind.EditListItems)).toBe(false);
    const asAnna = context.spAs(ANNA).web;
    expect(await asAnna.currentUserHasPermissions(PermissionKind.EditListItems)).toBe(true);
    expect(await asAnna.currentUserHasPermissions(PermissionKind.ManageLists)).toBe(false);
    expect(await admin.web.currentUserHasPermissions(PermissionKind.ManagePermissions)).toBe(true);
  });

  it("writes SharePoint's masks: Read is High 176 / Low 138612833, as strings; a site admin has every bit", async () => {
    expect(await context.spAs(BO).web.getCurrentUserEffectivePermissions()).toMatchObject({ High: '176', Low: '138612833' });
    expect(await context.spAs(ANNA).web.getCurrentUserEffectivePermissions()).toMatchObject({ High: '432', Low: '1011028719' });
    expect(await admin.web.getCurrentUserEffectivePermissions()).toMatchObject({ High: '2147483647', Low: '4294967295' });
    const selected: { EffectiveBasePermissions?: unknown } = await context.spAs(BO).web.select('EffectiveBasePermissions')();
    expect(selected.EffectiveBasePermissions).toEqual({ High: '176', Low: '138612833' });
  });

  it("answers another person's permissions with userHasPermissions, to those who may enumerate permissions", async () => {
    expect(await admin.web.userHasPermissions(membershipLogin(BO), PermissionKind.ViewListItems)).toBe(true);
    expect(await admin.web.userHasPermissions(membershipLogin(BO), PermissionKind.EditListItems)).toBe(false);
    expect(await context.spAs(BO).web.userHasPermissions(membershipLogin(BO), PermissionKind.ViewListItems)).toBe(true);
    expect((await failureOf(context.spAs(ANNA).web.userHasPermissions(membershipLogin(BO), PermissionKind.ViewListItems))).status).toBe(403);
    // A person of the directory not yet on the site has only what "Everyone" has: nothing here.
    expect(await admin.web.getUserEffectivePermissions(membershipLogin(OUTSIDER))).toMatchObject({ High: '0', Low: '0' });
    expect((await failureOf(admin.web.getUserEffectivePermissions(membershipLogin('nobody@elsewhere.example')))).status).toBe(404);
  });

  it("answers a list from its own role assignments once it stops inheriting", async () => {
    await admin.web.lists.add('Risker');
    const risks = admin.web.lists.getByTitle('Risker');
    expect(await context.spAs(ANNA).web.lists.getByTitle('Risker').currentUserHasPermissions(PermissionKind.EditListItems)).toBe(true);
    await risks.breakRoleInheritance(false);
    await risks.roleAssignments.add(readersId, ROLE.read);
    await risks.roleAssignments.add((await admin.web.siteUsers.getByEmail(ANNA)()).Id, ROLE.contribute);
    expect(await context.spAs(BO).web.lists.getByTitle('Risker').currentUserHasPermissions(PermissionKind.ViewListItems)).toBe(true);
    expect(await context.spAs(BO).web.lists.getByTitle('Risker').currentUserHasPermissions(PermissionKind.EditListItems)).toBe(false);
    expect(await risks.userHasPermissions(membershipLogin(ANNA), PermissionKind.AddListItems)).toBe(true);
    expect(await risks.userHasPermissions(membershipLogin(CECILIA), PermissionKind.ViewListItems)).toBe(false);
    const selected: { EffectiveBasePermissions?: unknown } = await context.spAs(BO).web.lists.getByTitle('Risker').select('EffectiveBasePermissions')();
    expect(selected.EffectiveBasePermissions).toEqual({ High: '176', Low: '138612833' });
  });

  describe('items under "edit only own items" (WriteSecurity 2), as on the acknowledgements list', () => {
    let annasId: number;

    beforeAll(async () => {
      annasId = (await context.spAs(ANNA).web.lists.getByTitle('Kvittenser').items.add({ Title: 'Anna kvitterar' })).Id;
    });

    it('lets the author edit her item and nobody else without "override list behaviors"', async () => {
      const item = (email: string): IItem => context.spAs(email).web.lists.getByTitle('Kvittenser').items.getById(annasId);
      expect(await item(ANNA).currentUserHasPermissions(PermissionKind.EditListItems)).toBe(true);
      expect(await item(CECILIA).currentUserHasPermissions(PermissionKind.ViewListItems)).toBe(true);
      expect(await item(CECILIA).currentUserHasPermissions(PermissionKind.EditListItems)).toBe(false);
      expect(await item(CECILIA).currentUserHasPermissions(PermissionKind.DeleteListItems)).toBe(false);
      // Edit manages lists but does not override list behaviors; Design does.
      expect(await item(DAVID).currentUserHasPermissions(PermissionKind.EditListItems)).toBe(false);
      expect(await item(EVA).currentUserHasPermissions(PermissionKind.EditListItems)).toBe(true);
      await item(EVA).update({ Title: 'Anna kvitterar (rättad av Eva)' });
      expect((await failureOf(item(DAVID).update({ Title: 'David skriver över' }))).status).toBe(403);
    });

    it("answers another person's item permissions the same way (userHasPermissions on an item)", async () => {
      const item = admin.web.lists.getByTitle('Kvittenser').items.getById(annasId);
      expect(await item.userHasPermissions(membershipLogin(CECILIA), PermissionKind.EditListItems)).toBe(false);
      expect(await item.userHasPermissions(membershipLogin(CECILIA), PermissionKind.ViewListItems)).toBe(true);
      expect(await item.userHasPermissions(membershipLogin(ANNA), PermissionKind.EditListItems)).toBe(true);
      expect(await item.userHasPermissions(membershipLogin(BO), PermissionKind.EditListItems)).toBe(false);
      // The list itself still lets Cecilia add her own acknowledgement.
      expect(await context.spAs(CECILIA).web.lists.getByTitle('Kvittenser').currentUserHasPermissions(PermissionKind.AddListItems)).toBe(true);
    });

    it("selects an item's EffectiveBasePermissions, which SharePoint returns only when asked", async () => {
      const list = context.spAs(CECILIA).web.lists.getByTitle('Kvittenser');
      const plain: Record<string, unknown> = await list.items.getById(annasId)();
      expect(plain.EffectiveBasePermissions).toBeUndefined();
      const [selected] = (await list.items.select('Id', 'EffectiveBasePermissions').filter(`Id eq ${annasId}`)()) as { EffectiveBasePermissions: { Low: string } }[];
      expect(Number(selected.EffectiveBasePermissions.Low) & 4).toBe(0);
    });
  });

  it('hides another person\'s item under "read only own items" (ReadSecurity 2) from its permissions too', async () => {
    const annas = await context.spAs(ANNA).web.lists.getByTitle('Incidenter').items.add({ Title: 'Annas incident' });
    const item = admin.web.lists.getByTitle('Incidenter').items.getById(annas.Id);
    expect(await item.userHasPermissions(membershipLogin(CECILIA), PermissionKind.ViewListItems)).toBe(false);
    expect(await item.userHasPermissions(membershipLogin(ANNA), PermissionKind.ViewListItems)).toBe(true);
    expect(await item.userHasPermissions(membershipLogin(EVA), PermissionKind.ViewListItems)).toBe(true);
    expect((await failureOf(context.spAs(CECILIA).web.lists.getByTitle('Incidenter').items.getById(annas.Id)())).status).toBe(404);
    expect((await context.spAs(EVA).web.lists.getByTitle('Incidenter').items()).map((row: { Id: number }) => row.Id)).toContain(annas.Id);
  });

  describe('an item with its own permissions', () => {
    let itemId: number;

    beforeAll(async () => {
      itemId = (await admin.web.lists.getByTitle('Risker').items.add({ Title: 'Känslig risk' })).Id;
      await admin.web.lists.getByTitle('Risker').items.add({ Title: 'Vanlig risk' });
    });

    it('shuts out everyone but the caller when it breaks inheritance without copying, and lets in whom it names', async () => {
      const item = admin.web.lists.getByTitle('Risker').items.getById(itemId);
      await item.breakRoleInheritance(false);
      const asAnna = context.spAs(ANNA).web.lists.getByTitle('Risker');
      expect((await failureOf(asAnna.items.getById(itemId)())).status).toBe(404);
      expect((await asAnna.items.select('Title')()).map((row: { Title: string }) => row.Title)).toEqual(['Vanlig risk']);

      const bo = await admin.web.siteUsers.getByEmail(BO)();
      await item.roleAssignments.add(bo.Id, ROLE.contribute);
      const asBo = context.spAs(BO).web.lists.getByTitle('Risker').items.getById(itemId);
      expect(await asBo.currentUserHasPermissions(PermissionKind.EditListItems)).toBe(true);
      await asBo.update({ Title: 'Känslig risk (Bo)' });
      expect(await context.spAs(BO).web.lists.getByTitle('Risker').currentUserHasPermissions(PermissionKind.EditListItems)).toBe(false);
    });

    it('inherits again after resetRoleInheritance', async () => {
      const item = admin.web.lists.getByTitle('Risker').items.getById(itemId);
      await item.resetRoleInheritance();
      expect((await context.spAs(ANNA).web.lists.getByTitle('Risker').items.getById(itemId)()).Title).toBe('Känslig risk (Bo)');
      expect(await context.spAs(BO).web.lists.getByTitle('Risker').items.getById(itemId).currentUserHasPermissions(PermissionKind.EditListItems)).toBe(false);
    });
  });
});
