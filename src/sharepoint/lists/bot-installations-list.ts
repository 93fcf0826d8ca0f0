import { choiceField, instantField, noteField, textField } from './field-builders';
import { OPERATIONS_PERMISSIONS } from './list-permissions';
import type { ListSchema } from './list-schema';

/**
 * Who has the bot installed, recorded by the bot from Teams install events. Title holds the
 * person's e-mail (UPN, lower case): a text column, not a person column, because the bot records
 * the install inside a Teams turn with what the event carries, without resolving a site user first.
 */
export const BOT_INSTALLATIONS_LIST: ListSchema = {
  key: 'botInstallations',
  url: 'Lists/BotInstallations',
  title: 'Botinstallationer',
  description: 'Personer som har Tillit-boten installerad, med konversationsreferensen för proaktiva meddelanden.',
  // Indexed and unique: the sender finds a recipient's conversation by e-mail.
  titleField: { title: 'E-post', description: 'Personens e-postadress (UPN).', required: true, indexed: true, unique: true, generated: false },
  fields: [
    // Indexed and unique: install and uninstall events name the person by Entra object id.
    textField('AadObjectId', 'Entra-id', 'Personens objekt-id i Entra ID.', { required: true, indexed: true, unique: true }),
    textField('TeamsUserId', 'Teams-id', 'Personens användar-id i Teams.', { required: true }),
    // JSON, because nothing filters on it: the bot hands it back to Bot Framework whole.
    noteField('ConversationReference', 'Konversationsreferens', 'Bot Frameworks konversationsreferens som JSON.', { required: true }),
    instantField('InstalledAt', 'Installerad', 'När boten installerades.', { required: true }),
    instantField('UninstalledAt', 'Avinstallerad', 'När boten avinstallerades; tomt medan den är installerad.'),
    // Issue 9: how the bot reached the person, in which language to answer, and whether a send failed.
    choiceField('Scope', 'Omfattning', 'personal: installerad i personens chatt; team: medlem i ett team där boten är installerad.', ['personal', 'team']),
    // Indexed: a team uninstall finds its members by it, past the list view threshold.
    textField('TeamId', 'Team', 'Teamets konversations-id när omfattningen är team.', { maxLength: 255, indexed: true }),
    textField('Locale', 'Språk', 'Personens språk i Teams (t.ex. sv-SE), som boten svarar på.', { maxLength: 20 }),
    instantField('StaleAt', 'Inaktuell sedan', 'När ett utskick besvarades med 403 eller 404 (appen avinstallerad, konversationen borta).'),
    textField('StaleReason', 'Orsak', 'Vad Teams svarade när installationen blev inaktuell.', { maxLength: 255 })
  ],
  permissions: OPERATIONS_PERMISSIONS
};
