import {
  formatBatchResponse,
  JSON_MINIMAL_METADATA,
  JSON_VERBOSE,
  odataJsonContentType,
  sharePointErrorBody,
} from '../../../src/local-sharepoint/batch';

describe('formatBatchResponse', () => {
  it('writes flat batchresponse parts with CRLF, upper-cased headers and one line break after the close', () => {
    const { contentType, body } = formatBatchResponse(
      [
        { status: 201, headers: { ETag: '"1"' }, body: '{"Id":1}' },
        { status: 204, headers: { ETag: '"4"' } },
        {
          status: 412,
          body: sharePointErrorBody({ code: '-1, Microsoft.SharePoint.Client.ClientServiceException', message: 'stale' }),
        },
      ],
      { boundaryId: 'b1' }
    );

    expect(contentType).toBe('multipart/mixed; boundary=batchresponse_b1');
    expect(body).toBe(
      [
        '--batchresponse_b1',
        'Content-Type: application/http',
        'Content-Transfer-Encoding: binary',
        '',
        'HTTP/1.1 201 Created',
        `CONTENT-TYPE: ${JSON_MINIMAL_METADATA}`,
        'ETAG: "1"',
        '',
        '{"Id":1}',
        '--batchresponse_b1',
        'Content-Type: application/http',
        'Content-Transfer-Encoding: binary',
        '',
        'HTTP/1.1 204 No Content',
        'ETAG: "4"',
        '',
        '',
        '--batchresponse_b1',
        'Content-Type: application/http',
        'Content-Transfer-Encoding: binary',
        '',
        'HTTP/1.1 412 Precondition Failed',
        `CONTENT-TYPE: ${JSON_MINIMAL_METADATA}`,
        '',
        '{"odata.error":{"code":"-1, Microsoft.SharePoint.Client.ClientServiceException","message":{"lang":"en-US","value":"stale"}}}',
        '--batchresponse_b1--',
        '',
      ].join('\r\n')
    );
  });

  it('keeps a given Content-Type (first, once) and draws a fresh boundary per answer', () => {
    const parts = [{ status: 200, headers: { etag: '"2"', 'content-type': JSON_VERBOSE }, body: '{"d":{}}' }];
    const first = formatBatchResponse(parts);
    const second = formatBatchResponse(parts);
    expect(first.contentType).toMatch(/^multipart\/mixed; boundary=batchresponse_[0-9a-f-]{36}$/);
    expect(first.contentType).not.toBe(second.contentType);
    expect(first.body).toContain(`HTTP/1.1 200 OK\r\nCONTENT-TYPE: ${JSON_VERBOSE}\r\nETAG: "2"\r\n\r\n{"d":{}}\r\n`);
  });

  it.each([
    ['a status outside 100-599', { status: 99 }, /no valid HTTP status/],
    ['a 204 with a body', { status: 204, body: '{}' }, /204 No Content but has a body/],
    ['a body line that would end the part', { status: 200, body: '{}\n--batchresponse_x' }, /starting '--batchresponse_'/],
    ['a header value with a line break', { status: 200, headers: { ETag: '"1"\r\nX: y' } }, /would break the framing: 'ETag'/],
    ['a header name that is no token', { status: 200, headers: { 'E Tag': '"1"' } }, /would break the framing/],
  ])('refuses %s', (_case, part, message) => {
    expect(() => formatBatchResponse([part])).toThrow(message);
  });
});

describe('odataJsonContentType and sharePointErrorBody', () => {
  it.each([
    [undefined, JSON_MINIMAL_METADATA],
    ['application/json', JSON_MINIMAL_METADATA],
    ['application/json;odata=minimalmetadata', JSON_MINIMAL_METADATA],
    ['application/json;odata=nometadata', 'application/json;odata=nometadata;streaming=true;charset=utf-8'],
    ['application/json;odata=fullmetadata', 'application/json;odata=fullmetadata;streaming=true;IEEE754Compatible=false;charset=utf-8'],
    ['application/json;odata=verbose', JSON_VERBOSE],
  ])('labels a JSON answer to Accept %s as SharePoint Online does', (accept, expected) => {
    expect(odataJsonContentType(accept)).toBe(expected);
  });

  it('wraps the error in odata.error for JSON light and in error for verbose', () => {
    const error = { code: '-2130575305, Microsoft.SharePoint.SPException', message: 'Save Conflict.' };
    const inner = { code: error.code, message: { lang: 'en-US', value: 'Save Conflict.' } };
    expect(JSON.parse(sharePointErrorBody(error))).toEqual({ 'odata.error': inner });
    expect(JSON.parse(sharePointErrorBody(error, 'application/json;odata=verbose'))).toEqual({ error: inner });
  });
});
