import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import * as strings from 'ReportIncidentWebPartStrings';

import { reportIncidentPart } from '../../src/ui/web-parts/report-incident-part';
import { aboutPropertyPane } from '../about-property-pane';
import { TillitWebPartBase } from '../tillit-web-part-base';

export interface IReportIncidentWebPartProps {}

/** Shell only (DESIGN.md): the host, the theme and the render path are TillitWebPartBase's; the component is src/ui/incidents. */
export default class ReportIncidentWebPart extends TillitWebPartBase<IReportIncidentWebPartProps> {
  protected readonly part = reportIncidentPart;

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return aboutPropertyPane('about', { description: strings.PropertyPaneDescription, groupName: strings.AboutGroupName, text: strings.About });
  }
}
