import { councilDashboardSchema, type CouncilDashboard, type MeasureData } from '../../src/contracts/council-dashboard';
import { DEFAULT_REGION_CONFIG } from '../../src/config/default-region';

/**
 * A council dashboard as the app service answers it (issue 10), for the report's tests: built by
 * hand, checked against the contract's schema, so the document is tested on what the wire carries.
 * Figures are chosen so each one is distinct and can be found in document.xml.
 */
const config = DEFAULT_REGION_CONFIG;

function measure(key: string, numerator: number, denominator: number, targetPercent?: number, label?: { sv: string; en: string }): MeasureData {
  return { key, numerator, denominator, percent: denominator === 0 ? undefined : (numerator / denominator) * 100, targetPercent, label };
}

function goalAreas(scale: number): CouncilDashboard['goalAreas'] {
  const audiences = config.training.audiences;
  return [
    { area: 'management-system', measures: [measure('areas-at-target-maturity', Math.round(5 * scale), 12)] },
    {
      area: 'risk-management',
      measures: [measure('critical-areas-with-risk-analysis', Math.round(17 * scale), 23, 100), measure('open-risks-with-owner-and-follow-up', Math.round(131 * scale), 149, 100)]
    },
    { area: 'security-organisation', measures: [measure('roles-filled', Math.round(811 * scale), 857, 100), measure('roles-with-mandate', Math.round(604 * scale), 833, 100)] },
    {
      area: 'classification',
      measures: [measure('current-systems-classified', Math.round(389 * scale), 703, 100), measure('prioritised-assets-classified', Math.round(977 * scale), 1_213, 100)]
    },
    {
      area: 'training',
      measures: audiences.map((audience, index) =>
        measure(`trained:${audience.key}`, Math.round([3_271, 412, 97, 9][index] * scale), [4_012, 463, 131, 13][index], audience.targetPercent, audience.label)
      )
    }
  ];
}

export interface FixtureNames {
  readonly unitName?: string;
  readonly riskTitle?: string;
  readonly incidentTitle?: string;
  readonly activity?: string;
  readonly comment?: string;
}

