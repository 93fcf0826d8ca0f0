import type { SPFI } from '@pnp/sp';
import { ADMIN, ANNA, BO, failureOf, grantOnSite, ROLE, startSite, type ConformanceSite } from './conformance-site';

interface VersionJson {
  readonly VersionId: number;
  readonly VersionLabel: string;
  readonly IsCurrentVersion: boolean;
  readonly Created: string;
  readonly Editor: { readonly LookupId: number; readonly LookupValue: string; readonly Email: string };
  readonly Title: string;
  readonly Allvarlighet: number | null;
}

/** Item versions: the audit trail of who changed what and when (R-SEC-4). */
describe('local SharePoint: item versions', () => {
  let context: ConformanceSite;
  let admin: SPFI;
  let annaId: number;
  let boId: number;

  beforeAll(async () => {
    context = await startSite();
    admin = context.spAs(ADMIN);
    annaId = await grantOnSite(admin, ANNA, ROLE.contribute);
    boId = await grantOnSite(admin, BO, ROLE.contribute);
    await admin.web.lists.add('Incidenter', '', 100, false, { EnableVersioning: true });
    await admin.web.lists.getByTitle('Incidenter').fields.addNumber('Allvarlighet');
  });

  afterAll(() => context.close());

  it('records every save with its editor, time and values, newest first', async () => {
    const startedAt = Math.floor(Date.now() / 1000) * 1000;
    const asAnna = context.spAs(ANNA).web.lists.getByTitle('Incidenter');
    const asBo = context.spAs(BO).web.lists.getByTitle('Incidenter');
    const added = await asAnna.items.add({ Title: 'Obehörig åtkomst', Allvarlighet: 2 });
    await asBo.items.getById(added.Id).update({ Allvarlighet: 4 });
    await asAnna.items.getById(added.Id).update({ Title: 'Obehörig åtkomst till journal' });

    const versions = (await admin.web.lists.getByTitle('Incidenter').items.getById(added.Id).versions()) as VersionJson[];
    expect(versions.map((version) => version.VersionLabel)).toEqual(['3.0', '2.0', '1.0']);
    expect(versions.map((version) => version.IsCurrentVersion)).toEqual([true, false, false]);
    expect(versions.map((version) => version.Editor.LookupId)).toEqual([annaId, boId, annaId]);
    expect(versions.map((version) => version.Editor.Email)).toEqual([ANNA, BO, ANNA]);
    expect(versions[1].Editor.LookupValue).toBe('Bo Ek');
    expect(versions.map((version) => [version.Title, version.Allvarlighet])).toEqual([
      ['Obehörig åtkomst till journal', 4],
      ['Obehörig åtkomst', 4],
      ['Obehörig åtkomst', 2]
    ]);
    for (const version of versions) {
      expect(version.Created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      expect(Date.parse(version.Created)).toBeGreaterThanOrEqual(startedAt);
      expect(Date.parse(version.Created)).toBeLessThanOrEqual(Date.now());
    }
    // The current version's time is the item's Modified.
    const item = await admin.web.lists.getByTitle('Incidenter').items.getById(added.Id)();
    expect(versions[0].Created).toBe(item.Modified);
    expect(item.OData__UIVersionString).toBe('3.0');
  });

  it('reads one version by its id (label × 512)', async () => {
    const added = await admin.web.lists.getByTitle('Incidenter').items.add({ Title: 'Version', Allvarlighet: 1 });
    await admin.web.lists.getByTitle('Incidenter').items.getById(added.Id).update({ Allvarlighet: 5 });
    const first = (await admin.web.lists.getByTitle('Incidenter').items.getById(added.Id).versions.getById(512)()) as VersionJson;
    expect(first).toMatchObject({ VersionId: 512, VersionLabel: '1.0', Allvarlighet: 1, IsCurrentVersion: false });
    expect((await failureOf(admin.web.lists.getByTitle('Incidenter').items.getById(added.Id).versions.getById(99 * 512)())).status).toBeGreaterThanOrEqual(400);
  });

  it('keeps only the current version when the list has versioning switched off', async () => {
    await admin.web.lists.add('Utan historik', '', 100, false, { EnableVersioning: false });
    const list = admin.web.lists.getByTitle('Utan historik');
    expect((await list.select('EnableVersioning')()).EnableVersioning).toBe(false);
    const added = await context.spAs(ANNA).web.lists.getByTitle('Utan historik').items.add({ Title: 'Första' });
    await context.spAs(BO).web.lists.getByTitle('Utan historik').items.getById(added.Id).update({ Title: 'Andra' });
    const versions = (await list.items.getById(added.Id).versions()) as VersionJson[];
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ Title: 'Andra', IsCurrentVersion: true });
    expect(versions[0].Editor.Email).toBe(BO);
  });

  it('hides the versions of an item from someone who cannot read the list', async () => {
    await admin.web.lists.add('Hemlig');
    const list = admin.web.lists.getByTitle('Hemlig');
    const added = await list.items.add({ Title: 'Hemligt' });
    await list.breakRoleInheritance(false);
    const failure = await failureOf(context.spAs(BO).web.lists.getByTitle('Hemlig').items.getById(added.Id).versions());
    expect(failure.status).toBe(404);
  });
});
