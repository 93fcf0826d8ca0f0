import { messagePack } from '../i18n/message-pack';
import { acknowledgement } from '../i18n/sv/acknowledgement';
import { council } from '../i18n/sv/council';
import { incidents } from '../i18n/sv/incidents';
import { myTasks } from '../i18n/sv/my-tasks';
import { values } from '../i18n/sv/values';
import { workbench } from '../i18n/sv/workbench';

/**
 * The tab's own message pack: the council's dashboard, My tasks (the personal tab mounts it, with
 * what its dialogs say), choice labels, and locally the demo identities' roles (workbench).
 */
export const TAB_MESSAGES = messagePack({ council, values, workbench, myTasks, acknowledgement, incidents });
