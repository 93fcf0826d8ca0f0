import { ASSET_PRIORITIES, informationAssetSchema, type InformationAsset } from '../../domain/assets/information-asset';
import { classificationState, latestClassifications } from '../../domain/classification/classification-status';
import { addDaysTo } from '../../domain/shared/calendar';
import { eq, lt, or } from '../../sharepoint/odata-literal';
import { dateColumnLiteral } from './date-filters';
import type { ItemStatus, RegisterDefinition, StatusContext } from './register-definition';
import type { Stored } from '../../sharepoint/repositories/list-repository';

/** R-CLS-1/R-CLS-2: the badge of an asset is its classification's state, when the region requires one. */
async function assetStatuses(items: readonly Stored<InformationAsset>[], { registers, config, today, t }: StatusContext): Promise<Map<string, ItemStatus>> {
  const statuses = new Map<string, ItemStatus>();
  if (items.length === 0) return statuses;
  // One read for the page: the classifications of these assets (TargetAsset is indexed).
  const read = await registers.classifications.readAll(or(...items.map((item) => eq('TargetAssetId', Number(item.id)))));
  const latest = latestClassifications(read.valid);
  for (const { id, record } of items) {
    if (!config.classification.requiredForAssetPriorities.includes(record.priority)) continue;
    const { state, dueOn } = classificationState(latest.get(`asset:${id}`), config, today);
    const label = t(`values.classificationState.${state}`);
    if (state === 'missing') statuses.set(id, { tone: 'danger', label, reason: t('register.reasons.classificationMissing') });
    else if (state === 'overdue') statuses.set(id, { tone: 'danger', label, reason: t('register.reasons.classificationOverdue', { date: dueOn ?? '' }) });
    else if (state === 'due-soon') statuses.set(id, { tone: 'warning', label, reason: t('register.reasons.classificationDueSoon', { date: dueOn ?? '' }) });
    else statuses.set(id, { tone: 'success', label, reason: t('register.reasons.classificationCurrent', { date: dueOn ?? '' }) });
  }
  return statuses;
}

export const assetsRegister: RegisterDefinition<InformationAsset> = {
  key: 'assets',
  repository: (registers) => registers.assets,
  schema: informationAssetSchema,
  columns: [
    { key: 'name', label: 'fields.name', value: (asset) => asset.name },
    { key: 'ownerEmail', label: 'fields.ownerEmail', sortField: 'Owner', person: true, value: (asset) => asset.ownerEmail ?? '' },
    { key: 'priority', label: 'fields.priority', sortField: 'Priority', value: (asset, t) => t(`values.priority.${asset.priority}`) },
    { key: 'nextReviewOn', label: 'fields.nextReviewOn', sortField: 'NextReviewOn', value: (asset) => asset.nextReviewOn ?? '' }
  ],
  defaultSort: { field: 'ID', descending: false },
  views: [
    { key: 'all', filter: () => undefined },
    { key: 'business-critical', filter: () => eq('Priority', 'business-critical') },
    // Due today or before: stored dates are the site's midnight (date-filters.ts), not UTC midnight.
    { key: 'review-due', filter: (today, config) => lt('NextReviewOn', dateColumnLiteral(addDaysTo(today, 1), config)) }
  ],
  formFields: [
    { key: 'name', kind: 'text', required: true },
    { key: 'description', kind: 'note' },
    { key: 'businessProcess', kind: 'text' },
    { key: 'ownerEmail', kind: 'email' },
    { key: 'priority', kind: 'choice', required: true, choices: ASSET_PRIORITIES, choiceLabels: 'priority' },
    { key: 'handlingRules', kind: 'note' },
    { key: 'nextReviewOn', kind: 'date' }
  ],
  statuses: assetStatuses
};
