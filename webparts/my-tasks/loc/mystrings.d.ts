declare interface IMyTasksWebPartStrings {
  PropertyPaneDescription: string;
  LinksGroupName: string;
  AcknowledgementPageUrlLabel: string;
  AcknowledgementPageUrlDescription: string;
}

declare module 'MyTasksWebPartStrings' {
  const strings: IMyTasksWebPartStrings;
  export = strings;
}
