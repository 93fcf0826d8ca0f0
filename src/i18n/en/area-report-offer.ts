import type { AreaReportOfferText } from '../sv/area-report-offer';

/** The personal tab's offer of an area's follow-up in English (typed by sv/area-report-offer.ts). */
export const areaReportOffer: AreaReportOfferText = {
  heading: 'Follow-up for your area',
  intro: '{{period}}: the area\'s overdue work, risks and incidents, as a Word document.',
  download: 'Download the report (Word)',
  downloading: 'Fetching the report …',
  downloaded: 'The report has been downloaded.',
  failed: 'The report could not be fetched: {{reason}}',
  badLink: 'The link to the area\'s follow-up is not valid, so no report was fetched. Open the link in the card from Tillit again, or ask the information security coordinator.',
  periods: {
    year: 'The year {{year}}',
    'tertial-1': 'Tertial 1 {{year}} (January–April)',
    'tertial-2': 'Tertial 2 {{year}} (May–August)',
    'tertial-3': 'Tertial 3 {{year}} (September–December)',
    'half-1': 'First half of {{year}}',
    'half-2': 'Second half of {{year}}'
  }
};
