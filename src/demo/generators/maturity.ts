import type { MaturityAssessment } from '../../domain/maturity/maturity-assessment';
import { isoDate, type IsoDate } from '../../domain/shared/calendar';
import { DEMO_PERSONAS } from '../demo-personas';
import type { DemoContext } from '../demo-context';
import { daysBefore, latestOf, yearOfDate } from '../demo-dates';

/**
 * Where each MSBFS 2020:6 area stood three years before asOf, as a rank on the maturity scale
 * ('unknown': Okänt, not yet examined). Areas the configuration adds start at rank 1 (Påbörjat).
 */
const STARTING_RANK: Readonly<Record<string, number | 'unknown'>> = {
  ledningssystem: 1,
  styrdokument: 2,
  organisation: 1,
  informationsklassning: 0,
  riskbedomning: 0,
  gapanalys: 'unknown',
  sakerhetsatgarder: 2,
  utbildning: 1,
  incidenthantering: 3,
  kontinuitet: 1,
  uppfoljning: 'unknown',
  'ledningens-genomgang': 1
};

const COMMENTS: readonly string[] = [
  'Bedömt med MSB:s Infosäkkollen.',
  'Självskattning i informationssäkerhetsrådet.',
  'Underlag från intervjuer med förvaltningarna.',
  'Bedömning efter internrevision.'
];

/**
 * R-MAT: every configured area assessed for each of the last three years (the year of asOf
 * included), mostly rising a step a year from where the 2023 report left the region — some areas
 * at the target status by now, others well below it.
 */
export function generateMaturity(context: DemoContext): MaturityAssessment[] {
  const random = context.random('maturity');
  const { asOf, config } = context;
  const year = yearOfDate(asOf);
  const ranked = config.maturity.scale.filter((status) => status.rank !== null).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  const unknown = config.maturity.scale.find((status) => status.rank === null && status.applicable);
  const statusAt = (rank: number | 'unknown'): string =>
    rank === 'unknown' ? unknown?.key ?? ranked[0].key : ranked[Math.max(0, Math.min(ranked.length - 1, rank))].key;
  const assessments: MaturityAssessment[] = [];
  for (const area of config.maturity.areas) {
    let rank: number | 'unknown' = area.key in STARTING_RANK ? STARTING_RANK[area.key] : 1;
    for (let offset = 2; offset >= 0; offset -= 1) {
      const assessedYear = year - offset;
      // Past years were assessed in November; this year's assessment is two weeks old (or from 1 January).
      const assessedOn: IsoDate = offset > 0 ? isoDate(`${assessedYear}-11-20`) : latestOf(isoDate(`${assessedYear}-01-01`), daysBefore(asOf, 14));
      assessments.push({
        id: `mat-${assessedYear}-${area.key}`,
        areaKey: area.key,
        year: assessedYear,
        statusKey: statusAt(rank),
        assessedOn,
        assessedBy: offset === 2 ? DEMO_PERSONAS.securityCoordinator.email : DEMO_PERSONAS.ciso.email,
        comment: random.pick(COMMENTS)
      });
      // Once examined, an unknown area shows where it really is; known areas mostly improve a step a year.
      rank = rank === 'unknown' ? random.int(0, 1) : rank + (random.chance(0.5) ? 1 : 0);
    }
  }
  return assessments;
}
