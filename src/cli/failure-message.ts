import { ConflictError, ForbiddenError, NotFoundError, ThrottledError, TillitError, UnauthorisedError, ValidationError } from '../domain/shared/errors';
import { isLocalSite } from '../local-sharepoint/local-admin-client';
import { SITE_ADMIN_EMAIL } from '../local-sharepoint/local-site-defaults';
import { isHttpRequestError, sharePointMessage, toTillitError } from '../sharepoint/sharepoint-errors';
import { isErrorLike, messageOf } from './error-like';
import { unwrapFailure, type FailureContext } from './failure-context';

/** How a failure is told to whoever ran the command. */
export interface FailureDescription {
  /** One line: what went wrong and what to do next. */
  readonly sentence: string;
  /** False for a failure nobody foresaw: the sentence is its bare message, and the stack (TILLIT_DEBUG=1) helps. */
  readonly known: boolean;
}

/** What node, undici and better-sqlite3 attach to their errors, narrowed to what a sentence needs. */
interface SystemErrorLike {
  readonly code: string;
  readonly message: string;
  readonly syscall?: string;
  readonly address?: string;
  readonly port?: number;
  readonly path?: string;
  readonly hostname?: string;
}

const MAX_QUOTED = 200;

function shorten(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= MAX_QUOTED ? line : `${line.slice(0, MAX_QUOTED - 1)}…`;
}

function systemErrorOf(error: unknown): SystemErrorLike | undefined {
  if (!isErrorLike(error)) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? (error as unknown as SystemErrorLike) : undefined;
}

/** Which SharePoint answered, when the failure tells: the advice on signing in differs. */
type SiteKind = 'local' | 'online' | 'unknown';

function signInAdvice(site: SiteKind): string {
  const local = `on the local SharePoint sign in (--as) as a person of its directory, such as ${SITE_ADMIN_EMAIL}`;
  const online = 'on SharePoint Online put a fresh access token for the site in TILLIT_ACCESS_TOKEN';
  return site === 'local' ? local : site === 'online' ? online : `${online}; ${local}`;
}

function describeTillitError(error: TillitError, site: SiteKind = 'unknown'): string | undefined {
  if (error instanceof NotFoundError) return `${error.message}: check --site, and run 'tillit provision' if the Tillit lists are missing.`;
  if (error instanceof ConflictError) return `${error.message}: run the command again, it reads the current version first.`;
  if (error instanceof ThrottledError) {
    const wait = error.retryAfterSeconds === undefined ? 'a few minutes' : `${error.retryAfterSeconds} s`;
    return `SharePoint is throttling Tillit's requests: wait ${wait} and run the command again, preferably outside office hours.`;
  }
  if (error instanceof ForbiddenError) {
    return `${error.message}: sign in as someone with full control of the site (--as on the local SharePoint; a token for such an account in TILLIT_ACCESS_TOKEN on SharePoint Online).`;
  }
  if (error instanceof UnauthorisedError) {
    return `SharePoint did not accept the sign-in (${error.what}): ${signInAdvice(site)}.`;
  }
  if (error instanceof ValidationError) {
    const issues = error.issues.map((issue) => (issue.path.startsWith('(') ? issue.message : `${issue.path}: ${issue.message}`));
    // Several settings at fault are listed a line each, in full: an operator fixes them all in one round.
    if (issues.length > 1) return `${error.subject} is invalid:\n${issues.map((issue) => `  - ${issue}`).join('\n')}\nCorrect them and try again.`;
    return `${error.subject} is invalid: ${shorten(issues.join('; '))}. Correct it and try again.`;
  }
  return undefined;
}

/** A connection's address as node reports it (`::1`, without the brackets a URL has). */
function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === 'localhost';
}

