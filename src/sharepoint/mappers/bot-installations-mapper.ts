import { BOT_INSTALLATIONS_LIST } from '../lists/bot-installations-list';
import { defineMapper } from './list-mapper';
import { readId, readInstant, readText } from './read-values';
import { botInstallationSchema } from './records/bot-installation';
import { instantValue, optionalInstantValue } from './write-values';

export const botInstallationsMapper = defineMapper({
  list: BOT_INSTALLATIONS_LIST,
  schema: botInstallationSchema,
  toDomain: (item) => ({
    id: readId(item),
    email: readText(item, 'Title'),
    aadObjectId: readText(item, 'AadObjectId'),
    teamsUserId: readText(item, 'TeamsUserId'),
    conversationReference: readText(item, 'ConversationReference'),
    installedAt: readInstant(item, 'InstalledAt'),
    uninstalledAt: readInstant(item, 'UninstalledAt')
  }),
  toFields: (installation) => ({
    Title: installation.email,
    AadObjectId: installation.aadObjectId,
    TeamsUserId: installation.teamsUserId,
    ConversationReference: JSON.stringify(installation.conversationReference),
    InstalledAt: instantValue(installation.installedAt),
    UninstalledAt: optionalInstantValue(installation.uninstalledAt)
  })
});
