import { SPQueryable, spPost, type SPFI } from '@pnp/sp';
import { body } from '@pnp/queryable';
import { ADMIN, failureOf, startSite, type ConformanceSite } from './conformance-site';

/**
 * What the stand-in does not know it refuses loudly, in SharePoint's error JSON, never with a
 * silent success that would let a test pass against it and fail against SharePoint Online.
 */
describe('local SharePoint: errors', () => {
  let context: ConformanceSite;
  let admin: SPFI;

  beforeAll(async () => {
    context = await startSite();
    admin = context.spAs(ADMIN);
    await admin.web.lists.add('Risker');
    await admin.web.lists.getByTitle('Risker').items.add({ Title: 'En risk' });
  });

  afterAll(() => context.close());

  it('answers an unknown service under _api with 404 ResourceNotFoundException', async () => {
    const failure = await failureOf(SPQueryable([admin.web, `${context.site.siteUrl}/_api/`], 'nosuchservice')());
    expect(failure).toMatchObject({
      status: 404,
      code: '-1, Microsoft.SharePoint.Client.ResourceNotFoundException',
      message: 'Cannot find resource for the request nosuchservice.'
    });
  });

  it('answers an unknown member of the web with 400 and the expression, as SharePoint does', async () => {
    const failure = await failureOf(SPQueryable(admin.web, 'nosuchthing')());
    expect(failure).toMatchObject({
      status: 400,
      code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      message: 'The expression "web/nosuchthing" is not valid.'
    });
  });

  it('answers an unknown member deeper down, for reads and for writes, and changes nothing', async () => {
    const list = admin.web.lists.getByTitle('Risker');
    const read = await failureOf(SPQueryable(list.items.getById(1), 'getcomments')());
    expect(read.status).toBe(400);
    expect(read.message).toBe(`The expression "web/lists/getByTitle('Risker')/items(1)/getcomments" is not valid.`);

    const write = await failureOf(spPost(SPQueryable(list, 'recycle')));
    expect(write.status).toBe(400);
    expect(write.message).toContain('recycle');
    expect((await list.items.select('Id')()).length).toBe(1);
    expect((await failureOf(spPost(SPQueryable(list.items, 'addValidateUpdateItemUsingPath'), body({ listItemCreateInfo: {} })))).status).toBe(400);
    expect((await list.items.select('Id')()).length).toBe(1);
  });

  it('answers in JSON light with odata.error, and in verbose JSON with error, each with lang and value', async () => {
    const light = await fetch(`${context.site.siteUrl}/_api/web/lists/getByTitle('Finns%20inte')`, {
      headers: { authorization: `Bearer local:${ADMIN}`, accept: 'application/json;odata=nometadata' }
    });
    expect(light.status).toBe(404);
    expect(light.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await light.json()).toEqual({
      'odata.error': {
        code: '-1, System.ArgumentException',
        message: { lang: 'en-US', value: `List 'Finns inte' does not exist at site with URL '${context.site.siteUrl}'.` }
      }
    });
    const verbose = await fetch(`${context.site.siteUrl}/_api/web/lists/getByTitle('Finns%20inte')`, {
      headers: { authorization: `Bearer local:${ADMIN}`, accept: 'application/json;odata=verbose' }
    });
    expect(((await verbose.json()) as { error: { message: { value: string } } }).error.message.value).toContain("List 'Finns inte' does not exist");
  });

  it("refuses a list setting it does not know with SharePoint's unknown-property message", async () => {
    const failure = await failureOf(admin.web.lists.getByTitle('Risker').update({ Colour: 'röd' } as never));
    expect(failure.status).toBe(400);
    expect(failure.message).toBe(
      "The property 'Colour' does not exist on type 'SP.List'. Make sure to only use property names that are defined by the type."
    );
  });

  it('refuses a field type it cannot simulate instead of pretending to create it', async () => {
    const failure = await failureOf(admin.web.lists.getByTitle('Risker').fields.addUrl('Länk'));
    expect(failure.status).toBe(400);
    expect(failure.message).toContain('not supported by the local SharePoint');
    const names = (await admin.web.lists.getByTitle('Risker').fields.select('InternalName')()).map((field) => field.InternalName);
    expect(names).not.toContain('L_x00e4_nk');
  });

  it('refuses $select of a column the list does not have', async () => {
    const failure = await failureOf(admin.web.lists.getByTitle('Risker').items.select('Title', 'Finnsinte')());
    expect(failure.status).toBe(400);
    expect(failure.message).toContain('Finnsinte');
  });

  it('refuses a body that is not JSON', async () => {
    const failure = await failureOf(spPost(SPQueryable(admin.web, 'lists'), { body: '{"Title": ' }));
    expect(failure.status).toBe(400);
    expect(failure.message).toContain('not valid JSON');
  });

  it('refuses an item id that is not a number', async () => {
    const failure = await failureOf(SPQueryable(admin.web.lists.getByTitle('Risker'), "items('ett')")());
    expect(failure.status).toBeGreaterThanOrEqual(400);
    expect(failure.status).toBeLessThan(500);
  });

  it('answers a path outside the API with 404, not with a page', async () => {
    const response = await fetch(`${context.site.siteUrl}/SitePages/Home.aspx`, { headers: { authorization: `Bearer local:${ADMIN}` } });
    expect(response.status).toBe(404);
  });
});
