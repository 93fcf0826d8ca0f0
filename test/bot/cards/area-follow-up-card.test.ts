import { areaFollowUpCard } from '../../../bot/cards/area-follow-up-card';
import { areaFollowUpInputOf } from '../../../bot/council/area-follow-up';
import { SUPPORTED_LOCALES } from '../../../src/domain/shared/localized-text';
import { dashboardFixture } from '../../reports/council-dashboard-fixture';
import { schemaErrorsOf } from './card-schema';
import { actionsOf, elementsOf, textsOf } from './card-walk';

/* The area follow-up card (issue 10; R-REP, the action plan's section 4): the area's figures and a link to its report. */
const APP = 'https://tillit.region.se';

describe.each(SUPPORTED_LOCALES)('the area follow-up card (%s)', (locale) => {
  test('the area\'s overdue work per kind against the average per unit, its risks and incidents, a link to its report; valid 1.5', () => {
    const card = areaFollowUpCard(areaFollowUpInputOf(dashboardFixture(), 'u-hjarta', locale, 'tertial-1', APP));
    expect(schemaErrorsOf(card)).toBe('');
    expect(card.lang).toBe(locale);
    const texts = textsOf(card).join('\n');
    expect(texts).toContain('Område Hjärta och kärl');
    const facts = elementsOf(card).flatMap((element) => (element.type === 'FactSet' ? element.facts.map((fact) => `${fact.title}: ${fact.value}`) : []));
    // Training: 23 overdue here, 37 in the region over 3 units = 12.3 per unit.
    expect(facts).toContain(locale === 'sv' ? 'Utbildning: 23 (snitt per enhet 12,3)' : 'Training: 23 (average per unit 12.3)');
    expect(facts).toContain(locale === 'sv' ? 'Totalt: 47 (snitt per enhet 24)' : 'Total: 47 (average per unit 24)');
    expect(facts).toContain(locale === 'sv' ? 'Kritisk: 1' : 'Critical: 1');
    expect(facts).toContain(locale === 'sv' ? 'Hög: 1' : 'High: 1');
    expect(facts.some((fact) => fact.startsWith(locale === 'sv' ? 'Medel' : 'Medium'))).toBe(false);
    expect(texts).toContain(locale === 'sv' ? '1 avvikelse eller incident är inte avslutad.' : '1 deviation or incident is not closed.');
    expect(actionsOf(card)).toEqual([
      { type: 'Action.OpenUrl', title: locale === 'sv' ? 'Öppna rapporten (Word)' : 'Open the report (Word)', url: `${APP}/tab/my-tasks?areaReport=area-report%3A2026%3Atertial-1%3Au-hjarta` }
    ]);
  });

  test('nothing overdue and no risks say so', () => {
    const card = areaFollowUpCard(areaFollowUpInputOf(dashboardFixture(), 'u-stab', locale, 'year', APP));
    expect(schemaErrorsOf(card)).toBe('');
    const texts = textsOf(card).join('\n');
    expect(texts).toContain(locale === 'sv' ? 'Inget är försenat' : 'Nothing is overdue');
    expect(texts).toContain(locale === 'sv' ? 'inga öppna risker' : 'no open risks');
    expect(actionsOf(card)[0]).toMatchObject({ url: `${APP}/tab/my-tasks?areaReport=area-report%3A2026%3Ayear%3Au-stab` });
  });

  test('a hostile unit name is escaped for the card\'s markdown', () => {
    const card = areaFollowUpCard(areaFollowUpInputOf(dashboardFixture({ unitName: '*Område* [x](javascript:y) {{DATE(2026-01-01)}}' }), 'u-hjarta', locale, 'year', APP));
    expect(schemaErrorsOf(card)).toBe('');
    const unitLine = textsOf(card)[1];
    expect(unitLine).toContain('\\*Område\\* \\[x\\](javascript:y) {\u2060{DATE(2026-01-01)}}');
  });
});
