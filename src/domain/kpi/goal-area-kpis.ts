import type { RegionConfig } from '../../config/region-config';
import { classificationDuties, needsAction } from '../classification/classification-status';
import { maturitySummary, type MaturitySummary } from '../maturity/maturity-status';
import type { RegisterSnapshot } from '../registers';
import { analysedCriticalAreas, isOpenRisk, risksByLevel } from '../risks/risk-level';
import { roleSlots, rolesByPerson, type RoleSlot } from '../roles/role-slots';
import { yearOf, type IsoDate } from '../shared/calendar';
import { trainingCompliance, trainingObligations } from '../training/training-obligations';
import { measure, type Measure } from './measure';

/** The policy's five goal areas (målområden), in the policy's order. */
export const GOAL_AREAS = ['management-system', 'risk-management', 'security-organisation', 'classification', 'training'] as const;
export type GoalArea = (typeof GOAL_AREAS)[number];

export interface KpiReport {
  readonly asOf: IsoDate;
  readonly year: number;
  readonly managementSystem: { readonly measures: Measure[]; readonly maturity: MaturitySummary };
  readonly riskManagement: { readonly measures: Measure[]; readonly openRisksByLevel: Record<string, number>; readonly criticalAreasWithoutAnalysis: string[] };
  readonly securityOrganisation: { readonly measures: Measure[]; readonly vacancies: RoleSlot[] };
  readonly classification: { readonly measures: Measure[] };
  readonly training: { readonly measures: Measure[] };
}

/**
 * R-KPI: the measures of the five goal areas on `asOf`. Every measure carries its numerator and
 * denominator; the denominators are the current registers and roster, never historical totals.
 */
export function goalAreaKpis(snapshot: RegisterSnapshot, config: RegionConfig, asOf: IsoDate): KpiReport {
  const year = yearOf(asOf);

  const maturity = maturitySummary(snapshot.maturity, config, year);

  const areas = analysedCriticalAreas(snapshot.units, snapshot.riskAnalyses, config, asOf);
  const openRisks = snapshot.risks.filter(isOpenRisk);
  const governedRisks = openRisks.filter((risk) => risk.ownerEmail !== undefined && risk.followUpOn !== undefined);

  const slots = roleSlots(config, snapshot.units, snapshot.systems, snapshot.roleAssignments, asOf);
  const filled = slots.filter((slot) => slot.holderEmail !== undefined);
  const needingMandate = slots.filter((slot) => slot.requiresMandate);
  const withMandate = needingMandate.filter((slot) => slot.holderEmail !== undefined && slot.mandateDocumented);

  const duties = classificationDuties(snapshot.assets, snapshot.systems, snapshot.classifications, config, asOf);
  const systemDuties = duties.filter((duty) => duty.targetKind === 'system');
  const assetDuties = duties.filter((duty) => duty.targetKind === 'asset');

  const obligations = trainingObligations(
    snapshot.roster,
    snapshot.systems,
    rolesByPerson(slots),
    snapshot.trainingRecords,
    config,
    asOf
  );

  return {
    asOf,
    year,
    managementSystem: {
      measures: [measure('areas-at-target-maturity', maturity.atTarget, maturity.applicable)],
      maturity
    },
    riskManagement: {
      measures: [
        measure('critical-areas-with-risk-analysis', areas.analysed.length, areas.analysed.length + areas.missing.length, 100),
        measure('open-risks-with-owner-and-follow-up', governedRisks.length, openRisks.length, 100)
      ],
      openRisksByLevel: risksByLevel(openRisks, config),
      criticalAreasWithoutAnalysis: areas.missing
    },
    securityOrganisation: {
      measures: [
        measure('roles-filled', filled.length, slots.length, 100),
        measure('roles-with-mandate', withMandate.length, needingMandate.length, 100)
      ],
      vacancies: slots.filter((slot) => slot.holderEmail === undefined)
    },
    classification: {
      measures: [
        measure('current-systems-classified', systemDuties.filter((duty) => !needsAction(duty)).length, systemDuties.length, 100),
        measure('prioritised-assets-classified', assetDuties.filter((duty) => !needsAction(duty)).length, assetDuties.length, 100)
      ]
    },
    training: {
      measures: trainingCompliance(obligations, config).map((compliance) =>
        measure(`trained:${compliance.audienceKey}`, compliance.trained, compliance.members, compliance.targetPercent)
      )
    }
  };
}
