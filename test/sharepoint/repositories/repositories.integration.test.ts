import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { ConflictError, ForbiddenError, NotFoundError, ThrottledError } from '../../../src/domain/shared/errors';
import '@pnp/sp/site-groups/web';
import { SITE_ADMIN_EMAIL } from '../../../src/local-sharepoint/local-site-defaults';
import { SITE_GROUPS } from '../../../src/sharepoint/lists/list-schema';
import { eq } from '../../../src/sharepoint/odata-literal';
import { registerRepositories } from '../../../src/sharepoint/repositories/register-repositories';
import { connectToSite, localToken } from '../../../src/sharepoint/sp-factory';
import { aClassification, anAsset, aSystem, aUnit } from '../../domain/builders';
import { openLocalTestSite, openRealTestSite, realTenantConfigured, type TestSite } from './test-site';

const targets: { name: string; open: () => Promise<TestSite> }[] = [{ name: 'the local SharePoint', open: openLocalTestSite }];
if (realTenantConfigured()) targets.push({ name: 'SharePoint Online (TILLIT_SITE_URL)', open: () => openRealTestSite() });
else process.stderr.write('Repository tests against a real tenant skipped: set TILLIT_SITE_URL and TILLIT_ACCESS_TOKEN to run them there too.\n');

describe.each(targets)('repositories on $name (DESIGN.md habit 2)', ({ open }) => {
  let site: TestSite;

  beforeAll(async () => {
    site = await open();
  }, 60_000);

  afterAll(async () => {
    await site.close();
  });

  it('round-trips units, systems, assets and a classification with lookups and people by e-mail (R-AST, R-CLS)', async () => {
    const repos = site.repositories;
    const parent = await repos.units.add(aUnit({ id: 'x', name: 'Område Akutsjukvård', level: 'omrade', businessCritical: true }));
    const child = await repos.units.add(aUnit({ id: 'x', name: "Akutmottagning O'Brien", level: 'enhet', parentId: parent.id }));
    const system = await repos.systems.add(aSystem({ id: 'x', name: 'Journalsystem', unitId: child.id, ownerEmail: 'anna.berg@regionexempel.se', societallyImportant: true }));
    const asset = await repos.assets.add(
      anAsset({ id: 'x', name: 'Patientjournal', unitId: child.id, ownerEmail: "sean.o'brien@regionexempel.se", systemIds: [system.id], nextReviewOn: '2027-03-31' })
    );
    await repos.classifications.add(aClassification({ id: 'x', targetId: asset.id, classifiedBy: 'anna.berg@regionexempel.se', classifiedOn: '2026-03-29' }));

    const units = await repos.units.readAll();
    expect(units.rejected).toEqual([]);
    expect(units.valid.find((unit) => unit.id === child.id)).toMatchObject({ name: "Akutmottagning O'Brien", parentId: parent.id, level: 'enhet' });

    const { record, etag } = await repos.assets.get(asset.id);
    expect(record).toMatchObject({ id: asset.id, ownerEmail: "sean.o'brien@regionexempel.se", systemIds: [system.id], unitId: child.id, nextReviewOn: '2027-03-31' });
    expect(etag).toMatch(/"\d+"/);

    const classifications = await repos.classifications.readAll(eq('TargetAssetId', Number(asset.id)));
    expect(classifications.valid.map((classification) => [classification.targetKind, classification.targetId, classification.classifiedOn])).toEqual([
      ['asset', asset.id, '2026-03-29']
    ]);
  }, 60_000);

  it('escapes a quote in a filter value instead of letting it change the query', async () => {
    const repos = site.repositories;
    await repos.units.add(aUnit({ id: 'x', name: "Enhet D'Angelo", level: 'enhet' }));
    const found = await repos.units.readAll(eq('Title', "Enhet D'Angelo"));
    expect(found.valid.map((unit) => unit.name)).toEqual(["Enhet D'Angelo"]);
    const injected = await repos.units.readAll(eq('Title', "x' or Title ne 'y"));
    expect(injected.valid).toEqual([]);
  }, 30_000);

  it('adds 250 records in batches of at most 100 and returns their ids in order', async () => {
    const repos = site.repositories;
    const progress: number[] = [];
    const added = await repos.units.addMany(
      Array.from({ length: 250 }, (_, index) => aUnit({ id: 'x', name: `Batchenhet ${index}`, level: 'enhet' })),
      { onProgress: (step) => progress.push(step.done) }
    );
    const ids = added.map((item) => item.id);
    expect(progress).toEqual([100, 200, 250]);
    expect(ids).toHaveLength(250);
    expect(new Set(ids).size).toBe(250);
    // Batches in flight together may land in any order, so the new ids need not ascend with the
    // records; what the caller relies on is that ids[i] is the id of record i, for every i.
    const names = new Map((await repos.units.readAll()).valid.map((unit) => [unit.id, unit.name]));
    expect(ids.map((id) => names.get(id))).toEqual(Array.from({ length: 250 }, (_, index) => `Batchenhet ${index}`));
    const read = await repos.units.get(ids[137]);
    expect(read.record.name).toBe('Batchenhet 137');
  }, 60_000);

  it('refuses a stale ETag with a ConflictError: no lost update (R-SEC-2)', async () => {
    const repos = site.repositories;
    const unit = await repos.units.add(aUnit({ id: 'x', name: 'Enhet Konflikt', level: 'enhet' }));
    const first = await repos.units.get(unit.id);
    await repos.units.update(unit.id, { ...first.record, name: 'Enhet Konflikt (ändrad av Anna)' }, first.etag);
    await expect(repos.units.update(unit.id, { ...first.record, name: 'Enhet Konflikt (ändrad av Bo)' }, first.etag)).rejects.toBeInstanceOf(ConflictError);
    expect((await repos.units.get(unit.id)).record.name).toBe('Enhet Konflikt (ändrad av Anna)');
  }, 30_000);

  it('reports a missing item as NotFoundError', async () => {
    await expect(site.repositories.units.get('999999')).rejects.toBeInstanceOf(NotFoundError);
  }, 30_000);

  it('reports a malformed item with its id and still returns the valid ones (DESIGN.md habit 2)', async () => {
    const repos = site.repositories;
    const unit = await repos.units.add(aUnit({ id: 'x', name: 'Enhet för trasig post', level: 'enhet' }));
    const good = await repos.assets.add(anAsset({ id: 'x', name: 'Hel post', unitId: unit.id }));
    const bad = await repos.assets.add(anAsset({ id: 'x', name: 'Trasig post', unitId: unit.id }));
    // Someone edits the list by hand in SharePoint: a priority the register does not know.
    await connectToSite(site.connection).web.getList(`${site.sitePath}/${repos.assets.mapper.list.url}`).items.getById(Number(bad.id)).update({ Priority: 'jätteviktig' });
    const assets = await repos.assets.readAll(eq('UnitId', Number(unit.id)));
    expect(assets.rejected.map((rejected) => [rejected.id, rejected.issues[0]?.path])).toEqual([[bad.id, 'priority']]);
    expect(assets.valid.map((asset) => asset.id)).toEqual([good.id]);
  }, 30_000);
});

