import { common } from './en/common';
import type { Messages } from './messages';
import { fields } from './en/fields';
import { values } from './en/values';
import { workbench } from './en/workbench';
import { classification } from './en/classification';
import { processing } from './en/processing';
import { register } from './en/register';
import { rolesRegister } from './en/roles-register';
import { configurationSummary } from './en/configuration-summary';
import { myTasks } from './en/my-tasks';
import { incidents } from './en/incidents';
import { imports } from './en/imports';
import { acknowledgement } from './en/acknowledgement';
import { council } from './en/council';

/** English; typed against the Swedish file, so a missing key fails the type check. */
export const en: Messages = {
  ...common,
  fields,
  values,
  workbench,
  classification,
  processing,
  register,
  rolesRegister,
  configurationSummary,
  myTasks,
  incidents,
  imports,
  acknowledgement,
  council
};
