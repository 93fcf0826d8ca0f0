import { type IPropertyPaneConfiguration, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import * as strings from 'MyTasksWebPartStrings';

import { myTasksPart } from '../../src/ui/web-parts/my-tasks-part';
import { TillitWebPartBase } from '../tillit-web-part-base';

export interface IMyTasksWebPartProps {
  acknowledgementPageUrl: string;
}

/** Shell only (DESIGN.md): the host, the theme and the render path are TillitWebPartBase's; the component is src/ui/my-tasks. */
export default class MyTasksWebPart extends TillitWebPartBase<IMyTasksWebPartProps> {
  protected readonly part = myTasksPart;

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return {
      pages: [
        {
          header: { description: strings.PropertyPaneDescription },
          groups: [
            {
              groupName: strings.LinksGroupName,
              groupFields: [PropertyPaneTextField('acknowledgementPageUrl', { label: strings.AcknowledgementPageUrlLabel, description: strings.AcknowledgementPageUrlDescription })]
            }
          ]
        }
      ]
    };
  }
}
