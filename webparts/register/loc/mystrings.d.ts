declare interface IRegisterWebPartStrings {
  PropertyPaneDescription: string;
  RegisterGroupName: string;
  RegisterFieldLabel: string;
  ViewFieldLabel: string;
}

declare module 'RegisterWebPartStrings' {
  const strings: IRegisterWebPartStrings;
  export = strings;
}
