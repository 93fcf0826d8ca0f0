define([], function () {
  return {
    PropertyPaneDescription: 'Visar ett av Tillits register på sidan.',
    RegisterGroupName: 'Register',
    RegisterFieldLabel: 'Register',
    ViewFieldLabel: 'Urval',
    Registers: { assets: 'Informationstillgångar', systems: 'IT-system', risks: 'Riskregister' },
    Views: {
      all: 'Alla',
      'business-critical': 'Verksamhetskritiska',
      'review-due': 'Granskning förfallen',
      'societally-important': 'Samhällsviktiga',
      'personal-data': 'Behandlar personuppgifter',
      open: 'Öppna risker',
      'follow-up-due': 'Uppföljning försenad'
    }
  };
});
