/** The import engine (issue 8, part 4): pure parsing, validation and planning, and the writes through the repositories. */
export { automaticMapping, unmappedRequired, type ColumnMapping } from './column-mapping';
export type { ImportColumn } from './import-column';
export { importContext, type ImportContext } from './import-context';
export type { ImportIssue, ImportIssueKind } from './import-issue';
export { existingByKey, planImport, type ExistingItem, type ImportPlan, type PlannedRow, type PlanKind } from './import-plan';
export { sheetOf, type ImportSheet } from './import-sheet';
export { IMPORT_TARGET_KEYS, type ImportTarget, type ImportTargetKey } from './import-target';
export { issueMessage, rowIssuesText } from './issue-message';
export { failedRowsSheet, type SheetCell } from './failed-rows-sheet';
export { parseRows, type ParsedRow } from './parse-rows';
export { readAllPages, readImportContext, type PagedReader } from './register-reads';
export { ASSETS_IMPORT } from './targets/assets-import';
export { SYSTEMS_IMPORT } from './targets/systems-import';
export { trainingImport } from './targets/training-import';
export { ImportWriteError, writePlan, type ImportWriter, type ImportWriteResult } from './write-plan';
export { importTargetFor } from './import-targets';
