define([], function () {
  return {
    PropertyPaneDescription: "Shows one of Tillit's registers on the page.",
    RegisterGroupName: 'Register',
    RegisterFieldLabel: 'Register',
    ViewFieldLabel: 'View'
  };
});
