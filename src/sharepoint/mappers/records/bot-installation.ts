import { z } from 'zod';
import { instantSchema } from '../../../domain/shared/calendar';
import { emailSchema, idSchema } from '../../../domain/shared/person-ref';
import { jsonTextSchema } from './json-text';

export const BOT_INSTALLATION_SCOPES = ['personal', 'team'] as const;
export type BotInstallationScope = (typeof BOT_INSTALLATION_SCOPES)[number];

/**
 * A person's installation of the bot, recorded from Teams install events: the Teams user id
 * cannot be derived from the Entra id, so the conversation reference captured here is the only
 * way to message the person proactively (DESIGN.md, Limits).
 */
export const botInstallationSchema = z.object({
  id: idSchema,
  email: emailSchema,
  aadObjectId: z.string().trim().min(1, 'the Entra object id is required'),
  teamsUserId: z.string().trim().min(1, 'the Teams user id is required'),
  /** Bot Framework's ConversationReference, kept whole: the sender passes it back to continueConversation. */
  conversationReference: jsonTextSchema.pipe(z.record(z.unknown())),
  installedAt: instantSchema,
  /** Set on an uninstall event; the sender skips such people and logs `not-installed`. */
  uninstalledAt: instantSchema.optional(),
  /** personal: the person installed the bot; team: a member of a team where it is installed (the sender opens a 1:1 chat first). */
  scope: z.enum(BOT_INSTALLATION_SCOPES).default('personal'),
  /** The team's conversation id, for scope team: a team uninstall forgets its members. */
  teamId: z.string().trim().min(1).max(255).optional(),
  /** The person's Teams locale (activity.locale, e.g. sv-SE): the bot and the sender answer in it. */
  locale: z.string().trim().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as sv-SE').max(20).optional(),
  /** A send answered 403/404 (the app uninstalled, the conversation gone): the sender skips it until the person installs again. */
  staleAt: instantSchema.optional(),
  staleReason: z.string().trim().max(255).optional()
});
export type BotInstallation = z.output<typeof botInstallationSchema>;
export type BotInstallationInput = z.input<typeof botInstallationSchema>;
