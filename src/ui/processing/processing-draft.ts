import type { ZodIssue } from 'zod';
import { processingActivitySchema, type ProcessingActivity } from '../../domain/processing/processing-activity';

/** The form's fields as the person types them: lists one per line, transfers as "country: safeguard". */
export interface ProcessingDraft {
  readonly name: string;
  readonly purpose: string;
  readonly legalBasis: string;
  readonly specialCategoryBasis: string;
  readonly dataSubjectCategories: string;
  readonly personalDataCategories: string;
  readonly recipients: string;
  readonly thirdCountryTransfers: string;
  readonly retention: string;
  readonly securityMeasures: string;
  readonly controller: string;
  readonly unitId: string;
  readonly dpia: string;
  readonly gapAnalysis: string;
  readonly actionPlan: string;
}

export type DraftField = keyof ProcessingDraft;

/** The form's fields in the order the form shows them (the order a conflict lists them in). */
export const DRAFT_FIELDS: readonly DraftField[] = [
  'name',
  'purpose',
  'controller',
  'unitId',
  'legalBasis',
  'specialCategoryBasis',
  'dataSubjectCategories',
  'personalDataCategories',
  'recipients',
  'thirdCountryTransfers',
  'retention',
  'securityMeasures',
  'dpia',
  'gapAnalysis',
  'actionPlan'
];

const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);

export function draftOf(activity: ProcessingActivity | undefined, defaultUnitId: string): ProcessingDraft {
  return {
    name: activity?.name ?? '',
    purpose: activity?.purpose ?? '',
    legalBasis: activity?.legalBasis ?? 'public-task',
    specialCategoryBasis: activity?.specialCategoryBasis ?? '',
    dataSubjectCategories: (activity?.dataSubjectCategories ?? []).join('\n'),
    personalDataCategories: (activity?.personalDataCategories ?? []).join('\n'),
    recipients: (activity?.recipients ?? []).join('\n'),
    thirdCountryTransfers: (activity?.thirdCountryTransfers ?? []).map((transfer) => `${transfer.country}: ${transfer.safeguard}`).join('\n'),
    retention: activity?.retention ?? '',
    securityMeasures: activity?.securityMeasures ?? '',
    controller: activity?.controller ?? '',
    unitId: activity?.unitId ?? defaultUnitId,
    dpia: activity?.dpia ?? 'not-assessed',
    gapAnalysis: activity?.gapAnalysis ?? 'not-started',
    actionPlan: activity?.actionPlan ?? 'not-started'
  };
}

/**
 * The draft checked by the domain schema (the same rules a bulk import meets); each issue is
 * reported on the form field it came from. Fields the form does not show keep their stored values.
 */
export function validateDraft(
  draft: ProcessingDraft,
  base: Partial<ProcessingActivity> & { readonly id: string }
): { readonly activity?: ProcessingActivity; readonly issues: ReadonlyMap<DraftField, ZodIssue> } {
  const result = processingActivitySchema.safeParse({
    ...base,
    name: draft.name,
    purpose: draft.purpose,
    legalBasis: draft.legalBasis,
    specialCategoryBasis: draft.specialCategoryBasis.trim() === '' ? undefined : draft.specialCategoryBasis.trim(),
    dataSubjectCategories: lines(draft.dataSubjectCategories),
    personalDataCategories: lines(draft.personalDataCategories),
    recipients: lines(draft.recipients),
    thirdCountryTransfers: lines(draft.thirdCountryTransfers).map((line) => {
      const colon = line.indexOf(':');
      return colon < 0 ? { country: line, safeguard: '' } : { country: line.slice(0, colon).trim(), safeguard: line.slice(colon + 1).trim() };
    }),
    retention: draft.retention,
    securityMeasures: draft.securityMeasures.trim(),
    controller: draft.controller,
    unitId: draft.unitId,
    dpia: draft.dpia,
    gapAnalysis: draft.gapAnalysis,
    actionPlan: draft.actionPlan
  });
  if (result.success) return { activity: result.data, issues: new Map() };
  const issues = new Map<DraftField, ZodIssue>();
  for (const issue of result.error.issues) {
    const field = issue.path[0] as DraftField;
    if (!issues.has(field)) issues.set(field, issue);
  }
  return { issues };
}
