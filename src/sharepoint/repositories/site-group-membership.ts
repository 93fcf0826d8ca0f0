import '@pnp/sp/webs';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import '@pnp/sp/batching';
import type { SPFI } from '@pnp/sp';
import { translateErrors } from '../sharepoint-errors';
import { chunksOf, forEachChunk } from '../batches-in-flight';
import { MAX_BATCH_PARTS } from './site-people';

/** One account to put into one site group. */
export interface GroupMembership {
  /** The group's title, as in SITE_GROUPS (list-schema.ts). */
  readonly groupTitle: string;
  /** A claims login: `i:0#.f|membership|anna@…` (claimsLoginOf) or a group claim such as "Everyone except external users". */
  readonly loginName: string;
}

/**
 * Who is in the site's groups (R-SEC-1 gives each list its read and edit groups). Adding someone
 * already in a group changes nothing, as in SharePoint; SharePoint adds an account new to the site
 * to its user list on the way.
 */
export class SiteGroupMembership {
  public constructor(private readonly sp: SPFI) {}

  /**
   * Adds every membership, in $batch requests of at most 100 parts, a few in flight. A part that
   * fails (an account the directory does not know, a group that does not exist) fails the call
   * with its error, after the rest of its batch has landed.
   */
  public async add(memberships: readonly GroupMembership[]): Promise<void> {
    const chunks = chunksOf(memberships, MAX_BATCH_PARTS);
    await forEachChunk(chunks.length, async (index) => {
      const [batchedSp, execute] = this.sp.batched();
      const pending = chunks[index].map((membership) => batchedSp.web.siteGroups.getByName(membership.groupTitle).users.add(membership.loginName));
      await translateErrors('site group membership', async () => {
        await execute();
        await Promise.all(pending);
      });
    });
  }

  /** The login names of a group's members (people and claims alike), lower-cased. */
  public async loginNamesIn(groupTitle: string): Promise<string[]> {
    return translateErrors(`the site group ${groupTitle}`, async () => {
      const users = (await this.sp.web.siteGroups.getByName(groupTitle).users.select('LoginName')()) as { LoginName: string }[];
      return users.map((user) => user.LoginName.toLowerCase());
    });
  }
}
