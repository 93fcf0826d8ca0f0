declare interface IReportIncidentWebPartStrings {
  PropertyPaneDescription: string;
  AboutGroupName: string;
  About: string;
}

declare module 'ReportIncidentWebPartStrings' {
  const strings: IReportIncidentWebPartStrings;
  export = strings;
}