/** The URL @pnp's HttpRequestError keeps of the response, when it is one. */
function responseUrlOf(error: unknown): URL | undefined {
  const url = (error as { response?: { url?: unknown } }).response?.url;
  if (typeof url !== 'string' || url === '') return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** `/sites/tillit/_api/web/lists…`: enough to tell which request failed. */
function requestOf(url: URL | undefined): string {
  if (url === undefined) return 'a SharePoint request';
  try {
    return shorten(decodeURIComponent(`${url.pathname}${url.search}`));
  } catch {
    return shorten(`${url.pathname}${url.search}`);
  }
}

function describeHttpError(error: unknown): string | undefined {
  if (!isHttpRequestError(error)) return undefined;
  const url = responseUrlOf(error);
  const what = requestOf(url);
  const translated = toTillitError(error, what);
  const site: SiteKind = url === undefined ? 'unknown' : isLocalSite(url.href) ? 'local' : 'online';
  if (translated instanceof TillitError) return describeTillitError(translated, site);
  return `SharePoint answered ${error.status} to ${what} (${shorten(sharePointMessage(error))}): try again later; if it keeps failing, rerun with TILLIT_DEBUG=1 and report what it prints.`;
}

/** better-sqlite3 gives extended codes (SQLITE_READONLY_DBMOVED); the family is what matters here. */
function sqliteFamily(code: string): string {
  return /^SQLITE_[A-Z]+/.exec(code)?.[0] ?? code;
}

function describeSystemError(error: SystemErrorLike, context: FailureContext): string | undefined {
  const folder = context.dataDir ?? error.path ?? 'the data folder';
  const otherFolder = context.dataDirSetting === undefined ? 'choose another data folder' : `choose another with ${context.dataDirSetting}`;
  const database = `The local site's database in ${folder}`;
  const where = error.address === undefined ? 'the site' : `${error.address}${error.port === undefined ? '' : `:${error.port}`}`;
  switch (sqliteFamily(error.code)) {
    case 'EADDRINUSE':
      return `Port ${error.port ?? ''} is in use: stop the other Tillit (or whatever listens there) or ${context.portSetting ?? 'choose another port'}.`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      if (error.syscall === 'listen') return `Tillit may not listen on port ${error.port ?? ''}: ${context.portSetting ?? 'choose another port'} (above 1023).`;
      return `Tillit may not write in ${error.path ?? folder}: give your user write access to it, or ${otherFolder}.`;
    case 'ENOSPC':
    case 'SQLITE_FULL':
      return `The disk holding ${folder} is full: free some space and start again.`;
    case 'SQLITE_CANTOPEN':
    case 'SQLITE_READONLY':
    case 'SQLITE_PERM':
      return `${database} cannot be opened for writing (${shorten(error.message)}): give your user write access to the folder, or ${otherFolder}.`;
    case 'SQLITE_NOTADB':
    case 'SQLITE_CORRUPT':
      return `${database} is damaged or not a Tillit database (${shorten(error.message)}): move the folder away, or delete it to start over with a new demo region.`;
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return `${database} is in use by another process: stop the other Tillit that uses it, or ${otherFolder}.`;
    case 'SQLITE_IOERR':
      return `${database} could not be read or written (${shorten(error.message)}): check the disk, then start again.`;
    case 'ECONNREFUSED':
      return isLoopback(error.address)
        ? `Nothing answers at ${where}: start the local SharePoint first ('npm start' or 'tillit local-sharepoint'), or give the right --site.`
        : `Nothing answers at ${where}: check --site and the network.`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `The host ${error.hostname ?? ''} cannot be found: check --site (is the tenant's name right?) and the network.`;
    case 'ECONNRESET':
    case 'ETIMEDOUT':
    case 'EPIPE':
    case 'UND_ERR_SOCKET':
    case 'UND_ERR_CONNECT_TIMEOUT':
      return `The connection to ${where} was dropped or timed out: check the network and run the command again.`;
    default:
      return undefined;
  }
}

function describeOne(error: unknown, context: FailureContext): string | undefined {
  if (error instanceof TillitError) return describeTillitError(error);
  const http = describeHttpError(error);
  if (http !== undefined) return http;
  const system = systemErrorOf(error);
  return system === undefined ? undefined : describeSystemError(system, context);
}

/**
 * One sentence for a failure: the typed error family and the system errors a person can act on
 * (a port in use, a refused connection, a folder Tillit may not write, a damaged database) say
 * what to do next; anything else is its message on one line, known: false.
 */
export function describeFailure(error: unknown): FailureDescription {
  const { chain, context } = unwrapFailure(error);
  for (const link of chain) {
    const sentence = describeOne(link, context);
    if (sentence !== undefined) return { sentence, known: true };
  }
  const message = messageOf(chain[0]);
  return { sentence: message.replace(/\s*\n\s*/g, ' ').trim(), known: false };
}
