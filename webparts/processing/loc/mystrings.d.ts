declare interface IProcessingWebPartStrings {
  PropertyPaneDescription: string;
  AboutGroupName: string;
  About: string;
}

declare module 'ProcessingWebPartStrings' {
  const strings: IProcessingWebPartStrings;
  export = strings;
}
