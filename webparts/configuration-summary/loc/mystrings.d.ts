declare interface IConfigurationSummaryWebPartStrings {
  PropertyPaneDescription: string;
  AboutGroupName: string;
  ConfigurationSource: string;
}

declare module 'ConfigurationSummaryWebPartStrings' {
  const strings: IConfigurationSummaryWebPartStrings;
  export = strings;
}
