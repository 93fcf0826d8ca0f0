import type { WebPartDefinition } from '../ui/shell/web-part-definition';
import { configurationSummaryPart } from '../ui/web-parts/configuration-summary-part';
// --- classification and record of processing (issue 7, parts 2 and 3) ---
import { classificationPart } from '../ui/web-parts/classification-part';
import { processingPart } from '../ui/web-parts/processing-part';
import { registerPart } from '../ui/web-parts/register-part';
import { myTasksPart } from '../ui/web-parts/my-tasks-part';
// Report an incident (issue 8, web part 3)
import { reportIncidentPart } from '../ui/web-parts/report-incident-part';
import { importPart } from '../ui/web-parts/import-part';
import { myAcknowledgementPart } from '../ui/web-parts/my-acknowledgement-part';

export interface WorkbenchPart {
  readonly part: WebPartDefinition<unknown>;
  /** The properties a new instance gets: the manifest's preconfiguredEntries[0].properties (a test keeps them equal). */
  readonly initialProperties: Readonly<Record<string, unknown>>;
}

/** Every web part under webparts/, in the order the workbench lists them. */
export const WORKBENCH_PARTS: readonly WorkbenchPart[] = [
  { part: configurationSummaryPart, initialProperties: {} },
  // --- classification and record of processing (issue 7, parts 2 and 3) ---
  { part: classificationPart as WebPartDefinition<unknown>, initialProperties: {} },
  { part: processingPart as WebPartDefinition<unknown>, initialProperties: {} },
  // Register (issue 7, web part 1)
  { part: registerPart as WebPartDefinition<unknown>, initialProperties: { register: 'assets', view: 'all' } },
  // My tasks (issue 8, web part 2)
  { part: myTasksPart as WebPartDefinition<unknown>, initialProperties: { acknowledgementPageUrl: '' } },
  // Report an incident (issue 8, web part 3)
  { part: reportIncidentPart as WebPartDefinition<unknown>, initialProperties: {} },
  // Import and export (issue 8, web part 4)
  { part: importPart as WebPartDefinition<unknown>, initialProperties: {} },
  // My acknowledgement (issue 8, web part 1)
  { part: myAcknowledgementPart as WebPartDefinition<unknown>, initialProperties: {} }
];
