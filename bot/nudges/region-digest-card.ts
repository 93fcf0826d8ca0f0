import type { RegionConfig } from '../../src/config/region-config';
import { digestCard } from '../cards/digest-card';
import type { AdaptiveCardJson, DigestCardBuilder } from './digest-card-input';

/** The cards helper's digest card (bot/cards), with the region's course names for training items. */
export function regionDigestCard(config: Pick<RegionConfig, 'training'>): DigestCardBuilder {
  return (input) => digestCard({ ...input, courses: config.training.courses }) as unknown as AdaptiveCardJson;
}
