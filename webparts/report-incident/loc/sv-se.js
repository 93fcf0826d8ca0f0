define([], function () {
  return {
    PropertyPaneDescription: 'Rapportera en händelse eller avvikelse i Tillit.',
    AboutGroupName: 'Om webbdelen',
    About: 'Alla medarbetare rapporterar vad som hänt, när det upptäcktes, om personuppgifter berörs och var. Enhetens chef och, när det gäller personuppgifter, dataskyddsombudet bedömer den; den som rapporterar ser sina egna rapporter.'
  };
});
