import type { SPFI } from '@pnp/sp';
import { ADMIN, ANNA, BO, CECILIA, failureOf, grantOnSite, membershipLogin, ROLE, startSite, type ConformanceSite } from './conformance-site';

/**
 * The site's own groups, as every SharePoint Online site has them, and a person's groups: what
 * the web parts and the tab check before showing what only owners or members may do (R-SEC-1).
 */
describe('local SharePoint: associated groups and group membership', () => {
  let context: ConformanceSite;
  let admin: SPFI;

  beforeAll(async () => {
    context = await startSite();
    admin = context.spAs(ADMIN);
  });

  afterAll(() => context.close());

  it('gives the site its Owners, Members and Visitors groups, named after the site', async () => {
    const owners = await admin.web.associatedOwnerGroup();
    const members = await admin.web.associatedMemberGroup();
    const visitors = await admin.web.associatedVisitorGroup();
    expect([owners.Title, members.Title, visitors.Title]).toEqual(['Tillit Owners', 'Tillit Members', 'Tillit Visitors']);
    expect(new Set([owners.Id, members.Id, visitors.Id]).size).toBe(3);
    expect(owners).toMatchObject({ PrincipalType: 8, OwnerTitle: 'Tillit Owners' });
    expect((await admin.web.siteGroups.getById(members.Id)()).Title).toBe('Tillit Members');
  });

  it('gives them Full Control, Edit and Read on the site, and puts the site creator among the owners', async () => {
    const assignments = (await admin.web.roleAssignments.expand('Member', 'RoleDefinitionBindings')()) as unknown as {
      PrincipalId: number;
      Member: { Title: string };
      RoleDefinitionBindings: { Id: number }[];
    }[];
    const byTitle = new Map(assignments.map((assignment) => [assignment.Member.Title, assignment.RoleDefinitionBindings.map((binding) => binding.Id)]));
    expect(byTitle.get('Tillit Owners')).toEqual([ROLE.fullControl]);
    expect(byTitle.get('Tillit Members')).toEqual([ROLE.edit]);
    expect(byTitle.get('Tillit Visitors')).toEqual([ROLE.read]);
    const ownerEmails = (await admin.web.associatedOwnerGroup.users()).map((user) => user.Email);
    expect(ownerEmails).toEqual([ADMIN]);
  });

  it("answers a person's own groups from currentUser/groups, and follows membership changes", async () => {
    const members = await admin.web.associatedMemberGroup();
    await admin.web.associatedMemberGroup.users.add(membershipLogin(ANNA));
    await admin.web.associatedVisitorGroup.users.add(membershipLogin(ANNA));
    const annaGroups = (await context.spAs(ANNA).web.currentUser.groups()).map((group) => group.Title);
    expect(annaGroups).toEqual(['Tillit Members', 'Tillit Visitors']);
    expect((await admin.web.currentUser.groups()).map((group) => group.Title)).toEqual(['Tillit Owners']);

    await admin.web.siteGroups.getById(members.Id).users.removeByLoginName(membershipLogin(ANNA));
    expect((await context.spAs(ANNA).web.currentUser.groups()).map((group) => group.Title)).toEqual(['Tillit Visitors']);
    // Someone in no group gets an empty list, not an error.
    await grantOnSite(admin, CECILIA, ROLE.read);
    expect(await context.spAs(CECILIA).web.currentUser.groups()).toEqual([]);
  });

  it('lets members of the site use their groups: a visitor reads the site through the Visitors group alone', async () => {
    await admin.web.associatedVisitorGroup.users.add(membershipLogin(BO));
    expect((await context.spAs(BO).web.select('Title')()).Title).toBe('Tillit');
    await admin.web.associatedVisitorGroup.users.removeByLoginName(membershipLogin(BO));
    expect((await failureOf(context.spAs(BO).web.select('Title')())).status).toBe(403);
  });

  it('renames a group, and refuses a name another group has', async () => {
    const added = await admin.web.siteGroups.add({ Title: 'Tillit granskare' });
    await admin.web.siteGroups.getById(added.Id).update({ Title: 'Tillit revisorer', Description: 'Läser allt' });
    expect(await admin.web.siteGroups.getById(added.Id)()).toMatchObject({ Title: 'Tillit revisorer', Description: 'Läser allt' });
    const clash = await failureOf(admin.web.siteGroups.getById(added.Id).update({ Title: 'Tillit Owners' }));
    expect(clash.status).toBeGreaterThanOrEqual(400);
    expect((await failureOf(context.spAs(ANNA).web.siteGroups.getById(added.Id).update({ Title: 'Annas' }))).status).toBe(403);
  });

  it('removes a group by id with removeById, its permissions with it, and by name with removeByLoginName', async () => {
    const temporary = await admin.web.siteGroups.add({ Title: 'Tillit tillfällig' });
    await admin.web.roleAssignments.add(temporary.Id, ROLE.read);
    await admin.web.siteGroups.removeById(temporary.Id);
    expect((await failureOf(admin.web.siteGroups.getById(temporary.Id)())).status).toBe(404);
    const principals = (await admin.web.roleAssignments()).map((assignment) => assignment.PrincipalId);
    expect(principals).not.toContain(temporary.Id);

    await admin.web.siteGroups.add({ Title: 'Tillit andra' });
    await admin.web.siteGroups.removeByLoginName('Tillit andra');
    expect((await admin.web.siteGroups()).map((group) => group.Title)).not.toContain('Tillit andra');
    expect((await failureOf(admin.web.siteGroups.removeById(999_999))).status).toBe(404);
    expect((await failureOf(context.spAs(ANNA).web.siteGroups.removeById((await admin.web.associatedOwnerGroup()).Id))).status).toBe(403);
  });

  it('answers null for an associated group that was removed', async () => {
    const site = await startSite();
    try {
      const siteAdmin = site.spAs(ADMIN);
      const visitors = await siteAdmin.web.associatedVisitorGroup();
      await siteAdmin.web.siteGroups.removeById(visitors.Id);
      const answer: Record<string, unknown> = await siteAdmin.web.associatedVisitorGroup();
      expect(answer['odata.null']).toBe(true);
      expect(answer.Id).toBeUndefined();
    } finally {
      await site.close();
    }
  });
});
