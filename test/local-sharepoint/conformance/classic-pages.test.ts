import type { SPFI } from '@pnp/sp';
import { subjectLink } from '../../../src/sharepoint/lists/item-links';
import { ADMIN, ANNA, BO, CECILIA, grantOnSite, ROLE, startSite, type ConformanceSite } from './conformance-site';

/**
 * The classic pages My tasks links to (item-links.ts): `Lists/<List>/DispForm.aspx?ID=n` and
 * `Lists/<List>/AllItems.aspx?FilterField1=…&FilterValue1=…`, read as the signed-in person through
 * the REST API's own permission checks (R-SEC-1), escaped, filtered and paged 30 rows at a time.
 */
describe('local SharePoint: classic display form and All Items pages', () => {
  let context: ConformanceSite;
  let admin: SPFI;
  let incidentId: number;
  let annaId: number;

  async function page(email: string | undefined, path: string): Promise<{ status: number; type: string; body: string }> {
    const headers: Record<string, string> = email === undefined ? {} : { authorization: `Bearer local:${email}` };
    const answer = await fetch(`${context.site.siteUrl}/${path}`, { headers });
    return { status: answer.status, type: answer.headers.get('content-type') ?? '', body: await answer.text() };
  }

  beforeAll(async () => {
    context = await startSite();
    admin = context.spAs(ADMIN);
    annaId = await grantOnSite(admin, ANNA, ROLE.contribute);
    await grantOnSite(admin, BO, ROLE.contribute);
    // Cecilia has no permission on the site at all.

    await admin.web.lists.add('Incidents');
    const incidents = admin.web.lists.getByTitle('Incidents');
    await incidents.update({ ReadSecurity: 2, WriteSecurity: 2 });
    await incidents.fields.addText('Beskrivning');
    await incidents.fields.addChoice('Allvarlighet', { Choices: ['Låg', 'Hög'] });
    await incidents.fields.addMultiChoice('Kategorier', { Choices: ['Person', 'Hälsa', 'Ekonomi'] });
    await incidents.fields.addUser('Ansvarig');
    await incidents.fields.addDateTime('Datum');
    await incidents.fields.addNumber('Antal');
    const added = await context.spAs(ANNA).web.lists.getByTitle('Incidents').items.add({
      Title: '<script>alert("x")</script> Läckage',
      Beskrivning: 'Journal & <b>fel</b> mottagare',
      Allvarlighet: 'Hög',
      Kategorier: ['Person', 'Hälsa'],
      AnsvarigId: annaId,
      Datum: '2026-11-30T09:15:00Z',
      Antal: 2.5
    });
    incidentId = (added as { Id?: number; ID?: number }).Id ?? (await incidents.items.select('Id')())[0].Id;

    await admin.web.lists.add('Utbildningar');
    const training = admin.web.lists.getByTitle('Utbildningar');
    await training.fields.addChoice('Course', { Choices: ['GDPR', 'Brand', "O'Hara"], Indexed: true });
    await training.fields.addText('Kommentar');
    const record = context.site.store.listByTitle('Utbildningar');
    if (!record) throw new Error('the list was not created');
    const now = '2026-11-01T10:00:00Z';
    context.site.store.transaction(() => {
      for (let n = 1; n <= 75; n += 1) {
        const course = n <= 40 ? 'GDPR' : n <= 70 ? 'Brand' : "O'Hara";
        context.site.store.insertItem(record.id, { Title: `Rad ${n}`, Course: course, Kommentar: null, Created: now, Modified: now, AuthorId: annaId, EditorId: annaId });
      }
    });
  });

  afterAll(() => context.close());

  it("shows the item's title and every field as SharePoint shows it, HTML-escaped, in a Swedish UTF-8 page", async () => {
    const answer = await page(ANNA, `Lists/Incidents/DispForm.aspx?ID=${incidentId}`);
    expect(answer.status).toBe(200);
    expect(answer.type).toBe('text/html; charset=utf-8');
    expect(answer.body).toContain('<html lang="sv">');
    expect(answer.body).toMatch(/<main>[\s\S]*<h1>&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; Läckage<\/h1>/);
    expect(answer.body).not.toContain('<script>');
    expect(answer.body).not.toContain('<b>fel</b>');
    expect(answer.body).toContain('<dt>Beskrivning</dt><dd>Journal &amp; &lt;b&gt;fel&lt;/b&gt; mottagare</dd>');
    expect(answer.body).toContain('<dt>Allvarlighet</dt><dd>Hög</dd>');
    expect(answer.body).toContain('<dt>Kategorier</dt><dd>Person; Hälsa</dd>');
    expect(answer.body).toContain('<dt>Ansvarig</dt><dd>Anna Berg</dd>');
    expect(answer.body).toContain('<dt>Datum</dt><dd>2026-11-30</dd>');
    expect(answer.body).toContain('<dt>Antal</dt><dd>2,5</dd>');
    expect(answer.body).toMatch(/<dt>Skapad<\/dt><dd>\d{4}-\d\d-\d\d \d\d:\d\d av Anna Berg<\/dd>/);
    expect(answer.body).toMatch(/<dt>Ändrad<\/dt><dd>\d{4}-\d\d-\d\d \d\d:\d\d av Anna Berg<\/dd>/);
  });

  it('gives someone who may not see the item REST\'s 404 (read only own items, or no access to the list), never its values', async () => {
    const other = await page(BO, `Lists/Incidents/DispForm.aspx?ID=${incidentId}`);
    expect(other.status).toBe(404);
    const outsider = await page(CECILIA, `Lists/Incidents/DispForm.aspx?ID=${incidentId}`);
    // REST does not reveal a list to someone who may not view its items: 404, as if it did not exist.
    expect(outsider.status).toBe(404);
    for (const answer of [other, outsider]) {
      expect(answer.type).toBe('text/html; charset=utf-8');
      expect(answer.body).not.toContain('Läckage');
      expect(answer.body).not.toContain('mottagare');
    }
    const listed = await page(BO, 'Lists/Incidents/AllItems.aspx');
    expect(listed.status).toBe(200);
    expect(listed.body).not.toContain('Läckage');
    expect((await page(undefined, `Lists/Incidents/DispForm.aspx?ID=${incidentId}`)).status).toBe(401);
  });

  it("serves the address My tasks links a reminder to (item-links.ts's subjectLink)", async () => {
    const link = subjectLink('/sites/tillit', 'incident', String(incidentId));
    const answer = await fetch(`${new URL(context.site.siteUrl).origin}${link ?? ''}`, { headers: { authorization: `Bearer local:${ANNA}` } });
    expect(answer.status).toBe(200);
    expect(await answer.text()).toContain('Läckage</h1>');
  });

  it('answers a missing or invalid ID with 400, an unknown item or list with 404', async () => {
    expect((await page(ANNA, 'Lists/Incidents/DispForm.aspx')).status).toBe(400);
    expect((await page(ANNA, 'Lists/Incidents/DispForm.aspx?ID=abc')).status).toBe(400);
    expect((await page(ANNA, 'Lists/Incidents/DispForm.aspx?ID=0')).status).toBe(400);
    expect((await page(ANNA, 'Lists/Incidents/DispForm.aspx?ID=999')).status).toBe(404);
    expect((await page(ANNA, 'Lists/Finnsinte/DispForm.aspx?ID=1')).status).toBe(404);
  });

  it('filters on one field and pages 30 rows with a next link that keeps the filter', async () => {
    const first = await page(ANNA, 'Lists/Utbildningar/AllItems.aspx?FilterField1=Course&FilterValue1=GDPR');
    expect(first.status).toBe(200);
    expect(first.body).toMatch(/<table>[\s\S]*<th scope="col">Rubrik<\/th>/);
    const rowsOf = (body: string): string[] => [...body.matchAll(/DispForm\.aspx\?ID=(\d+)/g)].map((match) => match[1]);
    expect(rowsOf(first.body)).toEqual(Array.from({ length: 30 }, (_, index) => String(index + 1)));
    const next = /<a href="([^"]+)">Nästa sida<\/a>/.exec(first.body);
    expect(next?.[1]).toBe('AllItems.aspx?FilterField1=Course&amp;FilterValue1=GDPR&amp;Paged=TRUE&amp;p_ID=30');
    const second = await page(ANNA, `Lists/Utbildningar/${(next?.[1] ?? '').replace(/&amp;/g, '&')}`);
    expect(rowsOf(second.body)).toEqual(Array.from({ length: 10 }, (_, index) => String(index + 31)));
    expect(second.body).not.toContain('Nästa sida');
  });

  it("escapes a filter value's quote as OData does and refuses a field the list does not have", async () => {
    const quoted = await page(ANNA, `Lists/Utbildningar/AllItems.aspx?FilterField1=Course&FilterValue1=${encodeURIComponent("O'Hara")}`);
    expect(quoted.status).toBe(200);
    expect([...quoted.body.matchAll(/DispForm\.aspx\?ID=(\d+)/g)].map((match) => match[1])).toEqual(['71', '72', '73', '74', '75']);
    expect((await page(ANNA, 'Lists/Utbildningar/AllItems.aspx?FilterField1=Nosuch&FilterValue1=x')).status).toBe(400);
  });

  it('holds a filter on a column that is not indexed to the list view threshold past 5,000 items, as REST does', async () => {
    const record = context.site.store.listByTitle('Utbildningar');
    if (!record) throw new Error('the list was not created');
    const now = '2026-11-01T10:00:00Z';
    context.site.store.transaction(() => {
      for (let n = 76; n <= 5100; n += 1) {
        context.site.store.insertItem(record.id, { Title: `Rad ${n}`, Course: 'Brand', Kommentar: 'x', Created: now, Modified: now, AuthorId: annaId, EditorId: annaId });
      }
    });
    expect((await page(ANNA, 'Lists/Utbildningar/AllItems.aspx?FilterField1=Kommentar&FilterValue1=x')).status).toBe(500);
    const indexed = await page(ANNA, 'Lists/Utbildningar/AllItems.aspx?FilterField1=Course&FilterValue1=GDPR');
    expect(indexed.status).toBe(200);
    expect(indexed.body).toContain('Nästa sida');
  });
});
