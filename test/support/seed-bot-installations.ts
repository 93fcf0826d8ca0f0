import { createHash } from 'node:crypto';
import type { SPFI } from '@pnp/sp';
import { registerRepositories } from '../../src/sharepoint/repositories/register-repositories';
import type { Instant } from '../../src/domain/shared/calendar';
import type { BotInstallation } from '../../src/sharepoint/mappers/records/bot-installation';
import type { BotConnectorStandIn } from './bot-connector-stand-in';

/**
 * Everyone given has the bot installed, as if each had opened it in Teams: a BotInstallations row
 * with a conversation reference whose serviceUrl is the Bot Connector stand-in, and the same 1:1
 * conversation open in the stand-in. For the nudge run's load and fault tests (issue 9).
 */
export interface InstalledPerson {
  readonly email: string;
  readonly teamsUserId: string;
  readonly conversationId: string;
}

export const STAND_IN_TENANT_ID = '00000000-0000-4000-8000-00000000c0de';
export const STAND_IN_BOT_ID = '28:00000000-0000-4000-8000-0000000b0700';

const hashOf = (text: string): string => createHash('sha256').update(text).digest('hex');

/** A stable UUID-shaped Entra object id for a demo person (the demo has none). */
export function standInAadObjectId(email: string): string {
  const hex = hashOf(`aad:${email}`);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function standInTeamsUserId(email: string): string {
  return `29:1${Buffer.from(hashOf(`teams:${email}`), 'hex').toString('base64url').slice(0, 40)}`;
}

/** Installs in the stand-in only (no SharePoint write): what `seedBotInstallations` writes, as records. */
export function installationsFor(standIn: BotConnectorStandIn, emails: readonly string[], installedAt: Instant): { people: InstalledPerson[]; records: Omit<BotInstallation, 'id'>[] } {
  const people: InstalledPerson[] = [];
  const records: Omit<BotInstallation, 'id'>[] = [];
  for (const raw of emails) {
    const email = raw.toLowerCase();
    const teamsUserId = standInTeamsUserId(email);
    const aadObjectId = standInAadObjectId(email);
    const conversationId = standIn.install(teamsUserId, STAND_IN_TENANT_ID);
    people.push({ email, teamsUserId, conversationId });
    records.push({
      email,
      scope: 'personal',
      locale: 'sv-SE',
      aadObjectId,
      teamsUserId,
      // The Agents SDK's ConversationReference, as a personal-scope install event gives it.
      conversationReference: {
        channelId: 'msteams',
        serviceUrl: standIn.serviceUrl,
        locale: 'sv-SE',
        user: { id: teamsUserId, aadObjectId, role: 'user' },
        agent: { id: STAND_IN_BOT_ID, name: 'Tillit', role: 'bot' },
        conversation: { id: conversationId, conversationType: 'personal', tenantId: STAND_IN_TENANT_ID }
      },
      installedAt
    });
  }
  return { people, records };
}

/** Writes the rows through Tillit's own repository (batched, 100 parts a batch) and installs everyone in the stand-in. */
export async function seedBotInstallations(sp: SPFI, sitePath: string, standIn: BotConnectorStandIn, emails: readonly string[], installedAt: Instant): Promise<InstalledPerson[]> {
  const { people, records } = installationsFor(standIn, emails, installedAt);
  const repository = registerRepositories(sp, sitePath).botInstallations;
  await repository.addMany(records as never[], { keys: people.map((person) => `install:${person.email}`) });
  return people;
}
