define([], function () {
  return {
    PropertyPaneDescription: 'Visar ett av Tillits register på sidan.',
    RegisterGroupName: 'Register',
    RegisterFieldLabel: 'Register',
    ViewFieldLabel: 'Urval'
  };
});
