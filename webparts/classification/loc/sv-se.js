define([], function () {
  return {
    PropertyPaneDescription: 'Informationsklassning av dina tillgångar och system i Tillit.',
    AboutGroupName: 'Om webbdelen',
    About: 'Visar de informationstillgångar och IT-system du äger. Konsekvensskalan och skyddsåtgärderna är regionens konfiguration och ändras i Tillits inställningar, inte i webbdelen.'
  };
});
