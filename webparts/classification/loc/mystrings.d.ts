declare interface IClassificationWebPartStrings {
  PropertyPaneDescription: string;
  AboutGroupName: string;
  About: string;
}

declare module 'ClassificationWebPartStrings' {
  const strings: IClassificationWebPartStrings;
  export = strings;
}
