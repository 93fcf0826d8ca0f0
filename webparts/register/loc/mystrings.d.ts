declare interface IRegisterWebPartStrings {
  PropertyPaneDescription: string;
  RegisterGroupName: string;
  RegisterFieldLabel: string;
  ViewFieldLabel: string;
  Registers: { assets: string; systems: string; risks: string };
  Views: Record<string, string>;
}

declare module 'RegisterWebPartStrings' {
  const strings: IRegisterWebPartStrings;
  export = strings;
}