export function dashboardFixture(names: FixtureNames = {}): CouncilDashboard {
  const levels = config.risk.levels;
  const unitName = names.unitName ?? 'Område Hjärta och kärl';
  const dashboard = {
    year: 2026,
    asOf: '2026-11-30',
    computedAt: '2026-11-30T08:15:00+01:00',
    years: [2026, 2025, 2024],
    goalAreas: goalAreas(1),
    trend: [
      { year: 2024, asOf: '2024-12-31', source: 'daily', goalAreas: goalAreas(0.4) },
      { year: 2025, asOf: '2025-12-31', source: 'daily', goalAreas: goalAreas(0.7) },
      { year: 2026, asOf: '2026-05-12', source: 'meeting', goalAreas: goalAreas(0.85) }
    ],
    maturity: {
      scale: config.maturity.scale.map((step) => ({ key: step.key, rank: step.rank, applicable: step.applicable, label: step.label })),
      targetStatus: config.maturity.targetStatus,
      areas: config.maturity.areas.map((area) => ({ key: area.key, label: area.label })),
      years: [2026, 2025, 2024].map((year, yearIndex) => ({
        year,
        areas: config.maturity.areas.map((area, index) => {
          const statusKey = ['finns-ej', 'paborjat', 'begransat', 'definierat', 'managerat', 'optimerat'][Math.max(0, Math.min(5, ((index * 7) % 6) - yearIndex))];
          return {
            areaKey: area.key,
            statusKey: index === 11 && yearIndex === 0 ? 'okant' : statusKey,
            assessed: !(index === 11 && yearIndex === 0),
            comment: index === 0 && yearIndex === 0 ? (names.comment ?? 'Ny riktlinje fastställd i regionstyrelsen.') : undefined,
            assessedOn: `${year}-10-0${(index % 9) + 1}`
          };
        })
      }))
    },
    risks: {
      likelihoods: config.risk.likelihoodScale.map((step) => ({ value: step.value, label: step.label })),
      consequences: config.classification.consequenceScale.map((step) => ({ value: step.value, label: step.label })),
      levels: levels.map((level) => ({ key: level.key, label: level.label })),
      open: [
        { id: 'r-1', title: names.riskTitle ?? 'Reservrutin saknas för journalsystemet', likelihood: 4, consequence: 3, levelKey: 'kritisk', reportingUnitId: 'u-hjarta', unitName, ownerName: 'Karin Berg', followUpOn: '2026-12-15', link: '/sites/tillit/Lists/Risks/DispForm.aspx?ID=1' },
        { id: 'r-2', title: 'Obehörig åtkomst via delade konton', likelihood: 3, consequence: 3, levelKey: 'hog', reportingUnitId: 'u-hjarta', unitName, ownerName: 'Per Holm', followUpOn: '2027-01-20' },
        { id: 'r-3', title: 'Leverantörens molntjänst saknar avtal', likelihood: 2, consequence: 2, levelKey: 'medel', reportingUnitId: 'u-psyk', unitName: 'Område Psykiatri' },
        { id: 'r-4', title: 'Föråldrad brandvägg', likelihood: 1, consequence: 1, levelKey: 'lag', unitName: 'Regionstaben' }
      ]
    },
    overdue: {
      byUnit: [
        { unitId: 'u-hjarta', unitName, counts: { classifications: 7, acknowledgements: 11, training: 23, 'system-security-plans': 2, 'reserve-routines': 3, 'risk-follow-ups': 1 } },
        { unitId: 'u-psyk', unitName: 'Område Psykiatri', counts: { classifications: 4, acknowledgements: 6, training: 14, 'system-security-plans': 0, 'reserve-routines': 1, 'risk-follow-ups': 0 } },
        { unitId: 'u-stab', unitName: 'Regionstaben', counts: { classifications: 0, acknowledgements: 0, training: 0, 'system-security-plans': 0, 'reserve-routines': 0, 'risk-follow-ups': 0 } }
      ],
      totals: { classifications: 11, acknowledgements: 17, training: 37, 'system-security-plans': 2, 'reserve-routines': 4, 'risk-follow-ups': 1 }
    },
    incidents: {
      byCategory: { deviation: 41, 'security-incident': 8, 'personal-data-breach': 5 },
      open: [
        {
          id: 'i-1',
          title: names.incidentTitle ?? 'Journalkopia skickad till fel mottagare',
          category: 'personal-data-breach',
          status: 'reported',
          reportingUnitId: 'u-hjarta',
          reportedAt: '2026-11-29T14:05:00+01:00',
          clock: { deadline: '2026-12-02T13:40:00+01:00', state: 'running', hoursLeft: 53.4 }
        },
        { id: 'i-2', title: 'Borttappat USB-minne', category: 'security-incident', status: 'assessed', reportingUnitId: 'u-psyk', reportedAt: '2026-10-03T09:00:00+02:00' }
      ]
    },
    actionPlan: [
      { id: 'a-1', activity: names.activity ?? 'Införa mikroutbildning för alla medarbetare', metric: 'Andel utbildade', goal: 'Utbildning', startsOn: '2026-01-15', endsOn: '2026-06-30', status: 'in-progress', progressPercent: 64, state: 'overdue', daysOverdue: 153, responsibleName: 'Åsa Lindström' },
      { id: 'a-2', activity: 'Klassa samtliga verksamhetskritiska system', metric: 'Andel klassade system', goal: 'Informationsklassning', startsOn: '2026-02-01', endsOn: '2027-03-31', status: 'in-progress', progressPercent: 55, state: 'on-track', responsibleName: 'Johan Ek' },
      { id: 'a-3', activity: 'Fastställa riktlinje för informationssäkerhet', metric: 'Beslut', goal: 'LIS', startsOn: '2026-01-01', endsOn: '2026-04-30', status: 'done', progressPercent: 100, state: 'done' }
    ],
    meetings: [
      { id: 'm-1', heldOn: '2026-03-10', attendeeCount: 7, decisions: ['Mikroutbildningen införs i hela regionen'], actionIds: ['a-1'] },
      { id: 'm-2', heldOn: '2026-05-12', attendeeCount: 6, decisions: [], actionIds: [] }
    ],
    may: { recordMaturity: true, recordMeeting: true, takeSnapshot: true }
  };
  return councilDashboardSchema.parse(dashboard);
}
