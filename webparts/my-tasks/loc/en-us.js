define([], function () {
  return {
    PropertyPaneDescription: 'What the signed-in person needs to do in Tillit, and what is escalated to them.',
    LinksGroupName: 'Links',
    AcknowledgementPageUrlLabel: 'The My acknowledgement page',
    AcknowledgementPageUrlDescription: 'The address of the page with the My acknowledgement web part, where Open on an acknowledgement goes (Sign works on this page). Empty: Open shows the document version.'
  };
});
