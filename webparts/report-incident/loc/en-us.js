define([], function () {
  return {
    PropertyPaneDescription: 'Report an incident or deviation in Tillit.',
    AboutGroupName: 'About this web part',
    About: "Any employee reports what happened, when it was discovered, whether personal data are involved and where. The unit's manager and, for personal data, the data protection officer assess it; the reporter sees her own reports."
  };
});
