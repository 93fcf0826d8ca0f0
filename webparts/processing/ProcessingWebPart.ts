import { Version } from '@microsoft/sp-core-library';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import { type IPropertyPaneConfiguration, PropertyPaneLabel } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import * as strings from 'ProcessingWebPartStrings';

import type { Locale } from '../../src/domain/shared/localized-text';
import { connectWithSpfxContext } from '../../src/sharepoint/browser/browser-site';
import { localeFromCulture, themeFromPageSection, themeFromTeams } from '../../src/ui/shell/host-settings';
import { renderWebPart, unmountWebPart } from '../../src/ui/shell/render-web-part';
import type { TillitTheme } from '../../src/ui/shell/tillit-provider';
import { createWebPartServices, type WebPartServices } from '../../src/ui/shell/web-part-services';
import { processingPart } from '../../src/ui/web-parts/processing-part';

export interface IProcessingWebPartProps {}

/**
 * Shell only (DESIGN.md): onInit reads the host (SharePoint page or Teams) and builds the services,
 * render hands them to the one render path the workbench uses too (src/ui/shell/render-web-part).
 * The component itself is src/ui/processing and is tested there and in the browser tests.
 */
export default class ProcessingWebPart extends BaseClientSideWebPart<IProcessingWebPartProps> {
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
      // In a Teams tab or personal app, Teams' own language and theme are what the user sees around the web part.
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
    renderWebPart(this.domElement, processingPart, { locale: this._locale, theme: this._theme, services: this._services }, this.properties);
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

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return {
      pages: [
        {
          header: { description: strings.PropertyPaneDescription },
          groups: [
            {
              groupName: strings.AboutGroupName,
              groupFields: [PropertyPaneLabel('about', { text: strings.About })]
            }
          ]
        }
      ]
    };
  }
}
