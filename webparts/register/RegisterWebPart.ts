import { type IPropertyPaneConfiguration, PropertyPaneDropdown } from '@microsoft/sp-property-pane';
import * as strings from 'RegisterWebPartStrings';

import { loadRegionConfig } from '../../src/config/load-region-config';
import { createTranslator } from '../../src/i18n/translator';
import { REGISTER_KEYS } from '../../src/ui/register/register-definition';
import { REGISTERS } from '../../src/ui/register/registers';
import { roleSlotViews } from '../../src/ui/register/roles/role-slot-views';
import { registerPart } from '../../src/ui/web-parts/register-part';
import { TillitWebPartBase } from '../tillit-web-part-base';

export interface IRegisterWebPartProps {
  register: string;
  view: string;
}

/** Shell only (DESIGN.md): the host, the theme and the render path are TillitWebPartBase's; the component is src/ui/register. */
export default class RegisterWebPart extends TillitWebPartBase<IRegisterWebPartProps> {
  protected readonly part = registerPart;

  protected onPropertyPaneFieldChanged(propertyPath: string): void {
    // Another register has other views: start it on its first.
    if (propertyPath === 'register') this.properties.view = 'all';
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    const chosen = REGISTER_KEYS.find((key) => key === this.properties.register) ?? 'assets';
    // Register and view names come from Tillit's own messages, the same words the web part shows.
    const t = createTranslator(this.locale);
    return {
      pages: [
        {
          header: { description: strings.PropertyPaneDescription },
          groups: [
            {
              groupName: strings.RegisterGroupName,
              groupFields: [
                PropertyPaneDropdown('register', {
                  label: strings.RegisterFieldLabel,
                  options: REGISTER_KEYS.map((key) => ({ key, text: t(`registers.${key}`) }))
                }),
                PropertyPaneDropdown('view', {
                  label: strings.ViewFieldLabel,
                  options:
                    chosen === 'roles'
                      ? roleSlotViews(loadRegionConfig(), this.locale).map((view) => ({ key: view.key, text: 'text' in view.label ? view.label.text : t(view.label.messageKey) }))
                      : REGISTERS[chosen].views.map((view) => ({ key: view.key, text: t(`register.views.${view.key}`) }))
                })
              ]
            }
          ]
        }
      ]
    };
  }
}
