import { Version } from '@microsoft/sp-core-library';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import { type IPropertyPaneConfiguration, PropertyPaneDropdown } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import * as strings from 'RegisterWebPartStrings';

import type { Locale } from '../../src/domain/shared/localized-text';
import { createTranslator } from '../../src/i18n/translator';
import { connectWithSpfxContext } from '../../src/sharepoint/browser/browser-site';
import { REGISTER_KEYS } from '../../src/ui/register/register-definition';
import { REGISTERS } from '../../src/ui/register/registers';
import { localeFromCulture, themeFromPageSection, themeFromTeams } from '../../src/ui/shell/host-settings';
import { renderWebPart, unmountWebPart } from '../../src/ui/shell/render-web-part';
import type { TillitTheme } from '../../src/ui/shell/tillit-provider';
import { createWebPartServices, type WebPartServices } from '../../src/ui/shell/web-part-services';
import { registerPart } from '../../src/ui/web-parts/register-part';

export interface IRegisterWebPartProps {
  register: string;
  view: string;
}

/**
 * Shell only (DESIGN.md): onInit reads the host and builds the services, render hands them to the
 * one render path the workbench uses too. The component is src/ui/register.
 */
export default class RegisterWebPart extends BaseClientSideWebPart<IRegisterWebPartProps> {
  private _services!: WebPartServices;
  private _locale: Locale = 'sv';
  private _theme: TillitTheme = 'light';
  private _inTeams: boolean = false;

  protected async onInit(): Promise<void> {
    await super.onInit();
    this._services = createWebPartServices(connectWithSpfxContext(this.context));
    this._locale = localeFromCulture(this.context.pageContext.cultureInfo.currentUICultureName);

    const teams = this.context.sdks.microsoftTeams;
    if (teams) {
      this._inTeams = true;
      const teamsContext = await teams.teamsJs.app.getContext();
      this._locale = localeFromCulture(teamsContext.app.locale);
      this._theme = themeFromTeams(teamsContext.app.theme);
      teams.teamsJs.app.registerOnThemeChangeHandler((theme: string) => {
        this._theme = themeFromTeams(theme);
        this.render();
      });
    }
  }

  public render(): void {
    renderWebPart(this.domElement, registerPart, { locale: this._locale, theme: this._theme, services: this._services }, this.properties);
  }

  protected onThemeChanged(theme: IReadonlyTheme | undefined): void {
    if (!this._inTeams) this._theme = themeFromPageSection(theme?.isInverted);
  }

  protected onDispose(): void {
    unmountWebPart(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected onPropertyPaneFieldChanged(propertyPath: string): void {
    // Another register has other views: start it on its first.
    if (propertyPath === 'register') this.properties.view = 'all';
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    const chosen = REGISTER_KEYS.find((key) => key === this.properties.register) ?? 'assets';
    // Register and view names come from Tillit's own messages, the same words the web part shows.
    const t = createTranslator(this._locale);
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
                  options: REGISTERS[chosen].views.map((view) => ({ key: view.key, text: t(`register.views.${view.key}`) }))
                })
              ]
            }
          ]
        }
      ]
    };
  }
}
