/**
 * The personal tab's offer of an area's follow-up (issue 10; R-REP, the action plan's section 4), opened
 * from the bot's May/December card. Swedish first; en/area-report-offer.ts is typed by this file. Not in
 * the web parts' message bundle: only the tab shows it (src/ui/my-tasks/area-report-offer.tsx).
 */
export const areaReportOffer = {
  heading: 'Uppföljning för ditt område',
  intro: '{{period}}: områdets försenade arbete, risker och incidenter, som Word-dokument.',
  download: 'Ladda ner rapporten (Word)',
  downloading: 'Hämtar rapporten …',
  downloaded: 'Rapporten är nedladdad.',
  failed: 'Rapporten kunde inte hämtas: {{reason}}',
  badLink: 'Länken till områdets uppföljning är felaktig, så ingen rapport hämtades. Öppna länken i kortet från Tillit igen, eller fråga informationssäkerhetssamordnaren.',
  periods: {
    year: 'Året {{year}}',
    'tertial-1': 'Tertial 1 {{year}} (januari–april)',
    'tertial-2': 'Tertial 2 {{year}} (maj–augusti)',
    'tertial-3': 'Tertial 3 {{year}} (september–december)',
    'half-1': 'Första halvåret {{year}}',
    'half-2': 'Andra halvåret {{year}}'
  }
};
export type AreaReportOfferText = typeof areaReportOffer;
