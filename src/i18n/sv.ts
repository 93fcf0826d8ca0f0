import { common } from './sv/common';
import { fields } from './sv/fields';
import { values } from './sv/values';
import { workbench } from './sv/workbench';
import { classification } from './sv/classification';
import { processing } from './sv/processing';
import { register } from './sv/register';
import { rolesRegister } from './sv/roles-register';
import { configurationSummary } from './sv/configuration-summary';
import { myTasks } from './sv/my-tasks';
import { incidents } from './sv/incidents';
import { imports } from './sv/imports';
import { acknowledgement } from './sv/acknowledgement';
import { council } from './sv/council';

/**
 * Swedish, the first language of Tillit. Every key here must exist in en.ts (its type is derived
 * from this file). Region-specific terms (scales, roles, courses) are configuration, not here.
 */
export const sv = {
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
