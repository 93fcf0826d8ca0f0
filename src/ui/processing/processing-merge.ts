import type { MergeChoice } from '../shared/conflict-merge';
import { DRAFT_FIELDS, type DraftField, type ProcessingDraft } from './processing-draft';

/** The fields where the person's draft and the stored version differ: what a conflict shows side by side (R-SEC-2). */
export function differingDraftFields(mine: ProcessingDraft, theirs: ProcessingDraft): DraftField[] {
  return DRAFT_FIELDS.filter((field) => mine[field].trim() !== theirs[field].trim());
}

/**
 * The draft to save after a conflict: the person's values, except where she chose to keep the
 * other person's. Fields that do not differ are the same in both, so nothing of either is lost.
 */
export function mergedDraft(mine: ProcessingDraft, theirs: ProcessingDraft, choices: Readonly<Partial<Record<DraftField, MergeChoice>>>): ProcessingDraft {
  const merged: Record<DraftField, string> = { ...mine };
  for (const field of differingDraftFields(mine, theirs)) if (choices[field] === 'theirs') merged[field] = theirs[field];
  return merged;
}
