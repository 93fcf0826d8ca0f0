import type { TurnContext } from '@microsoft/agents-hosting';
import type { BotInstallations } from './bot-installations';
import { memberOf, teamMembersOf, type TeamsMember } from './member-directory';

/** The team a channel activity belongs to (channelData.team.id), or undefined outside a team. */
export function teamIdOf(context: TurnContext): string | undefined {
  const channelData = context.activity.channelData as { team?: { id?: unknown } } | undefined;
  const id = channelData?.team?.id;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

function isPersonal(context: TurnContext): boolean {
  return context.activity.conversation?.conversationType === 'personal';
}

/**
 * Personal install (installationUpdate add): the installer's e-mail is asked of the Bot Connector
 * (activities carry none) and their chat's conversation reference recorded. Answers whether one was recorded.
 */
export async function recordPersonalInstall(context: TurnContext, installations: BotInstallations): Promise<boolean> {
  const from = context.activity.from;
  if (!isPersonal(context) || from?.id === undefined) return false;
  const member = await memberOf(context, from.id);
  if (member === undefined) return false;
  await installations.record({
    email: member.email,
    aadObjectId: member.aadObjectId,
    teamsUserId: member.teamsUserId,
    conversationReference: { ...context.activity.getConversationReference() },
    locale: context.activity.locale,
    scope: 'personal'
  });
  return true;
}

/**
 * Team members (the bot added to a team, or people added to a team that has it): each is recorded
 * with the team's reference and their own Teams id, so the sender can open a 1:1 chat with them
 * (createConversation; DESIGN.md, Limits: the Teams id cannot be derived from the Entra id).
 */
export async function recordTeamMembers(context: TurnContext, installations: BotInstallations, members?: readonly TeamsMember[]): Promise<number> {
  const teamId = teamIdOf(context);
  if (teamId === undefined) return 0;
  const everyone = members ?? (await teamMembersOf(context, teamId));
  const reference = context.activity.getConversationReference();
  for (const member of everyone) {
    await installations.record({
      email: member.email,
      aadObjectId: member.aadObjectId,
      teamsUserId: member.teamsUserId,
      conversationReference: { ...reference, user: { id: member.teamsUserId, aadObjectId: member.aadObjectId, name: member.name } },
      scope: 'team',
      teamId
    });
  }
  return everyone.length;
}

/** conversationUpdate membersAdded: the bot itself (a team install) or people joining a team that has it. */
export async function onMembersAdded(context: TurnContext, installations: BotInstallations): Promise<void> {
  const botId = context.activity.recipient?.id;
  const added = context.activity.membersAdded ?? [];
  if (teamIdOf(context) === undefined) return;
  if (added.some((member) => member.id === botId)) {
    await recordTeamMembers(context, installations);
    return;
  }
  const members: TeamsMember[] = [];
  for (const account of added) {
    if (account.id === undefined || account.id === '') continue;
    const member = await memberOf(context, account.id);
    if (member !== undefined) members.push(member);
  }
  await recordTeamMembers(context, installations, members);
}

/** conversationUpdate membersRemoved: the bot removed from a team forgets the team; people who left it are forgotten for it. */
export async function onMembersRemoved(context: TurnContext, installations: BotInstallations): Promise<void> {
  const teamId = teamIdOf(context);
  if (teamId === undefined) return;
  const removed = context.activity.membersRemoved ?? [];
  const botId = context.activity.recipient?.id;
  if (removed.some((member) => member.id === botId)) {
    await installations.forgetTeam(teamId);
    return;
  }
  const ids = removed.map((member) => member.aadObjectId).filter((id): id is string => typeof id === 'string' && id !== '');
  if (ids.length > 0) await installations.forgetTeam(teamId, ids);
}

/** installationUpdate remove: a personal uninstall forgets the person's chat; a team's forgets its members. */
export async function onUninstall(context: TurnContext, installations: BotInstallations): Promise<void> {
  const teamId = teamIdOf(context);
  if (teamId !== undefined && !isPersonal(context)) {
    await installations.forgetTeam(teamId);
    return;
  }
  const aadObjectId = context.activity.from?.aadObjectId;
  if (aadObjectId !== undefined && aadObjectId !== '') await installations.forgetPersonal(aadObjectId);
}
