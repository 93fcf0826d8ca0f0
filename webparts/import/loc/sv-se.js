define([], function () {
  return {
    PropertyPaneDescription: 'Importerar register från Excel eller CSV och exporterar dem till Excel.',
    AboutGroupName: 'Om webbdelen',
    ImportRights: 'Importen skriver med din egen behörighet: du kan bara importera till register som du får ändra i.'
  };
});
