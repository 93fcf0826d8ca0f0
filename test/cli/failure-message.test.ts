import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FailureInContext, withFailureContext } from '../../src/cli/failure-context';
import { describeFailure } from '../../src/cli/failure-message';
import { reportFailure } from '../../src/cli/report-failure';
import { ConflictError, ForbiddenError, NotFoundError, ThrottledError, UnauthorisedError, ValidationError } from '../../src/domain/shared/errors';
import { startLocalSharePoint } from '../../src/local-sharepoint/local-sharepoint-server';
import { SiteStore } from '../../src/local-sharepoint/store/site-store';

/** What @pnp/queryable throws for a non-2xx answer, as sharepoint-errors.ts reads it. */
function httpError(status: number, url: string, body = '{"odata.error":{"code":"-1","message":{"lang":"en-US","value":"Something broke."}}}'): Error {
  return Object.assign(new Error(`Error making HttpClient request in queryable [${status}] Status ::> ${body}`), {
    isHttpRequestError: true,
    status,
    response: { url, headers: new Headers() }
  });
}

function systemError(message: string, fields: Record<string, unknown>): Error {
  return Object.assign(new Error(message), fields);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function failureOf(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

describe('describeFailure: one sentence with what to do', () => {
  it('says what to do for each kind of the typed error family', () => {
    expect(describeFailure(new NotFoundError('Lists/Units'))).toEqual({ known: true, sentence: expect.stringMatching(/^Not found: Lists\/Units: .*tillit provision/) });
    expect(describeFailure(new ConflictError('Lists/Assets 7')).sentence).toMatch(/^Changed by someone else .*Lists\/Assets 7: run the command again/);
    expect(describeFailure(new ThrottledError(120)).sentence).toMatch(/throttling.*wait 120 s and run the command again/);
    expect(describeFailure(new ThrottledError(undefined)).sentence).toMatch(/wait a few minutes/);
    expect(describeFailure(new ForbiddenError('Lists/Risks')).sentence).toMatch(/^Not allowed: Lists\/Risks: sign in as someone with full control/);
    expect(describeFailure(new UnauthorisedError('the site')).sentence).toMatch(/did not accept the sign-in.*TILLIT_ACCESS_TOKEN.*admin@tillit\.local/);
    const invalid = new ValidationError('The environment', [{ path: 'TILLIT_LOCAL_SHAREPOINT_PORT', message: 'must be a TCP port' }]);
    expect(describeFailure(invalid).sentence).toBe('The environment is invalid: TILLIT_LOCAL_SHAREPOINT_PORT: must be a TCP port. Correct it and try again.');
  });

  it("translates SharePoint's answers first, and tells the local site's sign-in from SharePoint Online's", () => {
    const missing = describeFailure(httpError(404, "http://127.0.0.1:4321/sites/tillit/_api/web/getList('%2Fsites%2Ftillit%2FLists%2FUnits')/items"));
    expect(missing.sentence).toBe("Not found: /sites/tillit/_api/web/getList('/sites/tillit/Lists/Units')/items: check --site, and run 'tillit provision' if the Tillit lists are missing.");
    const local = describeFailure(httpError(401, 'http://127.0.0.1:4321/sites/tillit/_api/web')).sentence;
    expect(local).toMatch(/sign in \(--as\) as a person of its directory/);
    expect(local).not.toMatch(/TILLIT_ACCESS_TOKEN/);
    const online = describeFailure(httpError(401, 'https://region.sharepoint.com/sites/tillit/_api/web')).sentence;
    expect(online).toMatch(/fresh access token for the site in TILLIT_ACCESS_TOKEN/);
    expect(online).not.toMatch(/--as/);
    expect(describeFailure(httpError(500, 'https://region.sharepoint.com/sites/tillit/_api/web')).sentence).toMatch(/^SharePoint answered 500 to \/sites\/tillit\/_api\/web \(Something broke\.\): try again later/);
  });

  it('names the port in use and how to choose another, from the context the command gave', async () => {
    const first = await startLocalSharePoint({ port: 0, dataDir: ':memory:' });
    try {
      const clash = await failureOf(() => withFailureContext({ portSetting: 'set TILLIT_LOCAL_SHAREPOINT_PORT' }, () => startLocalSharePoint({ port: first.port, dataDir: ':memory:' })));
      expect(describeFailure(clash)).toEqual({
        known: true,
        sentence: `Port ${first.port} is in use: stop the other Tillit (or whatever listens there) or set TILLIT_LOCAL_SHAREPOINT_PORT.`
      });
    } finally {
      await first.close();
    }
  });

  it('says to start the local SharePoint when nothing answers at a local address (fetch hides the reason in its cause)', async () => {
    const port = await freePort();
    const refused = await failureOf(() => fetch(`http://127.0.0.1:${port}/sites/tillit/_api/web`));
    expect(describeFailure(refused).sentence).toBe(`Nothing answers at 127.0.0.1:${port}: start the local SharePoint first ('npm start' or 'tillit local-sharepoint'), or give the right --site.`);
    expect(describeFailure(systemError('connect ECONNREFUSED 10.0.0.1:443', { code: 'ECONNREFUSED', address: '10.0.0.1', port: 443 })).sentence).toBe(
      'Nothing answers at 10.0.0.1:443: check --site and the network.'
    );
    expect(describeFailure(systemError('getaddrinfo ENOTFOUND x.sharepoint.com', { code: 'ENOTFOUND', hostname: 'x.sharepoint.com' })).sentence).toMatch(
      /^The host x\.sharepoint\.com cannot be found: check --site/
    );
  });

  describe('the data folder', () => {
    let dataDir: string;
    beforeEach(() => {
      dataDir = mkdtempSync(join(tmpdir(), 'tillit-failure-'));
    });
    afterEach(() => {
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('calls a file that is no SQLite database damaged and says to move or delete the folder', async () => {
      writeFileSync(join(dataDir, 'site.sqlite'), 'not a database, '.repeat(100));
      const corrupt = await failureOf(() => withFailureContext({ dataDir }, async () => SiteStore.open(dataDir)));
      expect(describeFailure(corrupt).sentence).toBe(
        `The local site's database in ${dataDir} is damaged or not a Tillit database (file is not a database): move the folder away, or delete it to start over with a new demo region.`
      );
    });

    it('says whose write access is missing and how to choose another folder', () => {
      const denied = new FailureInContext({ dataDir, dataDirSetting: 'TILLIT_DATA_DIR' }, systemError(`EACCES: permission denied, mkdir '${dataDir}/x'`, { code: 'EACCES', syscall: 'mkdir', path: `${dataDir}/x` }));
      expect(describeFailure(denied).sentence).toBe(`Tillit may not write in ${dataDir}/x: give your user write access to it, or choose another with TILLIT_DATA_DIR.`);
      const readOnly = new FailureInContext({ dataDir, dataDirSetting: '--data' }, systemError('attempt to write a readonly database', { code: 'SQLITE_READONLY_DBMOVED' }));
      const sentence = describeFailure(readOnly).sentence;
      expect(sentence.startsWith(`The local site's database in ${dataDir} cannot be opened for writing (attempt to write a readonly database): `)).toBe(true);
      expect(sentence).toMatch(/give your user write access to the folder, or choose another with --data\.$/);
    });
  });

  it('gives an unforeseen failure as its message on one line, marked unknown', () => {
    expect(describeFailure(new Error('Setting up failed: boom\nDelete the data folder /x to start over.'))).toEqual({
      known: false,
      sentence: 'Setting up failed: boom Delete the data folder /x to start over.'
    });
    expect(describeFailure('a string')).toEqual({ known: false, sentence: 'a string' });
  });
});

describe('reportFailure', () => {
  function report(error: unknown, env: NodeJS.ProcessEnv): { code: number; text: string } {
    let text = '';
    const code = reportFailure('tillit provision', error, { write: (chunk) => (text += chunk), env });
    return { code, text };
  }

  it('writes one line and no stack, with a hint to TILLIT_DEBUG for an unforeseen failure; exit code 1', () => {
    const { code, text } = report(new Error('boom'), {});
    expect(code).toBe(1);
    expect(text).toBe('tillit provision: boom (Rerun with TILLIT_DEBUG=1 to see the stack.)\n');
    expect(report(new ThrottledError(5), {}).text.split('\n')).toHaveLength(2);
  });

  it('adds the stacks of the error and its causes with TILLIT_DEBUG=1', () => {
    const error = Object.assign(new TypeError('fetch failed'), { cause: systemError('connect ECONNREFUSED 127.0.0.1:1', { code: 'ECONNREFUSED', address: '127.0.0.1', port: 1 }) });
    const { code, text } = report(error, { TILLIT_DEBUG: '1' });
    expect(code).toBe(1);
    expect(text.split('\n')[0]).toBe("tillit provision: Nothing answers at 127.0.0.1:1: start the local SharePoint first ('npm start' or 'tillit local-sharepoint'), or give the right --site.");
    expect(text).toMatch(/TypeError: fetch failed\n\s+at /);
    expect(text).toMatch(/Caused by: Error: connect ECONNREFUSED/);
  });
});
