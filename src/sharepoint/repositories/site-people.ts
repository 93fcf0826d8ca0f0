import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import '@pnp/sp/batching';
import type { SPFI } from '@pnp/sp';
import { NotFoundError } from '../../domain/shared/errors';
import type { PeopleResolver } from '../mappers/sharepoint-item';
import { translateErrors } from '../sharepoint-errors';

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
    for (let start = 0; start < missing.length; start += MAX_BATCH_PARTS) {
      const chunk = missing.slice(start, start + MAX_BATCH_PARTS);
      const [batchedSp, execute] = this.sp.batched();
      const pending = chunk.map((email) => batchedSp.web.ensureUser(loginOf(email)).then((user) => this.ids.set(email, user.Id)));
      await translateErrors('people', async () => {
        await execute();
        await Promise.all(pending);
      });
    }
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
