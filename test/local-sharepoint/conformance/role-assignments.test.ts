import type { SPFI } from '@pnp/sp';
import { ADMIN, ANNA, failureOf, grantOnSite, ROLE, startSite, type ConformanceSite } from './conformance-site';

interface ExpandedAssignment {
  PrincipalId: number;
  Member?: { Title: string; PrincipalType: number; 'odata.type'?: string };
  RoleDefinitionBindings?: { Id: number; Name: string; BasePermissions: { High: string; Low: string } }[];
}

/** Role assignments as provisioning reads them (R-SEC-1): inherited ones, `$expand` of Member and bindings, and their limits. */
describe('local SharePoint: role assignments and permission levels', () => {
  let context: ConformanceSite;
  let admin: SPFI;

  beforeAll(async () => {
    context = await startSite();
    admin = context.spAs(ADMIN);
    await grantOnSite(admin, ANNA, ROLE.contribute);
    await admin.web.lists.add('Ärver');
    await admin.web.lists.add('Egen');
    await admin.web.lists.getByTitle('Egen').breakRoleInheritance(true);
  });

  afterAll(() => context.close());

  it("shows a list that inherits its parent's role assignments", async () => {
    const web = (await admin.web.roleAssignments()).map((assignment) => assignment.PrincipalId);
    const list = (await admin.web.lists.getByTitle('Ärver').roleAssignments()).map((assignment) => assignment.PrincipalId);
    expect(web.length).toBeGreaterThanOrEqual(4);
    expect(list).toEqual(web);
  });

  it('inlines Member and RoleDefinitionBindings only when expanded, as SharePoint does', async () => {
    const plain = (await admin.web.roleAssignments()) as unknown as Record<string, unknown>[];
    for (const assignment of plain) {
      expect(assignment).toHaveProperty('PrincipalId');
      expect(assignment).not.toHaveProperty('Member');
      expect(assignment).not.toHaveProperty('RoleDefinitionBindings');
    }
    const expanded = (await admin.web.roleAssignments.expand('Member', 'RoleDefinitionBindings')()) as unknown as ExpandedAssignment[];
    const owners = expanded.find((assignment) => assignment.Member?.Title === 'Tillit Owners');
    expect(owners?.Member).toMatchObject({ PrincipalType: 8, 'odata.type': 'SP.Group' });
    expect(owners?.RoleDefinitionBindings).toEqual([expect.objectContaining({ Id: ROLE.fullControl, Name: 'Full Control', BasePermissions: { High: '2147483647', Low: '4294967295' } })]);
    const anna = expanded.find((assignment) => assignment.Member?.Title === 'Anna Berg');
    expect(anna?.Member).toMatchObject({ PrincipalType: 1, 'odata.type': 'SP.User' });
    expect(anna?.RoleDefinitionBindings?.map((binding) => binding.BasePermissions)).toEqual([{ High: '432', Low: '1011028719' }]);

    const onlyBindings = (await admin.web.roleAssignments.expand('RoleDefinitionBindings')()) as unknown as ExpandedAssignment[];
    expect(onlyBindings.every((assignment) => assignment.Member === undefined && Array.isArray(assignment.RoleDefinitionBindings))).toBe(true);
  });

  it('narrows an expanded Member to what $select names', async () => {
    const [first] = (await admin.web.roleAssignments.select('PrincipalId', 'Member/Title').expand('Member')()) as unknown as ExpandedAssignment[];
    expect(Object.keys(first.Member ?? {}).filter((key) => !key.startsWith('odata.'))).toEqual(['Title']);
    expect((await failureOf(admin.web.roleAssignments.select('Member/Title')())).status).toBe(400);
    expect((await failureOf(admin.web.roleAssignments.expand('Nobody')())).status).toBe(400);
  });

  it('finds one assignment by principal, and removes it', async () => {
    const annaId = (await admin.web.siteUsers.getByEmail(ANNA)()).Id;
    const egen = admin.web.lists.getByTitle('Egen');
    await egen.roleAssignments.add(annaId, ROLE.read);
    const one = (await egen.roleAssignments.getById(annaId).expand('RoleDefinitionBindings')()) as unknown as ExpandedAssignment;
    // Copied from the site when inheritance broke (Contribute), and the one just added (Read): one assignment, two bindings.
    expect(one.RoleDefinitionBindings?.map((binding) => binding.Name).sort()).toEqual(['Contribute', 'Read']);
    expect((await egen.roleAssignments.getById(annaId).bindings()).map((binding: { Name: string }) => binding.Name).sort()).toEqual(['Contribute', 'Read']);
    await egen.roleAssignments.getById(annaId).delete();
    expect((await egen.roleAssignments()).map((assignment) => assignment.PrincipalId)).not.toContain(annaId);
  });

  it('refuses to change the assignments of a list that inherits them', async () => {
    const annaId = (await admin.web.siteUsers.getByEmail(ANNA)()).Id;
    const failure = await failureOf(admin.web.lists.getByTitle('Ärver').roleAssignments.add(annaId, ROLE.read));
    expect(failure.status).toBe(400);
    expect(failure.message).toBe('This operation is not allowed on an object that inherits permissions.');
  });

  it('lets only those who may enumerate permissions read role assignments', async () => {
    expect((await failureOf(context.spAs(ANNA).web.roleAssignments())).status).toBe(403);
    expect((await failureOf(context.spAs(ANNA).web.lists.getByTitle('Ärver').roleAssignments())).status).toBe(403);
  });

  it("lists SharePoint's permission levels with their masks, Limited Access hidden", async () => {
    const definitions = await admin.web.roleDefinitions();
    expect(definitions.map((definition) => definition.Name)).toEqual(['Full Control', 'Design', 'Edit', 'Contribute', 'Read', 'Limited Access']);
    expect(definitions.find((definition) => definition.Name === 'Limited Access')).toMatchObject({ Hidden: true, BasePermissions: { High: '48', Low: '134287360' } });
    expect((await admin.web.roleDefinitions.getByType(6)()).Name).toBe('Edit');
  });
});
