import { type IPropertyPaneConfiguration, PropertyPaneLabel } from '@microsoft/sp-property-pane';

/** The texts of a property pane that has nothing to set: what the web part shows and where it comes from. */
export interface AboutPaneTexts {
  readonly description: string;
  readonly groupName: string;
  readonly text: string;
}

/**
 * One page, one group, one label: the property pane of a web part with no settings. A file beside
 * the web part folders, as TillitWebPartBase: every folder under webparts/ is a web part.
 */
export function aboutPropertyPane(labelId: string, texts: AboutPaneTexts): IPropertyPaneConfiguration {
  return {
    pages: [
      {
        header: { description: texts.description },
        groups: [{ groupName: texts.groupName, groupFields: [PropertyPaneLabel(labelId, { text: texts.text })] }]
      }
    ]
  };
}
