import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import { type IPropertyPaneConfiguration, PropertyPaneLabel } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import * as strings from 'ConfigurationSummaryWebPartStrings';

import { loadRegionConfig } from '../../src/config/load-region-config';
import type { RegionConfig } from '../../src/config/region-config';
import type { Locale } from '../../src/domain/shared/localized-text';
import { ConfigurationSummary } from '../../src/ui/configuration-summary/configuration-summary';
import { TillitProvider, type TillitTheme } from '../../src/ui/shell/tillit-provider';

export interface IConfigurationSummaryWebPartProps {}

/** Swedish first: only an English UI culture ('en-US', 'en-GB', …) gets English. */
function localeOf(cultureName: string | undefined): Locale {
  return cultureName?.toLowerCase().startsWith('en') ? 'en' : 'sv';
}

/** Teams names its themes 'default', 'dark' and 'contrast'. */
function teamsThemeOf(teamsTheme: string | undefined): TillitTheme {
  if (teamsTheme === 'dark') return 'dark';
  if (teamsTheme === 'contrast') return 'high-contrast';
  return 'light';
}

/**
 * Shell only (DESIGN.md): onInit builds what the component needs, render maps it to props.
 * The component itself is src/ui/configuration-summary and is tested there.
 */
export default class ConfigurationSummaryWebPart extends BaseClientSideWebPart<IConfigurationSummaryWebPartProps> {
  private _config!: RegionConfig;
  private _locale: Locale = 'sv';
  private _theme: TillitTheme = 'light';
  private _inTeams: boolean = false;

  protected async onInit(): Promise<void> {
    await super.onInit();
    this._config = loadRegionConfig();
    this._locale = localeOf(this.context.pageContext.cultureInfo.currentUICultureName);

    const teams = this.context.sdks.microsoftTeams;
    if (teams) {
      // In a Teams tab or personal app, Teams' own language and theme are what the user sees around the web part.
      this._inTeams = true;
      const teamsContext = await teams.teamsJs.app.getContext();
      this._locale = localeOf(teamsContext.app.locale);
      this._theme = teamsThemeOf(teamsContext.app.theme);
      teams.teamsJs.app.registerOnThemeChangeHandler((theme: string) => {
        this._theme = teamsThemeOf(theme);
        this.render();
      });
    }
  }

  public render(): void {
    const summary = React.createElement(ConfigurationSummary, { config: this._config, locale: this._locale });
    ReactDom.render(
      React.createElement(TillitProvider, { locale: this._locale, theme: this._theme }, summary),
      this.domElement
    );
  }

  /** On a SharePoint page, a section with an inverted (dark) background gets the dark theme. */
  protected onThemeChanged(theme: IReadonlyTheme | undefined): void {
    if (!this._inTeams) this._theme = theme?.isInverted ? 'dark' : 'light';
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
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
              groupFields: [PropertyPaneLabel('configurationSource', { text: strings.ConfigurationSource })]
            }
          ]
        }
      ]
    };
  }
}
