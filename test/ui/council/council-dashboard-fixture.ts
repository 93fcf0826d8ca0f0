import type { z } from 'zod';
import { DEFAULT_REGION_CONFIG } from '../../../src/config/default-region';
import { councilDashboardSchema, OVERDUE_KINDS, type CouncilDashboard } from '../../../src/contracts/council-dashboard';

/**
 * A council dashboard made from the contract's schema and the default region's scales (test/ only,
 * never src/): the tab's components are built and looked at against it before the app service's
 * route exists, and their tests use it. Validated on the way out, so it follows the contract.
 */
export function councilDashboardFixture(year = 2026): CouncilDashboard {
  const config = DEFAULT_REGION_CONFIG;
  const measures = (shift: number): z.input<typeof councilDashboardSchema>['goalAreas'] => [
    { area: 'management-system', measures: [{ key: 'areas-at-target-maturity', numerator: 4 + shift, denominator: 12, percent: ((4 + shift) / 12) * 100 }] },
    {
      area: 'risk-management',
      measures: [
        { key: 'critical-areas-with-risk-analysis', numerator: 9 + shift, denominator: 14, percent: ((9 + shift) / 14) * 100, targetPercent: 100 },
        { key: 'open-risks-with-owner-and-follow-up', numerator: 40 + shift * 5, denominator: 52, percent: ((40 + shift * 5) / 52) * 100, targetPercent: 100 }
      ]
    },
    {
      area: 'security-organisation',
      measures: [
        { key: 'roles-filled', numerator: 120 + shift, denominator: 131, percent: ((120 + shift) / 131) * 100, targetPercent: 100 },
        { key: 'roles-with-mandate', numerator: 0, denominator: 0, targetPercent: 100 }
      ]
    },
    {
      area: 'classification',
      measures: [
        { key: 'current-systems-classified', numerator: 30 + shift * 4, denominator: 70, percent: ((30 + shift * 4) / 70) * 100, targetPercent: 100 },
        { key: 'prioritised-assets-classified', numerator: 60 + shift * 3, denominator: 90, percent: ((60 + shift * 3) / 90) * 100, targetPercent: 100 }
      ]
    },
    {
      area: 'training',
      measures: config.training.audiences.map((audience, index) => ({
        key: `trained:${audience.key}`,
        numerator: 10 + index + shift * 2,
        denominator: 30,
        percent: ((10 + index + shift * 2) / 30) * 100,
        targetPercent: audience.targetPercent,
        label: audience.label
      }))
    }
  ];
  const asOf = `${year}-11-23`;
  const risk = (id: number, likelihood: number, consequence: number, levelKey: string): z.input<typeof councilDashboardSchema>['risks']['open'][number] => ({
    id: String(id),
    title: `Risk ${id}: obehörig åtkomst till journalsystem`,
    likelihood,
    consequence,
    levelKey,
    unitName: 'Hälso- och sjukvård',
    ownerName: 'Åsa Lindström',
    ownerEmail: 'asa.lindstrom@regionexempel.se',
    followUpOn: `${year}-12-15`,
    link: `/sites/tillit/Lists/Risks/DispForm.aspx?ID=${id}`
  });
  const dashboard: z.input<typeof councilDashboardSchema> = {
    year,
    asOf,
    computedAt: `${asOf}T08:00:00.000Z`,
    years: [year, year - 1, year - 2],
    goalAreas: measures(2),
    trend: [
      { year: year - 2, asOf: `${year - 2}-12-31`, source: 'daily', goalAreas: measures(0) },
      { year: year - 1, asOf: `${year - 1}-12-31`, source: 'daily', goalAreas: measures(1) },
      { year, asOf: `${year}-05-20`, source: 'meeting', goalAreas: measures(1) },
      { year, asOf, source: 'live', goalAreas: measures(2) }
    ],
    maturity: {
      scale: config.maturity.scale.map((step) => ({ key: step.key, rank: step.rank, applicable: step.applicable, label: step.label })),
      targetStatus: config.maturity.targetStatus,
      areas: config.maturity.areas.map((area) => ({ key: area.key, label: area.label })),
      years: [year, year - 1].map((entryYear, yearIndex) => ({
        year: entryYear,
        areas: config.maturity.areas.map((area, index) => ({
          areaKey: area.key,
          statusKey: config.maturity.scale[(index + 2 - yearIndex) % 7].key,
          assessed: index !== 11,
          ...(index === 0 ? { comment: 'LIS-arbetet är i gång i alla förvaltningar.' } : {}),
          assessedOn: `${entryYear}-03-01`
        }))
      }))
    },
    risks: {
      likelihoods: config.risk.likelihoodScale.map((step) => ({ value: step.value, label: step.label })),
      consequences: config.classification.consequenceScale.map((step) => ({ value: step.value, label: step.label })),
      levels: config.risk.levels.map((level) => ({ key: level.key, label: level.label })),
      open: [risk(1, 4, 3, 'kritisk'), risk(2, 4, 3, 'kritisk'), risk(3, 3, 2, 'hog'), risk(4, 2, 1, 'lag'), risk(5, 1, 0, 'lag'), risk(6, 2, 2, 'medel')]
    },
    overdue: {
      byUnit: ['Hälso- och sjukvård', 'Regionservice', 'Kollektivtrafik', 'Regionledningskontoret'].map((unitName, index) => ({
        unitId: `u${index + 1}`,
        unitName,
        counts: Object.fromEntries(OVERDUE_KINDS.map((kind, kindIndex) => [kind, (index * 3 + kindIndex * 2) % 7])) as Record<(typeof OVERDUE_KINDS)[number], number>
      })),
      totals: Object.fromEntries(OVERDUE_KINDS.map((kind, kindIndex) => [kind, [0, 1, 2, 3].reduce((sum, index) => sum + ((index * 3 + kindIndex * 2) % 7), 0)])) as Record<(typeof OVERDUE_KINDS)[number], number>
    },
    incidents: {
      byCategory: { deviation: 41, 'security-incident': 12, 'personal-data-breach': 5 },
      open: [
        {
          id: '17',
          title: 'Journalkopia skickad till fel mottagare',
          category: 'personal-data-breach',
          status: 'reported',
          reportedAt: `${asOf}T06:30:00.000Z`,
          clock: { deadline: `${year}-11-26T06:00:00.000Z`, state: 'running', hoursLeft: 70 }
        },
        { id: '12', title: 'Nätverksstörning på vårdcentral', category: 'security-incident', status: 'assessed', reportedAt: `${year}-11-02T09:00:00.000Z` }
      ]
    },
    actionPlan: [
      { id: 'a1', activity: 'Mikroutbildning för alla medarbetare', metric: 'Andel genomförda moduler', goal: 'training', startsOn: `${year}-01-01`, endsOn: `${year}-12-31`, status: 'in-progress', progressPercent: 64, state: 'on-track', responsibleName: 'Åsa Lindström' },
      { id: 'a2', activity: 'Riskanalys för verksamhetskritiska områden', metric: 'Analyserade områden', goal: 'risk-management', startsOn: `${year}-02-01`, endsOn: `${year}-10-31`, status: 'in-progress', progressPercent: 70, state: 'overdue', daysOverdue: 23 },
      { id: 'a3', activity: 'Klassa aktuella IT-system', metric: 'Klassade system', goal: 'classification', startsOn: `${year}-01-01`, endsOn: `${year}-06-30`, status: 'done', progressPercent: 100, state: 'done' }
    ],
    meetings: [{ id: 'm1', heldOn: `${year}-05-20`, attendeeCount: 7, decisions: ['Riskanalyserna prioriteras under hösten'], actionIds: ['a2'] }],
    may: { recordMaturity: true, recordMeeting: true, takeSnapshot: true }
  };
  return councilDashboardSchema.parse(dashboard);
}
