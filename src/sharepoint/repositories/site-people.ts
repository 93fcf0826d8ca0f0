import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import '@pnp/sp/batching';
import type { SPFI } from '@pnp/sp';
import { NotFoundError } from '../../domain/shared/errors';
import type { PeopleResolver } from '../mappers/sharepoint-item';
import { httpStatusOf, translateErrors } from '../sharepoint-errors';

/** Claims login of an Entra ID account, as ensureUser takes it. */
function loginOf(email: string): string {
  return `i:0#.f|membership|${email}`;
}

/** SharePoint counts each part of a $batch as a request; 100 is its documented ceiling. */
export const MAX_BATCH_PARTS = 100;

/**
 * E-mail → site user id, for writing person columns. A mapper is pure and synchronous, so the
 * repository resolves everyone a write needs first (`resolveAll`, batched ensureUser calls) and
 * then maps with `resolver`, which only reads the cache.
 */
export class SitePeople {
  private readonly ids = new Map<string, number>();

  public constructor(private readonly sp: SPFI) {}

  public async resolveAll(emails: Iterable<string>): Promise<void> {
    const missing = [...new Set([...emails].map((email) => email.toLowerCase()))].filter((email) => !this.ids.has(email));
    // Known site users are read (Read permission suffices); only people new to the site are
    // ensured, which SharePoint allows editors only.
    // @pnp/sp puts the e-mail into the URL as it is: an O'Brien needs the OData quote doubled here.
    const unknown = await this.inBatches(missing, (sp, email) => sp.web.siteUsers.getByEmail(email.replace(/'/g, "''")).select('Id')());
    await this.inBatches(unknown, (sp, email) => sp.web.ensureUser(loginOf(email)));
  }

  /** Runs one call per e-mail in $batch requests of 100; returns the e-mails SharePoint answered 404 for. */
  private async inBatches(emails: readonly string[], call: (sp: SPFI, email: string) => Promise<{ Id: number }>): Promise<string[]> {
    const notFound: string[] = [];
    for (let start = 0; start < emails.length; start += MAX_BATCH_PARTS) {
      const chunk = emails.slice(start, start + MAX_BATCH_PARTS);
      const [batchedSp, execute] = this.sp.batched();
      const pending = chunk.map((email) =>
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
    }
    return notFound;
  }

  public readonly resolver: PeopleResolver = (email) => {
    const id = this.ids.get(email.toLowerCase());
    if (id === undefined) throw new NotFoundError(`the site user ${email} (not resolved before writing)`);
    return id;
  };

  /** The e-mails a write will need: runs the mapping with a resolver that only records who is asked for. */
  public static emailsUsedBy(map: (people: PeopleResolver) => unknown): string[] {
    const asked: string[] = [];
    map((email) => {
      asked.push(email);
      return 1;
    });
    return asked;
  }
}
