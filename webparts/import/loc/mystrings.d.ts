declare interface IImportWebPartStrings {
  PropertyPaneDescription: string;
  AboutGroupName: string;
  ImportRights: string;
}

declare module 'ImportWebPartStrings' {
  const strings: IImportWebPartStrings;
  export = strings;
}
