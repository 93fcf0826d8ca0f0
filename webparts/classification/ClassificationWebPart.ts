import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import * as strings from 'ClassificationWebPartStrings';

import { classificationPart } from '../../src/ui/web-parts/classification-part';
import { aboutPropertyPane } from '../about-property-pane';
import { TillitWebPartBase } from '../tillit-web-part-base';

export interface IClassificationWebPartProps {}

/** Shell only (DESIGN.md): the host, the theme and the render path are TillitWebPartBase's; the component is src/ui/classification. */
export default class ClassificationWebPart extends TillitWebPartBase<IClassificationWebPartProps> {
  protected readonly part = classificationPart;

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return aboutPropertyPane('about', { description: strings.PropertyPaneDescription, groupName: strings.AboutGroupName, text: strings.About });
  }
}