describe('repositories on the local SharePoint: permissions and throttling (R-SEC-1, R-SEC-3)', () => {
  let site: TestSite;

  beforeAll(async () => {
    site = await openLocalTestSite();
  }, 60_000);

  afterAll(async () => {
    await site.close();
  });

  it('lets a visitor read the organisation but turns a write into ForbiddenError (R-SEC-1)', async () => {
    const admin = connectToSite(site.connection);
    const sp = connectToSite({ siteUrl: site.siteUrl, token: localToken('bo.ek@regionexempel.se'), retry: { retries: 0, baseDelayMs: 0, maxDelayMs: 0 } });
    const asBo = registerRepositories(sp, site.sitePath);
    // Outside every Tillit group he cannot even open the site, and the lists are hidden from him.
    await expect(sp.web()).rejects.toMatchObject({ status: 403 });
    await expect(asBo.units.readAll()).rejects.toBeInstanceOf(NotFoundError);

    await admin.web.siteGroups.getByName(SITE_GROUPS.visitors).users.add('i:0#.f|membership|bo.ek@regionexempel.se');
    await site.repositories.units.add(aUnit({ id: 'x', name: 'Synlig enhet', level: 'enhet' }));
    expect((await asBo.units.readAll(eq('Title', 'Synlig enhet'))).valid.map((unit) => unit.name)).toEqual(['Synlig enhet']);
    await expect(asBo.units.add(aUnit({ id: 'x', name: 'Obehörig', level: 'enhet' }))).rejects.toBeInstanceOf(ForbiddenError);
  }, 30_000);

  it('turns 429 into ThrottledError with Retry-After when retries are used up, and rides through it with retries', async () => {
    const local = site.local;
    if (local === undefined) throw new Error('local site expected');
    local.faults.set({ status: 429, share: 1, retryAfterSeconds: 7 });
    try {
      await expect(site.repositories.units.readAll()).rejects.toEqual(expect.objectContaining({ retryAfterSeconds: 7 }));
      await expect(site.repositories.units.readAll()).rejects.toBeInstanceOf(ThrottledError);
    } finally {
      local.faults.set(undefined);
    }
    local.faults.set({ status: 503, share: 0.5, retryAfterSeconds: 0 });
    try {
      const patient = registerRepositories(connectToSite({ siteUrl: site.siteUrl, token: localToken(SITE_ADMIN_EMAIL), retry: { retries: 3, baseDelayMs: 1, maxDelayMs: 5 } }), site.sitePath);
      const units = await patient.units.readAll();
      expect(units.rejected).toEqual([]);
    } finally {
      local.faults.set(undefined);
    }
  }, 30_000);
});
