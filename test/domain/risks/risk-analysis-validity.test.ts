import { DEFAULT_REGION_CONFIG } from '../../../src/config/default-region';
import { analysedCriticalAreas } from '../../../src/domain/risks/risk-level';
import { riskAnalysisValidity, type RiskAnalysisState } from '../../../src/domain/risks/risk-analysis-validity';
import { isoDate } from '../../../src/domain/shared/calendar';
import { aRiskAnalysis, aUnit } from '../builders';

const config = DEFAULT_REGION_CONFIG; // analyses valid 12 months
const today = isoDate('2026-11-30');

describe('riskAnalysisValidity: whether an analysis still counts for its area (R-RSK-1, R-KPI 2)', () => {
  test.each<[string, string, string | undefined, RiskAnalysisState, string]>([
    // [what, performedOn, approvedOn, state, valid until]
    ['approved, performed in March', '2026-03-01', '2026-03-15', 'current', '2027-03-01'],
    ['not approved', '2026-03-01', undefined, 'not-approved', '2027-03-01'],
    ['performed a year ago today: its last valid day', '2025-11-30', '2025-12-10', 'due-soon', '2026-11-30'],
    ['performed a year and a day ago', '2025-11-29', '2025-12-10', 'expired', '2026-11-29'],
    ['expires within 30 days', '2025-12-20', '2026-01-10', 'due-soon', '2026-12-20'],
    ['expired and never approved', '2024-05-01', undefined, 'expired', '2025-05-01'],
    ['planned for next month', '2026-12-15', undefined, 'planned', '2027-12-15']
  ])('%s', (_what, performedOn, approvedOn, state, validUntil) => {
    const analysis = aRiskAnalysis({ id: '1', unitId: 'u1', performedOn, approvedOn });
    expect(riskAnalysisValidity(analysis, config, today, 30)).toEqual({ state, validUntil });
  });

  test('counts for its area exactly when the KPI counts it (analysedCriticalAreas)', () => {
    const unit = aUnit({ id: 'u1', name: 'Område', level: 'omrade', businessCritical: true });
    for (const performedOn of ['2025-11-28', '2025-11-29', '2025-11-30', '2026-06-01', '2026-11-30', '2026-12-01']) {
      const analysis = aRiskAnalysis({ id: '1', unitId: 'u1', performedOn, approvedOn: performedOn });
      const { state } = riskAnalysisValidity(analysis, config, today, 30);
      const counted = analysedCriticalAreas([unit], [analysis], config, today).analysed.length === 1;
      expect([performedOn, counted]).toEqual([performedOn, state !== 'expired' && state !== 'planned']);
    }
  });
});
