import * as React from 'react';
import { z } from 'zod';
import { REGISTER_KEYS } from '../register/register-definition';
import { RegisterView } from '../register/register-view';
import type { WebPartDefinition } from '../shell/web-part-definition';
import { fields } from '../../i18n/sv/fields';
import { imports } from '../../i18n/sv/imports';
import { register } from '../../i18n/sv/register';
import { rolesRegister } from '../../i18n/sv/roles-register';
import { values } from '../../i18n/sv/values';
import { messagePack } from '../../i18n/message-pack';

/** The property pane's choice: which register and which of its views (a page saved by an older version falls back to the defaults). */
export const registerPartProperties = z.object({
  register: z.enum(REGISTER_KEYS).catch('assets').default('assets'),
  view: z.string().trim().min(1).catch('all').default('all')
});

export const registerPart: WebPartDefinition<z.infer<typeof registerPartProperties>> = {
  key: 'register',
  messages: messagePack({ fields, imports, register, rolesRegister, values }),
  properties: registerPartProperties,
  render: (environment, properties) => (
    <RegisterView
      register={properties.register}
      view={properties.view}
      registers={environment.services.registers}
      config={environment.services.config}
      locale={environment.locale}
      signedInPerson={environment.services.signedInPerson}
    />
  )
};
