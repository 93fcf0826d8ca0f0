define([], function () {
  return {
    PropertyPaneDescription: "Shows the region's configuration in Tillit.",
    AboutGroupName: 'About this web part',
    ConfigurationSource: "Scales, intervals, roles and organisation levels are the region's configuration. They are changed in Tillit's settings, not in the web part."
  };
});
