import { CloudAdapter, HttpError, type ConnectorClient, type TurnContext } from '@microsoft/agents-hosting';
import { z } from 'zod';
import { emailSchema } from '../../src/domain/shared/person-ref';

/**
 * A Teams member as the Bot Connector names them (`GET v3/conversations/{id}/members/{userId}`,
 * `…/pagedmembers`): activities carry no e-mail, so the bot asks. Agents Playground answers the same
 * shape from its configuration file (email, userPrincipalName, aadObjectId — `objectId` in the
 * unpaged list).
 */
const memberSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().optional(),
    aadObjectId: z.string().min(1).optional(),
    objectId: z.string().min(1).optional(),
    email: z.string().optional(),
    userPrincipalName: z.string().optional()
  })
  .passthrough();

export interface TeamsMember {
  readonly teamsUserId: string;
  readonly aadObjectId: string;
  readonly email: string;
  readonly name: string | undefined;
}

const pagedMembersSchema = z.object({ members: z.array(z.unknown()), continuationToken: z.string().optional().nullable() });

/** A member with an e-mail (or a UPN that is one) and an Entra id; anyone else (a guest without, a bot) is left out. */
export function teamsMemberOf(raw: unknown): TeamsMember | undefined {
  const parsed = memberSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const aadObjectId = parsed.data.aadObjectId ?? parsed.data.objectId;
  const email = emailSchema.safeParse(parsed.data.email ?? parsed.data.userPrincipalName);
  if (aadObjectId === undefined || !email.success) return undefined;
  return { teamsUserId: parsed.data.id, aadObjectId, email: email.data, name: parsed.data.name };
}

function connectorOf(context: TurnContext): ConnectorClient {
  const client = context.turnState.get<ConnectorClient | undefined>(context.adapter instanceof CloudAdapter ? context.adapter.ConnectorClientKey : Symbol('none'));
  if (client === undefined) throw new Error('The turn has no connector client: the member cannot be looked up.');
  return client;
}

/** One member of the turn's conversation (TeamsInfo.getMember's request); undefined when the connector knows no such member (404). */
export async function memberOf(context: TurnContext, teamsUserId: string): Promise<TeamsMember | undefined> {
  try {
    return teamsMemberOf(await connectorOf(context).getConversationMember(teamsUserId, context.activity.conversation?.id ?? ''));
  } catch (error) {
    if (error instanceof HttpError && error.status === 404) return undefined;
    throw error;
  }
}

/** Every member of a team, page by page (the Bot Connector's pagedmembers, at most 500 a page). */
export async function teamMembersOf(context: TurnContext, teamConversationId: string): Promise<TeamsMember[]> {
  const client = connectorOf(context);
  const members: TeamsMember[] = [];
  let continuationToken: string | undefined;
  do {
    const response = await client.httpClient.get(`v3/conversations/${encodeURIComponent(teamConversationId)}/pagedmembers`, {
      params: { pageSize: '500', continuationToken }
    });
    const page = pagedMembersSchema.parse(response.data);
    for (const raw of page.members) {
      const member = teamsMemberOf(raw);
      if (member !== undefined) members.push(member);
    }
    continuationToken = page.continuationToken ?? undefined;
  } while (continuationToken !== undefined && continuationToken !== '');
  return members;
}
