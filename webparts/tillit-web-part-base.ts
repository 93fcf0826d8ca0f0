import { Version } from '@microsoft/sp-core-library';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';

import { aadAppService } from './app-service-connection';
import { installMessagePack } from '../src/i18n/installed-messages';
import type { Locale } from '../src/domain/shared/localized-text';
import { connectWithSpfxContext } from '../src/sharepoint/browser/browser-site';
import { localeFromCulture, themeFromPageSection, themeFromTeams } from '../src/ui/shell/host-settings';
import { renderWebPart, unmountWebPart } from '../src/ui/shell/render-web-part';
import { prepareTheme } from '../src/ui/shell/themes';
import type { TillitTheme } from '../src/ui/shell/tillit-provider';
import type { WebPartDefinition } from '../src/ui/shell/web-part-definition';
import { createWebPartServices, type WebPartServices } from '../src/ui/shell/web-part-services';

/**
 * What every Tillit shell does alike (DESIGN.md: shells only): onInit reads the host (a SharePoint
 * page or Teams) and builds the services, render hands them to the one render path the workbench
 * uses too (src/ui/shell/render-web-part), the theme follows the host, dispose unmounts. A shell
 * names its part and keeps only its property pane.
 *
 * A file beside the web part folders, not a folder of its own: every folder under webparts/ is a
 * web part (the workbench offers one entry per folder).
 */
export abstract class TillitWebPartBase<Properties extends {}> extends BaseClientSideWebPart<Properties> {
  /** The component this shell mounts, with the schema its saved properties are validated by. */
  protected abstract readonly part: WebPartDefinition<unknown>;

  private _services!: WebPartServices;
  private _locale: Locale = 'sv';
  private _theme: TillitTheme = 'light';
  private _inTeams: boolean = false;

  /** The language the web part shows, for a property pane that names things as the web part does. */
  protected get locale(): Locale {
    return this._locale;
  }

  protected async onInit(): Promise<void> {
    await super.onInit();
    const site = connectWithSpfxContext(this.context);
    this._services = createWebPartServices(site, aadAppService(site, this.context.aadHttpClientFactory));
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
    // The part's own messages in its language (English is fetched only for an English page), and a dark or high-contrast theme before the first render.
    await Promise.all([installMessagePack(this.part.messages, this._locale), prepareTheme(this._theme)]);
  }

  public render(): void {
    renderWebPart(this.domElement, this.part, { locale: this._locale, theme: this._theme, services: this._services }, this.properties);
  }

  protected onThemeChanged(theme: IReadonlyTheme | undefined): void {
    if (this._inTeams) return;
    this._theme = themeFromPageSection(theme?.isInverted);
    // SharePoint calls this before the first render too; later (the section's background changed) the part is drawn again.
    if (this.renderedOnce) this.render();
  }

  protected onDispose(): void {
    unmountWebPart(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }
}
