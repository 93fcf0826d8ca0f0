/** The configuration summary web part, in Swedish (the type every language follows). */
export const configurationSummary = {
  heading: 'Regionens inställningar',
  intro: 'Så här är Tillit inställt för {{region}}. Skalorna och intervallen ändras i konfigurationen, inte i koden.',
  consequenceScale: 'Konsekvensskala för klassning',
  level: 'Nivå',
  label: 'Benämning',
  protectionGoals: 'Skyddsmål som klassas',
  reviewInterval: 'Klassningar granskas var {{months}}:e månad.',
  maturityScale: 'Mognadsskala',
  maturityAreas: 'Områden enligt MSBFS 2020:6',
  organisationLevels: 'Organisationsnivåer',
  trainingAudiences: 'Utbildningsmål',
  target: 'Mål {{percent}} %',
  breachHours: 'Personuppgiftsincidenter anmäls till IMY inom {{hours}} timmar.'
};
