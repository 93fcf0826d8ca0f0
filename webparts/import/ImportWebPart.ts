import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import * as strings from 'ImportWebPartStrings';

import { importPart } from '../../src/ui/web-parts/import-part';
import { aboutPropertyPane } from '../about-property-pane';
import { TillitWebPartBase } from '../tillit-web-part-base';

export interface IImportWebPartProps {}

/** Shell only (DESIGN.md): the host, the theme and the render path are TillitWebPartBase's; the component is src/ui/import. */
export default class ImportWebPart extends TillitWebPartBase<IImportWebPartProps> {
  protected readonly part = importPart;

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return aboutPropertyPane('importRights', { description: strings.PropertyPaneDescription, groupName: strings.AboutGroupName, text: strings.ImportRights });
  }
}
