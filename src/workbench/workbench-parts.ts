import type { WebPartDefinition } from '../ui/shell/web-part-definition';
import { configurationSummaryPart } from '../ui/web-parts/configuration-summary-part';

export interface WorkbenchPart {
  readonly part: WebPartDefinition<unknown>;
  /** The properties a new instance gets: the manifest's preconfiguredEntries[0].properties (a test keeps them equal). */
  readonly initialProperties: Readonly<Record<string, unknown>>;
}

/** Every web part under webparts/, in the order the workbench lists them. */
export const WORKBENCH_PARTS: readonly WorkbenchPart[] = [{ part: configurationSummaryPart, initialProperties: {} }];
