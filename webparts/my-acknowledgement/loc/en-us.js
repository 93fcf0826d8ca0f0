define([], function () {
  return {
    PropertyPaneDescription: 'Shows the signed-in person the documents to acknowledge for their roles.',
    AboutGroupName: 'About this web part',
    Signing: 'Acknowledgements are signed through the Tillit app service with the signed-in account only, sealed into a tamper-evident chain.'
  };
});
