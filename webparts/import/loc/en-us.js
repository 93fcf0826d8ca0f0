define([], function () {
  return {
    PropertyPaneDescription: 'Imports registers from Excel or CSV and exports them to Excel.',
    AboutGroupName: 'About this web part',
    ImportRights: 'The import writes with your own permissions: you can import only into registers you may change.'
  };
});
