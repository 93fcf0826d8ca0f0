import { z } from 'zod';
import { isoDateSchema } from '../shared/calendar';
import { emailSchema, idSchema } from '../shared/person-ref';

/** prioriterad and verksamhetskritisk assets must have an owner (R-AST-2) and a classification (R-CLS-1). */
export const ASSET_PRIORITIES = ['normal', 'prioritised', 'business-critical'] as const;
export type AssetPriority = (typeof ASSET_PRIORITIES)[number];

export const informationAssetSchema = z
  .object({
    id: idSchema,
    name: z.string().trim().min(1, 'a name is required').max(255),
    description: z.string().default(''),
    businessProcess: z.string().default(''),
    unitId: idSchema,
    ownerEmail: emailSchema.optional(),
    priority: z.enum(ASSET_PRIORITIES),
    /** Keys of measures from the region's catalogue that are in place (skyddsåtgärder, R-CLS-3). */
    protectiveMeasures: z.array(z.string().trim().min(1)).default([]),
    handlingRules: z.string().default(''),
    systemIds: z.array(idSchema).default([]),
    lastReviewedOn: isoDateSchema.optional(),
    nextReviewOn: isoDateSchema.optional()
  });
export type InformationAsset = z.infer<typeof informationAssetSchema>;

export function isPrioritised(asset: InformationAsset): boolean {
  return asset.priority !== 'normal';
}
