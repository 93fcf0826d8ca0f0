define([], function () {
  return {
    PropertyPaneDescription: 'What the signed-in person needs to do in Tillit, and what is escalated to them.',
    LinksGroupName: 'Links',
    AcknowledgementPageUrlLabel: 'The My acknowledgement page',
    AcknowledgementPageUrlDescription: 'The address of the page with the My acknowledgement web part. The Sign button goes there. Empty: no Sign button.'
  };
});
