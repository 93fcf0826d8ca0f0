import { meaningOf, networkFailureOf, outgoingRequest, requestSafety, type RequestSafety } from '../../src/sharepoint/request-safety';

/**
 * Which requests may be sent again after SharePoint did not answer (R-SEC-2): reads always,
 * conditional MERGE/DELETE as such, anything that may create something never.
 */
const SITE = 'https://region.sharepoint.com/sites/tillit/_api';

function batchBody(...parts: string[]): string {
  return [
    '--batch_1',
    ...parts.flatMap((line) =>
      line.startsWith('GET')
        ? ['Content-Type: application/http', 'Content-Transfer-Encoding: binary', '', `${line} HTTP/1.1`, 'Accept: application/json', '', '--batch_1']
        : [
            'Content-Type: multipart/mixed; boundary="changeset_2"',
            '',
            '--changeset_2',
            'Content-Type: application/http',
            'Content-Transfer-Encoding: binary',
            '',
            `${line} HTTP/1.1`,
            'IF-Match: "3"',
            '',
            '{}',
            '--changeset_2--',
            '--batch_1'
          ]
    )
  ].join('\n');
}

describe('requestSafety', () => {
  test.each<[string, string, RequestInit, RequestSafety]>([
    ['a read', `${SITE}/web/lists`, { method: 'GET' }, 'repeatable'],
    ['a read without a method', `${SITE}/web`, {}, 'repeatable'],
    ['the request digest', `${SITE}/contextinfo`, { method: 'POST' }, 'repeatable'],
    ['ensureUser, idempotent by definition', `${SITE}/web/ensureuser`, { method: 'POST', body: '{"logonName":"i:0#.f|membership|anna@x.se"}' }, 'repeatable'],
    ['adding a member to a group', `${SITE}/web/siteGroups/getByName('Tillit%20Medlemmar')/users`, { method: 'POST', body: '{"LoginName":"x"}' }, 'repeatable'],
    ['a role assignment', `${SITE}/web/lists(guid'1')/roleassignments/addroleassignment(principalid=7,roledefid=1073741826)`, { method: 'POST' }, 'repeatable'],
    ['a group add', `${SITE}/web/siteGroups`, { method: 'POST', body: '{"Title":"Tillit Ägare"}' }, 'not-repeatable'],
    ['an item add', `${SITE}/web/lists/getByTitle('Enheter')/items`, { method: 'POST', body: '{}' }, 'not-repeatable'],
    ['a list add', `${SITE}/web/lists`, { method: 'POST', body: '{}' }, 'not-repeatable'],
    ['a field add', `${SITE}/web/lists(guid'1')/fields/createfieldasxml`, { method: 'POST' }, 'not-repeatable'],
    ['an update with a concrete If-Match', `${SITE}/web/lists(guid'1')/items(5)`, { method: 'POST', headers: { 'X-HTTP-Method': 'MERGE', 'IF-Match': '"3"' } }, 'conditional'],
    ['a delete with a concrete If-Match', `${SITE}/web/lists(guid'1')/items(5)`, { method: 'POST', headers: { 'X-HTTP-Method': 'DELETE', 'IF-Match': 'W/"3"' } }, 'conditional'],
    ['an update with If-Match *', `${SITE}/web/lists(guid'1')/items(5)`, { method: 'POST', headers: { 'X-HTTP-Method': 'MERGE', 'IF-Match': '*' } }, 'not-repeatable'],
    ['an update without If-Match', `${SITE}/web/lists(guid'1')/items(5)`, { method: 'POST', headers: { 'X-HTTP-Method': 'MERGE' } }, 'not-repeatable'],
    ['a PATCH with If-Match', `${SITE}/web/lists(guid'1')/items(5)`, { method: 'PATCH', headers: new Headers({ 'If-Match': '"1"' }) }, 'conditional'],
    ['a $batch of reads', `${SITE}/$batch`, { method: 'POST', body: batchBody(`GET ${SITE}/web`, `GET ${SITE}/web/lists`) }, 'repeatable'],
    ['a $batch of ensureUser calls', `${SITE}/$batch`, { method: 'POST', body: batchBody(`POST ${SITE}/web/ensureuser`) }, 'repeatable'],
    ['a $batch with an item add', `${SITE}/$batch`, { method: 'POST', body: batchBody(`GET ${SITE}/web`, `POST ${SITE}/web/lists(guid'1')/items`) }, 'not-repeatable'],
    ['a $batch of conditional updates', `${SITE}/$batch`, { method: 'POST', body: batchBody(`MERGE ${SITE}/web/lists(guid'1')/items(5)`) }, 'not-repeatable'],
    ['a $batch whose body cannot be read', `${SITE}/$batch`, { method: 'POST', body: new Uint8Array([1]) }, 'not-repeatable']
  ])('%s', (_what, url, init, expected) => {
    expect(requestSafety(outgoingRequest(url, init))).toBe(expected);
  });

  it('reads the tunnelled method, as SharePoint does', () => {
    expect(outgoingRequest(`${SITE}/web`, { method: 'post', headers: { 'x-http-method': 'delete' } }).method).toBe('DELETE');
    expect(outgoingRequest(`${SITE}/web`, { method: 'GET', headers: { 'X-HTTP-Method': 'DELETE' } }).method).toBe('GET');
  });
});

describe('meaningOf: was the request carried out?', () => {
  test.each([
    [{ status: 429, retryAfter: false }, 'not-processed'],
    [{ status: 429, retryAfter: true }, 'not-processed'],
    [{ status: 503, retryAfter: true }, 'not-processed'],
    [{ status: 503, retryAfter: false }, 'unknown'],
    [{ status: 502, retryAfter: false }, 'unknown'],
    [{ status: 504, retryAfter: true }, 'unknown'],
    [{ status: 200, retryAfter: false }, 'answered'],
    [{ status: 412, retryAfter: false }, 'answered'],
    [{ status: 500, retryAfter: false }, 'answered']
  ] as const)('%j is %s', (answer, meaning) => {
    expect(meaningOf(answer)).toBe(meaning);
  });

  it('a dropped connection is unknown, a refused one was never sent', () => {
    expect(meaningOf('dropped')).toBe('unknown');
    expect(meaningOf('refused')).toBe('not-processed');
  });
});

describe('networkFailureOf', () => {
  const withCause = (code: string): TypeError => Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('x'), { code }) });

  test.each([
    [withCause('ECONNRESET'), 'dropped'],
    [withCause('UND_ERR_SOCKET'), 'dropped'],
    [new TypeError('fetch failed'), 'dropped'],
    [Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), 'dropped'],
    [new Error('socket hang up'), 'dropped'],
    [withCause('ECONNREFUSED'), 'refused'],
    [new RangeError('not a network failure'), undefined],
    [new TypeError('Cannot read properties of undefined'), undefined],
    ['a string', undefined]
  ] as const)('%s → %s', (error, expected) => {
    expect(networkFailureOf(error)).toBe(expected);
  });
});
