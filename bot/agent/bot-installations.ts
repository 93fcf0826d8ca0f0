import { z } from 'zod';
import { ConflictError } from '../../src/domain/shared/errors';
import { emailSchema } from '../../src/domain/shared/person-ref';
import { instantOf } from '../../src/domain/shared/calendar';
import { parseOrThrow } from '../../src/domain/shared/validation';
import { eq } from '../../src/sharepoint/odata-literal';
import { botInstallationSchema, type BotInstallation } from '../../src/sharepoint/mappers/records/bot-installation';
import type { AppApiServices } from '../api/app-api-services';

type InstallationServices = Pick<AppApiServices, 'registers' | 'now' | 'log'>;

/** What a Teams event tells about one person, validated before anything is written (R-SEC-2). */
export const installationEventSchema = z.object({
  email: emailSchema,
  aadObjectId: z.string().trim().min(1, 'the Entra object id is required').max(255),
  teamsUserId: z.string().trim().min(1, 'the Teams user id is required').max(255),
  conversationReference: z.record(z.unknown()),
  locale: botInstallationSchema.shape.locale,
  scope: z.enum(['personal', 'team']),
  teamId: z.string().trim().min(1).max(255).optional()
});
export type InstallationEvent = z.input<typeof installationEventSchema>;

/** Two writers at once (two app service instances, a team install and a personal one): a conflict is read again and retried this often. */
const MAX_ROUNDS = 3;

/**
 * The BotInstallations list, written with the app's identity and ETags (R-SEC-2): one item per
 * person (Entra object id and e-mail are both unique), holding how to reach them. A personal
 * install wins over a team membership (the 1:1 chat exists); an uninstall or a failed send keeps
 * the item, marked, so the log shows what happened (R-SEC-4) and a reinstall clears the mark.
 */
export class BotInstallations {
  public constructor(private readonly services: InstallationServices) {}

  private get list(): AppApiServices['registers']['botInstallations'] {
    return this.services.registers.botInstallations;
  }

  /** The person's installation by e-mail (indexed Title), whatever its state; undefined when none. */
  public async byEmail(email: string): Promise<BotInstallation | undefined> {
    return this.first(eq('Title', parseOrThrow(emailSchema, email, 'The e-mail')));
  }

  /** By Entra object id (indexed): what a Teams activity names its sender by. */
  public async byAadObjectId(aadObjectId: string): Promise<BotInstallation | undefined> {
    return this.first(eq('AadObjectId', aadObjectId));
  }

  /** Installations a sender may use: installed, not stale. */
  public static isReachable(installation: BotInstallation): boolean {
    return installation.uninstalledAt === undefined && installation.staleAt === undefined;
  }

  /** Records (or renews) an installation from an install event or a message: the latest conversation reference wins. */
  public async record(event: InstallationEvent): Promise<BotInstallation | undefined> {
    const parsed = parseOrThrow(installationEventSchema, event, 'The installation');
    const at = instantOf(this.services.now());
    return this.write(parsed.aadObjectId, parsed.email, (current) => {
      // A team membership never replaces a working personal chat.
      if (current !== undefined && parsed.scope === 'team' && current.scope === 'personal' && BotInstallations.isReachable(current)) return undefined;
      const renewed = current !== undefined && BotInstallations.isReachable(current) && current.scope === parsed.scope && current.teamId === parsed.teamId;
      return botInstallationSchema.parse({
        id: current?.id ?? 'new',
        email: parsed.email,
        aadObjectId: parsed.aadObjectId,
        teamsUserId: parsed.teamsUserId,
        conversationReference: JSON.stringify(parsed.conversationReference),
        installedAt: renewed ? current.installedAt : at,
        scope: parsed.scope,
        teamId: parsed.scope === 'team' ? parsed.teamId : undefined,
        locale: parsed.locale ?? current?.locale
      });
    });
  }

  /** Keeps the person's Teams locale when a message carries another one (one write only when it changed). */
  public async keepLocale(installation: BotInstallation, locale: string | undefined): Promise<void> {
    const parsed = botInstallationSchema.shape.locale.safeParse(locale);
    if (!parsed.success || parsed.data === undefined || parsed.data === installation.locale) return;
    await this.write(installation.aadObjectId, installation.email, (current) => (current === undefined ? undefined : { ...current, locale: parsed.data }));
  }

  /** The person uninstalled the bot from their personal scope: the sender no longer reaches them there. */
  public async forgetPersonal(aadObjectId: string): Promise<void> {
    const at = instantOf(this.services.now());
    await this.write(aadObjectId, undefined, (current) => (current === undefined || current.scope !== 'personal' || current.uninstalledAt !== undefined ? undefined : { ...current, uninstalledAt: at }));
  }

  /** The bot was removed from a team, or a member left it: that team's memberships are forgotten. */
  public async forgetTeam(teamId: string, aadObjectIds?: readonly string[]): Promise<number> {
    const at = instantOf(this.services.now());
    const read = await this.list.readAll(eq('TeamId', teamId));
    const members = read.valid.filter((installation) => installation.scope === 'team' && installation.uninstalledAt === undefined && (aadObjectIds === undefined || aadObjectIds.includes(installation.aadObjectId)));
    for (const member of members) {
      await this.write(member.aadObjectId, undefined, (current) => (current === undefined || current.teamId !== teamId || current.uninstalledAt !== undefined ? undefined : { ...current, uninstalledAt: at }));
    }
    return members.length;
  }

  /**
   * For the sender: a send to this person was answered 403 (the app uninstalled) or 404 (the
   * conversation is gone). The installation is marked stale, never deleted, and skipped until the
   * person installs again. Unknown e-mails are ignored (the person may have been removed meanwhile).
   */
  public async markStale(email: string, reason: string): Promise<boolean> {
    const address = parseOrThrow(emailSchema, email, 'The e-mail');
    const why = z.string().trim().min(1, 'a reason is required').max(255).parse(reason.slice(0, 255));
    const at = instantOf(this.services.now());
    const current = await this.byEmail(address);
    if (current === undefined) return false;
    await this.write(current.aadObjectId, address, (latest) => (latest === undefined || latest.staleAt !== undefined ? undefined : { ...latest, staleAt: at, staleReason: why }));
    return true;
  }

  private async first(filter: string): Promise<BotInstallation | undefined> {
    const read = await this.list.readAll(filter);
    for (const rejected of read.rejected) this.services.log(`bot: installation ${rejected.id ?? '?'} is malformed and ignored`);
    return read.valid[0];
  }

  /**
   * Read, decide, write with If-Match; a conflict (someone wrote in between) reads again and decides
   * again. `decide` answers undefined when nothing needs writing.
   */
  private async write(aadObjectId: string, email: string | undefined, decide: (current: BotInstallation | undefined) => BotInstallation | undefined): Promise<BotInstallation | undefined> {
    for (let round = 1; ; round += 1) {
      const found = (await this.byAadObjectId(aadObjectId)) ?? (email === undefined ? undefined : await this.byEmail(email));
      const stored = found === undefined ? undefined : await this.list.get(found.id);
      const next = decide(stored?.record);
      if (next === undefined) return stored?.record;
      try {
        if (stored === undefined) return (await this.list.add(next, { key: `bot-installation:${aadObjectId}` })).record;
        await this.list.update(stored.id, { ...next, id: stored.id }, stored.etag);
        return { ...next, id: stored.id };
      } catch (error) {
        if (!(error instanceof ConflictError) || round >= MAX_ROUNDS) throw error;
        this.services.log(`bot: installation of ${aadObjectId} changed while being written; reading it again (${round})`);
      }
    }
  }
}
