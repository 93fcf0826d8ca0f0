import { classificationDuties, type ClassificationDuty } from '../../domain/classification/classification-status';
import { classificationSchema, type Classification, type ClassificationLevels, type ClassifiedKind } from '../../domain/classification/classification';
import type { IsoDate } from '../../domain/shared/calendar';
import { eq } from '../../sharepoint/odata-literal';
import type { WebPartServices } from '../shell/web-part-services';
import { filtersForIds, readInChunks } from '../shared/id-filters';

/** The signed-in owner's assets and systems that must be classified, each with its classifications newest first. */
export interface OwnedClassifications {
  readonly duties: readonly ClassificationDuty[];
  readonly history: ReadonlyMap<string, readonly Classification[]>;
}

export function targetKey(kind: ClassifiedKind, id: string): string {
  return `${kind}:${id}`;
}

/**
 * R-CLS-2: the owner classifies what she owns. Every read filters on an indexed column first
 * (Owner, TargetAsset, TargetSystem; see the list schemas), so a region-sized register never
 * meets the list view threshold.
 */
export async function loadOwnedClassifications(services: WebPartServices, ownerEmail: string, today: IsoDate): Promise<OwnedClassifications> {
  const { registers, config } = services;
  const [assets, systems] = await Promise.all([registers.assets.readAll(eq('Owner/EMail', ownerEmail)), registers.systems.readAll(eq('Owner/EMail', ownerEmail))]);
  const read = (filter: string): ReturnType<typeof registers.classifications.readAll> => registers.classifications.readAll(filter);
  const classifications = [
    ...(await readInChunks(filtersForIds('TargetAssetId', assets.valid.map((asset) => asset.id)), read)),
    ...(await readInChunks(filtersForIds('TargetSystemId', systems.valid.map((system) => system.id)), read))
  ];
  const history = new Map<string, Classification[]>();
  for (const classification of classifications) {
    const key = targetKey(classification.targetKind, classification.targetId);
    history.set(key, [...(history.get(key) ?? []), classification]);
  }
  for (const list of history.values()) list.sort((a, b) => b.classifiedOn.localeCompare(a.classifiedOn) || Number(b.id) - Number(a.id));
  return { duties: classificationDuties(assets.valid, systems.valid, classifications, config, today), history };
}

export interface NewClassification {
  readonly targetKind: ClassifiedKind;
  readonly targetId: string;
  readonly levels: ClassificationLevels;
  readonly comment: string;
  readonly nextReviewOn?: IsoDate;
}

/** Saving adds a classification; the newest is the one in force and the earlier ones stay as history (R-CLS). */
export async function saveClassification(services: WebPartServices, draft: NewClassification, classifiedBy: string, today: IsoDate): Promise<Classification> {
  // The id is the new item's; the schema asks for one, so the record carries a placeholder until SharePoint gives it.
  const record = classificationSchema.parse({ id: 'new', ...draft, classifiedBy, classifiedOn: today });
  const added = await services.registers.classifications.add(record);
  return { ...added.record, id: added.id };
}
