import { z } from 'zod';
import { instantSchema } from '../../../domain/shared/calendar';
import { emailSchema, idSchema } from '../../../domain/shared/person-ref';
import { jsonTextSchema } from './json-text';

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
  uninstalledAt: instantSchema.optional()
});
export type BotInstallation = z.output<typeof botInstallationSchema>;
