define([], function () {
  return {
    PropertyPaneDescription: 'Visar den inloggade personen dokumenten att bekräfta för sina roller.',
    AboutGroupName: 'Om webbdelen',
    Signing: 'Bekräftelser skrivs under via Tillits apptjänst, bara med det inloggade kontot, och förseglas i en kedja som avslöjar ändringar.'
  };
});
