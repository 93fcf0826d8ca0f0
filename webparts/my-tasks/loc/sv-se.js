define([], function () {
  return {
    PropertyPaneDescription: 'Det den inloggade personen behöver göra i Tillit, och det som eskalerats till hen.',
    LinksGroupName: 'Länkar',
    AcknowledgementPageUrlLabel: 'Sidan med Min bekräftelse',
    AcknowledgementPageUrlDescription: 'Adressen till sidan med webbdelen Min bekräftelse, dit Öppna på en bekräftelse leder (Skriv under fungerar här på sidan). Tomt: Öppna visar dokumentversionen.'
  };
});
