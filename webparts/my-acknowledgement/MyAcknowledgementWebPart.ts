import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import * as strings from 'MyAcknowledgementWebPartStrings';

import { myAcknowledgementPart } from '../../src/ui/web-parts/my-acknowledgement-part';
import { aboutPropertyPane } from '../about-property-pane';
import { TillitWebPartBase } from '../tillit-web-part-base';

export interface IMyAcknowledgementWebPartProps {}

/** Shell only (DESIGN.md): the host, the theme and the render path are TillitWebPartBase's; the component is src/ui/acknowledgement. */
export default class MyAcknowledgementWebPart extends TillitWebPartBase<IMyAcknowledgementWebPartProps> {
  protected readonly part = myAcknowledgementPart;

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return aboutPropertyPane('signing', { description: strings.PropertyPaneDescription, groupName: strings.AboutGroupName, text: strings.Signing });
  }
}
