import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import * as strings from 'ProcessingWebPartStrings';

import { processingPart } from '../../src/ui/web-parts/processing-part';
import { aboutPropertyPane } from '../about-property-pane';
import { TillitWebPartBase } from '../tillit-web-part-base';

export interface IProcessingWebPartProps {}

/** Shell only (DESIGN.md): the host, the theme and the render path are TillitWebPartBase's; the component is src/ui/processing. */
export default class ProcessingWebPart extends TillitWebPartBase<IProcessingWebPartProps> {
  protected readonly part = processingPart;

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return aboutPropertyPane('about', { description: strings.PropertyPaneDescription, groupName: strings.AboutGroupName, text: strings.About });
  }
}
