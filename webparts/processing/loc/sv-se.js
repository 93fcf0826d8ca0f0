define([], function () {
  return {
    PropertyPaneDescription: 'Registerförteckningen (GDPR art. 30) i Tillit.',
    AboutGroupName: 'Om webbdelen',
    About: 'Visar den del av registerförteckningen som din roll ger: registerkoordinatorn sitt område, biträdande dataskyddsombud sin förvaltning och dataskyddsombudet hela.'
  };
});
