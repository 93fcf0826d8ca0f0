import { DefaultHeaders, DefaultInit, spfi } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { IItems } from '@pnp/sp/items';
import '@pnp/sp/batching';
import { DefaultParse, HttpRequestError } from '@pnp/queryable';
import {
  BatchRequestPart,
  BatchResponsePart,
  formatBatchResponse,
  JSON_MINIMAL_METADATA,
  parseBatchRequest,
} from '../../../src/local-sharepoint/batch';
import { SharePointError } from '../../../src/local-sharepoint/http/sharepoint-error';
import { captureSend, CapturedRequest } from './capture-send';

const SITE = 'http://127.0.0.1:1/sites/tillit';
// @pnp/sp percent-encodes the space (its URL passes through new URL()) but keeps the quotes
const ITEMS = `${SITE}/_api/web/lists/getByTitle('Risk%20register')/items`;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * One batch as the registers write it — add, add, get, add, update, delete — queued through @pnp/sp's own
 * batching and caught at `send`. Every promise is settled-tracked at once so a rejection is never
 * unhandled while the test is still answering the batch.
 */
async function sendRegisterBatch(updateETag: string): Promise<{
  request: CapturedRequest;
  outcomes: Promise<PromiseSettledResult<unknown>[]>;
  executed: Promise<void>;
}> {
  const transport = captureSend();
  const sp = spfi(SITE).using(DefaultHeaders(), DefaultInit(), DefaultParse(), transport.behavior);
  const [batched, execute] = sp.batched();
  // a fresh chain per request: @pnp/sp refuses to put one queryable instance in a batch twice
  const items = (): IItems => batched.web.lists.getByTitle('Risk register').items;
  const pending: Promise<unknown>[] = [
    items().add({ Title: 'Phishing', Likelihood: 3 }),
    items().add({ Title: 'Ransomware', Likelihood: 2 }),
    items().select('Id', 'Title').top(2)(),
    items().add({ Title: 'Lost laptop', Likelihood: 4 }),
    items().getById(7).update({ Title: 'Supplier breach' }, updateETag),
    items().getById(9).delete(),
  ];
  const outcomes = Promise.allSettled(pending);
  const executed = execute();
  return { request: await transport.nextRequest(), outcomes, executed };
}

/** SharePoint Online's JSON light (minimal metadata) for one list item. */
function itemJson(id: number, etag: string, fields: Record<string, unknown>): string {
  return JSON.stringify({
    'odata.metadata': `${SITE}/_api/$metadata#SP.ListData.Risk_x0020_registerListItems/@Element`,
    'odata.type': 'SP.Data.Risk_x0020_registerListItem',
    'odata.id': `00000000-0000-0000-0000-00000000000${id}`,
    'odata.etag': etag,
    'odata.editLink': `Web/Lists(guid'5b4c9a2e-1111-4f3a-9d3e-2c1f0e7a6b01')/Items(${id})`,
    Id: id,
    ID: id,
    ...fields,
  });
}

/**
 * A minimal stand-in for the list: each request succeeds or fails on its own, as SharePoint
 * answers a batch (no changeset rollback). Item 7 is at ETag `currentETag`.
 */
function answer(parts: readonly BatchRequestPart[], currentETag: string, listExists: boolean): BatchResponsePart[] {
  let nextId = 20;
  return parts.map((part): BatchResponsePart => {
    const contentType = { 'Content-Type': JSON_MINIMAL_METADATA };
    if (part.method === 'GET') {
      if (!listExists) {
        const message = `List 'Risk register' does not exist at site with URL '${SITE}'.`;
        return { status: 404, headers: contentType, body: new SharePointError(400, '-1, System.ArgumentException', message).body(false) };
      }
      return { status: 200, headers: contentType, body: JSON.stringify({ value: [{ Id: 7, Title: 'Supplier' }] }) };
    }
    if (part.method === 'DELETE') {
      // an empty answer: @pnp/sp resolves a delete on any 2xx without reading a body
      return { status: 200 };
    }
    if (part.method === 'POST') {
      const id = nextId++;
      return { status: 201, headers: { ...contentType, ETag: '"1"' }, body: itemJson(id, '"1"', JSON.parse(part.body)) };
    }
    if (part.headers['if-match'] !== currentETag) {
      const message = `The request ETag value '${part.headers['if-match']}' does not match the object's ETag value '${currentETag}'.`;
      return {
        status: 412,
        headers: contentType,
        body: new SharePointError(400, '-1, Microsoft.SharePoint.Client.ClientServiceException', message).body(false),
      };
    }
    return { status: 204, headers: { ETag: `"${Number(currentETag.replace(/"/g, '')) + 1}"` } };
  });
}

function respond(request: CapturedRequest, parts: readonly BatchResponsePart[]): void {
  const { contentType, body } = formatBatchResponse(parts);
  request.answer(new Response(body, { status: 200, headers: { 'Content-Type': contentType } }));
}

