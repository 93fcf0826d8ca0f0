import { BatchFormatError, parseBatchRequest } from '../../../src/local-sharepoint/batch';

const SITE = 'https://contoso.sharepoint.com/sites/tillit';
const CONTENT_TYPE = 'multipart/mixed; boundary=batch_1a2b';

/** Joins lines with CRLF, as SPFx and Microsoft's REST samples write a batch. */
function crlf(...lines: string[]): string {
  return lines.join('\r\n');
}

function expectFormatError(run: () => unknown, message: RegExp): void {
  let thrown: unknown;
  try {
    run();
  } catch (e) {
    thrown = e;
  }
  expect(thrown).toBeInstanceOf(BatchFormatError);
  expect((thrown as BatchFormatError).message).toMatch(message);
  expect((thrown as BatchFormatError).sharePointCode).toBe('-1, Microsoft.Data.OData.ODataException');
}

const getPart = (target: string): string[] => [
  '--batch_1a2b',
  'Content-Type: application/http',
  'Content-Transfer-Encoding: binary',
  '',
  `GET ${target} HTTP/1.1`,
  'Accept: application/json;odata=nometadata',
  '',
];

describe('parseBatchRequest', () => {
  it('reads a CRLF batch with a read, a changeset of two writes and a quoted changeset boundary', () => {
    const body = crlf(
      ...getPart(`${SITE}/_api/web/lists/getByTitle('Risks')/items?$filter=Title eq 'a'`),
      '--batch_1a2b',
      'Content-Type: multipart/mixed; boundary="changeset_9z"',
      'Content-Transfer-Encoding: binary',
      '',
      '--changeset_9z',
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      `POST ${SITE}/_api/web/lists/getByTitle('Risks')/items HTTP/1.1`,
      'Content-Type: application/json;odata=verbose',
      '',
      '{"__metadata":{"type":"SP.Data.RisksListItem"},"Title":"b"}',
      '--changeset_9z',
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      `DELETE ${SITE}/_api/web/lists/getByTitle('Risks')/items(4) HTTP/1.1`,
      'IF-MATCH: *',
      '',
      '--changeset_9z--',
      '',
      '--batch_1a2b--',
      ''
    );

    const parts = parseBatchRequest(CONTENT_TYPE, body);

    expect(parts).toEqual([
      {
        method: 'GET',
        url: `${SITE}/_api/web/lists/getByTitle('Risks')/items?$filter=Title eq 'a'`,
        headers: { accept: 'application/json;odata=nometadata' },
        body: '',
      },
      {
        method: 'POST',
        url: `${SITE}/_api/web/lists/getByTitle('Risks')/items`,
        headers: { 'content-type': 'application/json;odata=verbose' },
        body: '{"__metadata":{"type":"SP.Data.RisksListItem"},"Title":"b"}',
        changesetId: 'changeset_9z',
      },
      {
        method: 'DELETE',
        url: `${SITE}/_api/web/lists/getByTitle('Risks')/items(4)`,
        headers: { 'if-match': '*' },
        body: '',
        changesetId: 'changeset_9z',
      },
    ]);
  });

  it('ignores the preamble and epilogue and keeps a body that mentions the boundary mid-line', () => {
    const body = crlf(
      'This is a preamble.',
      '--batch_1a2b',
      'Content-Type: multipart/mixed; boundary=changeset_c',
      '',
      '--changeset_c',
      'Content-Type: application/http',
      '',
      `PATCH ${SITE}/_api/web/lists/getByTitle('Risks')/items(2) HTTP/1.1`,
      'X-HTTP-Method: MERGE',
      '',
      '{"Title":"see --batch_1a2b"}',
      '',
      '--changeset_c--',
      '--batch_1a2b--',
      'epilogue'
    );
    const [part] = parseBatchRequest(CONTENT_TYPE, body);
    expect(part).toEqual({
      method: 'PATCH',
      url: `${SITE}/_api/web/lists/getByTitle('Risks')/items(2)`,
      headers: { 'x-http-method': 'MERGE' },
      body: '{"Title":"see --batch_1a2b"}',
      changesetId: 'changeset_c',
    });
  });

  it('combines repeated headers and accepts an empty batch', () => {
    const body = crlf(
      '--batch_1a2b',
      'Content-Type: application/http',
      '',
      `GET ${SITE}/_api/web HTTP/1.1`,
      'Accept: application/json',
      'accept: text/plain',
      '',
      '--batch_1a2b--'
    );
    expect(parseBatchRequest(CONTENT_TYPE, body)[0]?.headers).toEqual({ accept: 'application/json, text/plain' });
    expect(parseBatchRequest(CONTENT_TYPE, '--batch_1a2b--\r\n')).toEqual([]);
  });

  it('resolves relative targets against baseUrl without re-encoding the query', () => {
    const body = crlf(...getPart(`web/lists/getByTitle('Risks')/items?$select=Title`), '--batch_1a2b--');
    expect(parseBatchRequest(CONTENT_TYPE, body, { baseUrl: `${SITE}/_api` })[0]?.url).toBe(
      `${SITE}/_api/web/lists/getByTitle('Risks')/items?$select=Title`
    );
    const rooted = crlf(...getPart('/sites/tillit/_api/web'), '--batch_1a2b--');
    expect(parseBatchRequest(CONTENT_TYPE, rooted, { baseUrl: `${SITE}/_api/` })[0]?.url).toBe(`${SITE}/_api/web`);
    expectFormatError(() => parseBatchRequest(CONTENT_TYPE, body), /'web\/lists.*' in part 1 of the batch is not absolute/);
  });

  describe('refuses what SharePoint refuses as a whole (HTTP 400)', () => {
    const valid = crlf(...getPart(`${SITE}/_api/web`), '--batch_1a2b--');

    it.each([
      ['a content type that is not multipart/mixed', 'application/json', valid, /must be 'multipart\/mixed; boundary=batch_<guid>'/],
      ['a content type without boundary', 'multipart/mixed', valid, /has no boundary parameter/],
      ['a body without the boundary', 'multipart/mixed; boundary=batch_other', valid, /has no delimiter line '--batch_other'/],
      ['a body without closing delimiter', CONTENT_TYPE, crlf(...getPart(`${SITE}/_api/web`)), /does not end with the closing delimiter '--batch_1a2b--'/],
      ['a delimiter that only prefixes another', 'multipart/mixed; boundary=batch_1a', valid, /no delimiter line/],
    ])('%s', (_case, contentType, body, message) => {
      expectFormatError(() => parseBatchRequest(contentType, body), message);
    });

    it.each([
      ['no Content-Type', ['--batch_1a2b', '', `GET ${SITE}/_api/web HTTP/1.1`, ''], /No Content-Type header in part 1 of the batch/],
      [
        'a base64 part',
        ['--batch_1a2b', 'Content-Type: application/http', 'Content-Transfer-Encoding: base64', '', 'R0VU'],
        /Content-Transfer-Encoding of part 1 of the batch must be 'binary', not 'base64'/,
      ],
      ['a part of another type', ['--batch_1a2b', 'Content-Type: text/plain', '', 'hello'], /must be 'application\/http' or 'multipart\/mixed'/],
      ['no request line', ['--batch_1a2b', 'Content-Type: application/http', '', ''], /Part 1 of the batch has no request line/],
      [
        'a request line without version',
        ['--batch_1a2b', 'Content-Type: application/http', '', `GET ${SITE}/_api/web`],
        /is not of the form 'METHOD url HTTP\/1.1'/,
      ],
      [
        'HTTP/1.0',
        ['--batch_1a2b', 'Content-Type: application/http', '', `GET ${SITE}/_api/web HTTP/1.0`],
        /HTTP version 'HTTP\/1.0' .* must be 'HTTP\/1.1'/,
      ],
      [
        'an unknown method',
        ['--batch_1a2b', 'Content-Type: application/http', '', `HEAD ${SITE}/_api/web HTTP/1.1`],
        /HTTP method 'HEAD' .* is not valid; use one of GET, POST, PUT, PATCH, MERGE, DELETE/,
      ],
      [
        'a malformed header line',
        ['--batch_1a2b', 'Content-Type: application/http', '', `GET ${SITE}/_api/web HTTP/1.1`, 'Accept application/json'],
        /header line 'Accept application\/json' in part 1 of the batch is not of the form 'Name: value'/,
      ],
      [
        'a folded header line',
        ['--batch_1a2b', 'Content-Type: application/http', '', `GET ${SITE}/_api/web HTTP/1.1`, 'Accept: application/json;', ' odata=verbose'],
        /is folded/,
      ],
      [
        'a write outside a changeset',
        ['--batch_1a2b', 'Content-Type: application/http', '', `POST ${SITE}/_api/web/lists HTTP/1.1`, '', '{}'],
        /'POST' in part 1 of the batch is not valid outside a changeset/,
      ],
      [
        'a read inside a changeset',
        ['--batch_1a2b', 'Content-Type: multipart/mixed; boundary=changeset_x', '', '--changeset_x', 'Content-Type: application/http', '', `GET ${SITE}/_api/web HTTP/1.1`, '--changeset_x--'],
        /'GET' in part 1 of changeset 'changeset_x' is not valid in a changeset/,
      ],
      [
        'a nested changeset',
        ['--batch_1a2b', 'Content-Type: multipart/mixed; boundary=changeset_x', '', '--changeset_x', 'Content-Type: multipart/mixed; boundary=changeset_y', '', '--changeset_y--', '--changeset_x--'],
        /changesets cannot nest/,
      ],
      ['a changeset without boundary', ['--batch_1a2b', 'Content-Type: multipart/mixed', '', ''], /changeset in part 1 of the batch has no boundary/],
      [
        'an unterminated changeset',
        ['--batch_1a2b', 'Content-Type: multipart/mixed; boundary=changeset_x', '', '--changeset_x', 'Content-Type: application/http', '', `DELETE ${SITE}/_api/web/lists(guid'1') HTTP/1.1`],
        /changeset 'changeset_x' does not end with the closing delimiter/,
      ],
    ])('%s', (_case, lines, message) => {
      expectFormatError(() => parseBatchRequest(CONTENT_TYPE, crlf(...lines, '--batch_1a2b--')), message);
    });
  });
});
