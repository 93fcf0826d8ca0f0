import { BOT_INSTALLATIONS_LIST } from '../lists/bot-installations-list';
import { defineMapper } from './list-mapper';
import { readId, readInstant, readText } from './read-values';
import { botInstallationSchema } from './records/bot-installation';
import { instantValue, optionalInstantValue, optionalTextValue } from './write-values';

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
    uninstalledAt: readInstant(item, 'UninstalledAt'),
    // Items written before issue 9 have no scope: they were personal installs.
    scope: readText(item, 'Scope'),
    teamId: readText(item, 'TeamId'),
    locale: readText(item, 'Locale'),
    staleAt: readInstant(item, 'StaleAt'),
    staleReason: readText(item, 'StaleReason')
  }),
  toFields: (installation) => ({
    Title: installation.email,
    AadObjectId: installation.aadObjectId,
    TeamsUserId: installation.teamsUserId,
    ConversationReference: JSON.stringify(installation.conversationReference),
    InstalledAt: instantValue(installation.installedAt),
    UninstalledAt: optionalInstantValue(installation.uninstalledAt),
    Scope: installation.scope,
    TeamId: optionalTextValue(installation.teamId),
    Locale: optionalTextValue(installation.locale),
    StaleAt: optionalInstantValue(installation.staleAt),
    StaleReason: optionalTextValue(installation.staleReason)
  })
});
