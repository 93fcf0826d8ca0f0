define([], function () {
  return {
    PropertyPaneDescription: 'Information classification of your assets and systems in Tillit.',
    AboutGroupName: 'About this web part',
    About: "Shows the information assets and IT systems you own. The consequence scale and the protective measures are the region's configuration, changed in Tillit's settings, not in the web part."
  };
});
