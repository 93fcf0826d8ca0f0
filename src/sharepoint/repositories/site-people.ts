import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import '@pnp/sp/batching';
import type { SPFI } from '@pnp/sp';
import { NotFoundError } from '../../domain/shared/errors';
import type { PeopleResolver } from '../mappers/sharepoint-item';
import { httpStatusOf, translateErrors } from '../sharepoint-errors';
import { chunksOf, forEachChunk } from '../batches-in-flight';

/** Claims login of an Entra ID account, as ensureUser and group membership take it. */
export function claimsLoginOf(email: string): string {
  return `i:0#.f|membership|${email}`;
}

/** SharePoint counts each part of a $batch as a request; 100 is its documented ceiling. */
export const MAX_BATCH_PARTS = 100;

interface SiteUserRow {
  readonly Id: number;
  readonly Email?: string | null;
  readonly PrincipalType?: number;
}

/**
 * E-mail → site user id, for writing person columns. A mapper is pure and synchronous, so the
 * repository resolves everyone a write needs first (`resolveAll`, batched ensureUser calls) and
 * then maps with `resolver`, which only reads the cache. Person ids are the site's whoever asks:
 * repositories signed in as different people may share one SitePeople and its cache; its own
 * connection does the lookups.
 */
export class SitePeople {
  private readonly ids = new Map<string, number>();
  private siteUsersRead: Promise<void> | undefined;

  public constructor(private readonly sp: SPFI) {}

  public async resolveAll(emails: Iterable<string>): Promise<void> {
    const missing = this.notCached(emails);
    if (missing.length > MAX_BATCH_PARTS) {
      // Many people at once (an import, the demo region): the site's whole user list in one
      // request beats a lookup per person; whoever it lacks is new to the site.
      await this.readSiteUsers();
      await this.inBatches(this.notCached(missing), (sp, email) => sp.web.ensureUser(claimsLoginOf(email)));
      return;
    }
    // Known site users are read (Read permission suffices); only people new to the site are
    // ensured, which SharePoint allows editors only.
    // @pnp/sp puts the e-mail into the URL as it is: an O'Brien needs the OData quote doubled here.
    const unknown = await this.inBatches(missing, (sp, email) => sp.web.siteUsers.getByEmail(email.replace(/'/g, "''")).select('Id')());
    await this.inBatches(this.notCached(unknown), (sp, email) => sp.web.ensureUser(claimsLoginOf(email)));
  }

  private notCached(emails: Iterable<string>): string[] {
    return [...new Set([...emails].map((email) => email.toLowerCase()))].filter((email) => !this.ids.has(email));
  }

  /** The site's user list, read once (callers at the same time share the one request; a failed read is tried again next time). */
  private readSiteUsers(): Promise<void> {
    this.siteUsersRead ??= translateErrors('people', async () => {
      const users = (await this.sp.web.siteUsers.select('Id', 'Email', 'PrincipalType')()) as SiteUserRow[];
      // Only people (PrincipalType 1) are matched by e-mail; groups and "Everyone" are not.
      for (const user of users) if (user.PrincipalType === 1 && user.Email) this.ids.set(user.Email.toLowerCase(), user.Id);
    }).catch((error: unknown) => {
      this.siteUsersRead = undefined;
      throw error;
    });
    return this.siteUsersRead;
  }

  /** Runs one call per e-mail in $batch requests of 100, a few in flight; returns the e-mails SharePoint answered 404 for. */
  private async inBatches(emails: readonly string[], call: (sp: SPFI, email: string) => Promise<{ Id: number }>): Promise<string[]> {
    const notFound: string[] = [];
    const chunks = chunksOf(emails, MAX_BATCH_PARTS);
    await forEachChunk(chunks.length, async (index) => {
      const [batchedSp, execute] = this.sp.batched();
      const pending = chunks[index].map((email) =>
        call(batchedSp, email).then(
          (user) => {
            this.ids.set(email, user.Id);
          },
          (error: unknown) => {
            if (httpStatusOf(error) === 404) notFound.push(email);
            else throw error;
          }
        )
      );
      await translateErrors('people', async () => {
        await execute();
        await Promise.all(pending);
      });
    });
    return notFound;
  }

  public readonly resolver: PeopleResolver = (email) => {
    const id = this.ids.get(email.toLowerCase());
    if (id === undefined) throw new NotFoundError(`the site user ${email} (not resolved before writing)`);
    return id;
  };

  /**
   * The e-mails a mapping asks for that are not resolved yet: runs it with a resolver that answers
   * from the cache and notes the misses (their placeholder ids are never written).
   */
  public missingFrom(map: (people: PeopleResolver) => unknown): string[] {
    const missing = new Set<string>();
    map((email) => {
      const id = this.ids.get(email.toLowerCase());
      if (id === undefined) missing.add(email);
      return id ?? 0;
    });
    return [...missing];
  }
}
