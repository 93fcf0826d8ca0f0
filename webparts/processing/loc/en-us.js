define([], function () {
  return {
    PropertyPaneDescription: 'The record of processing (GDPR Art. 30) in Tillit.',
    AboutGroupName: 'About this web part',
    About: "Shows the part of the record of processing your role gives: a registry coordinator her area, a deputy data protection officer the administration, the data protection officer all of it."
  };
});
