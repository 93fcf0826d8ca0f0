import { formatBatchResponse, JSON_MINIMAL_METADATA } from '../../../src/local-sharepoint/batch';
import { SharePointError } from '../../../src/local-sharepoint/http/sharepoint-error';

const JSON_VERBOSE = 'application/json;odata=verbose;charset=utf-8';

describe('formatBatchResponse', () => {
  it('writes flat batchresponse parts with CRLF, upper-cased headers and one line break after the close', () => {
    const { contentType, body } = formatBatchResponse(
      [
        { status: 201, headers: { ETag: '"1"' }, body: '{"Id":1}' },
        { status: 204, headers: { ETag: '"4"' } },
        {
          status: 412,
          body: new SharePointError(412, '-1, Microsoft.SharePoint.Client.ClientServiceException', 'stale').body(false),
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
