define([], function () {
  return {
    PropertyPaneDescription: "Shows one of Tillit's registers on the page.",
    RegisterGroupName: 'Register',
    RegisterFieldLabel: 'Register',
    ViewFieldLabel: 'View',
    Registers: { assets: 'Information assets', systems: 'IT systems', risks: 'Risk register' },
    Views: {
      all: 'All',
      'business-critical': 'Business-critical',
      'review-due': 'Review overdue',
      'societally-important': 'Societally important',
      'personal-data': 'Processes personal data',
      open: 'Open risks',
      'follow-up-due': 'Follow-up overdue'
    }
  };
});
