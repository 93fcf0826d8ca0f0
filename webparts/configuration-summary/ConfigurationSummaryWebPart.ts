import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import * as strings from 'ConfigurationSummaryWebPartStrings';

import { configurationSummaryPart } from '../../src/ui/web-parts/configuration-summary-part';
import { aboutPropertyPane } from '../about-property-pane';
import { TillitWebPartBase } from '../tillit-web-part-base';

export interface IConfigurationSummaryWebPartProps {}

/** Shell only (DESIGN.md): the host, the theme and the render path are TillitWebPartBase's; the component is src/ui/configuration-summary. */
export default class ConfigurationSummaryWebPart extends TillitWebPartBase<IConfigurationSummaryWebPartProps> {
  protected readonly part = configurationSummaryPart;

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return aboutPropertyPane('configurationSource', { description: strings.PropertyPaneDescription, groupName: strings.AboutGroupName, text: strings.ConfigurationSource });
  }
}
