declare interface IMyAcknowledgementWebPartStrings {
  PropertyPaneDescription: string;
  AboutGroupName: string;
  Signing: string;
}

declare module 'MyAcknowledgementWebPartStrings' {
  const strings: IMyAcknowledgementWebPartStrings;
  export = strings;
}
