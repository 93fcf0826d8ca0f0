define([], function () {
  return {
    PropertyPaneDescription: 'Visar regionens konfiguration i Tillit.',
    AboutGroupName: 'Om webbdelen',
    ConfigurationSource: 'Skalor, intervall, roller och organisationsnivåer är regionens konfiguration. De ändras i Tillits inställningar, inte i webbdelen.'
  };
});