describe('the $batch wire format against @pnp/sp 4.21.0', () => {
  it('reads the batch @pnp/sp writes: three adds, an If-Match update and a delete in changesets, a get on its own', async () => {
    const { request, outcomes, executed } = await sendRegisterBatch('"3"');

    expect(request.method).toBe('POST');
    expect(request.url).toBe(`${SITE}/_api/$batch`);
    const contentType = request.headers.get('content-type') ?? '';
    expect(contentType).toMatch(/^multipart\/mixed; boundary=batch_[0-9a-f-]{36}$/);

    const parts = parseBatchRequest(contentType, request.body);

    expect(parts.map((p) => [p.method, p.url])).toEqual([
      ['POST', ITEMS],
      ['POST', ITEMS],
      ['GET', `${ITEMS}?%24select=Id%2CTitle&%24top=2`],
      ['POST', ITEMS],
      ['MERGE', `${ITEMS}(7)`],
      ['DELETE', `${ITEMS}(9)`],
    ]);
    expect(parts.map((p) => (p.body === '' ? undefined : JSON.parse(p.body)))).toEqual([
      { Title: 'Phishing', Likelihood: 3 },
      { Title: 'Ransomware', Likelihood: 2 },
      undefined,
      { Title: 'Lost laptop', Likelihood: 4 },
      { Title: 'Supplier breach' },
      undefined,
    ]);
    expect(parts[4]?.headers['if-match']).toBe('"3"');
    expect(parts[5]?.headers['if-match']).toBe('*');
    expect(parts.every((p) => p.headers.accept === 'application/json')).toBe(true);
    expect(parts[0]?.headers['content-type']).toBe('application/json;charset=utf-8');

    // a read closes the open changeset: writes before and after it travel in two different ones
    const [first, second, read, third, update, removal] = parts.map((p) => p.changesetId);
    expect(read).toBeUndefined();
    expect(first).toMatch(/^changeset_/);
    expect(GUID.test((first ?? '').replace(/^changeset_/, ''))).toBe(true);
    expect(second).toBe(first);
    expect(third).toMatch(/^changeset_/);
    expect(third).not.toBe(first);
    expect(update).toBe(third);
    expect(removal).toBe(third);

    respond(request, answer(parts, '"3"', true));
    await executed;
    await outcomes;
  });

  it('resolves every promise as SharePoint makes it: 201 to the item, 200 to the rows, 204 to the new ETag', async () => {
    const { request, outcomes, executed } = await sendRegisterBatch('"3"');
    const parts = parseBatchRequest(request.headers.get('content-type') ?? '', request.body);

    respond(request, answer(parts, '"3"', true));
    await executed;
    const [phishing, ransomware, rows, laptop, updated, deleted] = await outcomes;

    expect(phishing).toEqual({
      status: 'fulfilled',
      value: expect.objectContaining({ Id: 20, Title: 'Phishing', Likelihood: 3, 'odata.etag': '"1"' }),
    });
    expect(ransomware).toEqual({ status: 'fulfilled', value: expect.objectContaining({ Id: 21, Title: 'Ransomware' }) });
    expect(laptop).toEqual({ status: 'fulfilled', value: expect.objectContaining({ Id: 22, Title: 'Lost laptop' }) });
    // JSON light's { value: [...] } comes back as the array
    expect(rows).toEqual({ status: 'fulfilled', value: [{ Id: 7, Title: 'Supplier' }] });
    expect(updated).toEqual({ status: 'fulfilled', value: { etag: '"4"' } });
    expect(deleted?.status).toBe('fulfilled');
  });

  it('gives mixed results: a stale If-Match rejects with 412 and a missing list with 404, the adds still land', async () => {
    const { request, outcomes, executed } = await sendRegisterBatch('"3"');
    const parts = parseBatchRequest(request.headers.get('content-type') ?? '', request.body);

    respond(request, answer(parts, '"5"', false));
    await executed;
    const [phishing, ransomware, rows, laptop, updated, deleted] = await outcomes;

    expect([phishing, ransomware, laptop, deleted].map((o) => o?.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);

    expect(updated?.status).toBe('rejected');
    const stale = (updated as PromiseRejectedResult).reason as HttpRequestError;
    expect(stale).toBeInstanceOf(HttpRequestError);
    expect(stale.status).toBe(412);
    expect(stale.statusText).toBe('Precondition Failed');
    const staleBody = await stale.response.json();
    expect(staleBody['odata.error'].message.value).toBe(
      `The request ETag value '"3"' does not match the object's ETag value '"5"'.`
    );

    expect(rows?.status).toBe('rejected');
    const missing = (rows as PromiseRejectedResult).reason as HttpRequestError;
    expect(missing.isHttpRequestError).toBe(true);
    expect(missing.status).toBe(404);
    expect(missing.message).toContain(`List 'Risk register' does not exist`);
  });
});
