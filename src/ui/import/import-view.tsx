import * as React from 'react';
import { Button, Field, MessageBar, MessageBarBody, ProgressBar, Select, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { RegionConfig } from '../../config/region-config';
import type { Locale } from '../../domain/shared/localized-text';
import { createTranslator, type Translate } from '../../i18n/translator';
import { automaticMapping, type ColumnMapping } from '../../imports/column-mapping';
import { failedRowsSheet } from '../../imports/failed-rows-sheet';
import { existingByKey, planImport, type ImportPlan } from '../../imports/import-plan';
import { sheetOf, type ImportSheet } from '../../imports/import-sheet';
import { IMPORT_TARGET_KEYS, type ImportTarget, type ImportTargetKey } from '../../imports/import-target';
import { importTargetFor } from '../../imports/import-targets';
import { parseRows } from '../../imports/parse-rows';
import { readAllPages, readImportContext } from '../../imports/register-reads';
import { ImportWriteError, writePlan, type ImportWriter } from '../../imports/write-plan';
import type { RegisterRepositories } from '../../sharepoint/repositories/register-repositories';
import { errorText } from '../register/error-bar';
import { ExportSection } from './export-section';
import { MappingStep } from './mapping-step';
import { PlanCounts, PreviewStep } from './preview-step';
import { downloadSpreadsheet, readSpreadsheet } from './spreadsheet-files';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL, maxWidth: '72rem' },
  heading: { margin: 0 },
  drop: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalL },
  actions: { display: 'flex', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' }
});

type Step =
  | { readonly kind: 'choose' }
  | { readonly kind: 'reading' }
  | { readonly kind: 'mapping'; readonly sheet: ImportSheet; readonly fileName: string; readonly mapping: ColumnMapping }
  | { readonly kind: 'checking'; readonly sheet: ImportSheet; readonly fileName: string }
  | { readonly kind: 'preview'; readonly sheet: ImportSheet; readonly fileName: string; readonly plan: ImportPlan<unknown> }
  | { readonly kind: 'writing'; readonly sheet: ImportSheet; readonly fileName: string; readonly plan: ImportPlan<unknown>; readonly done: number; readonly total: number }
  | { readonly kind: 'done'; readonly sheet: ImportSheet; readonly fileName: string; readonly plan: ImportPlan<unknown>; readonly failure?: string; readonly done: number; readonly total: number };

export interface ImportViewProps {
  readonly registers: RegisterRepositories;
  readonly config: RegionConfig;
  readonly locale: Locale;
}

function failedFileName(fileName: string, t: Translate): string {
  return `${fileName.replace(/\.(xlsx|csv)$/i, '')} – ${t('imports.errorColumn').toLowerCase()}.xlsx`;
}

/**
 * Import and export (issue 8, web part 4): a sheet of IT systems, information assets or LMS
 * training completions, read in the browser, mapped, checked against the register (read once, page
 * by page), previewed with its errors, and written only when the user confirms — with their own
 * identity, so SharePoint decides what they may write (R-SEC-1); a re-import changes nothing (R-SEC-2).
 */
export function ImportView({ registers, config, locale }: ImportViewProps): JSX.Element {
  const styles = useStyles();
  const t = React.useMemo(() => createTranslator(locale), [locale]);
  const [targetKey, setTargetKey] = React.useState<ImportTargetKey>('systems');
  const [step, setStep] = React.useState<Step>({ kind: 'choose' });
  const [error, setError] = React.useState<string | undefined>();
  const target: ImportTarget<unknown> = React.useMemo(() => importTargetFor(targetKey, config), [targetKey, config]);
  const repository = registers[targetKey] as unknown as ImportWriter<unknown> & Parameters<typeof readAllPages<unknown>>[0];

  const readFile = async (file: File): Promise<void> => {
    setError(undefined);
    setStep({ kind: 'reading' });
    try {
      const sheet = sheetOf(await readSpreadsheet(file));
      if (sheet.rows.length === 0) {
        setError(t('imports.emptyFile'));
        setStep({ kind: 'choose' });
        return;
      }
      setStep({ kind: 'mapping', sheet, fileName: file.name, mapping: automaticMapping(target.columns, sheet.headers) });
    } catch (failure) {
      setError(t('imports.readFailed', { message: failure instanceof Error ? failure.message : String(failure) }));
      setStep({ kind: 'choose' });
    }
  };

  const preview = async (sheet: ImportSheet, fileName: string, mapping: ColumnMapping): Promise<void> => {
    setError(undefined);
    setStep({ kind: 'checking', sheet, fileName });
    try {
      const [context, existing] = await Promise.all([readImportContext(registers.staff, registers.units), readAllPages(repository)]);
      const parsed = parseRows(target, sheet, mapping, context);
      setStep({ kind: 'preview', sheet, fileName, plan: planImport(target, sheet, mapping, parsed, existingByKey(target, existing)) });
    } catch (failure) {
      setError(errorText(failure, t));
      setStep({ kind: 'mapping', sheet, fileName, mapping });
    }
  };

  const confirm = async (sheet: ImportSheet, fileName: string, plan: ImportPlan<unknown>): Promise<void> => {
    const total = plan.counts.new + plan.counts.changed;
    setStep({ kind: 'writing', sheet, fileName, plan, done: 0, total });
    try {
      await writePlan(repository, plan, ({ done }) => setStep({ kind: 'writing', sheet, fileName, plan, done, total }));
      setStep({ kind: 'done', sheet, fileName, plan, done: total, total });
    } catch (failure) {
      const done = failure instanceof ImportWriteError ? failure.done : 0;
      const cause = failure instanceof ImportWriteError ? failure.cause : failure;
      setStep({ kind: 'done', sheet, fileName, plan, done, total, failure: t('imports.writeFailed', { done, total, message: errorText(cause, t) }) });
    }
  };

  const downloadFailed = (sheet: ImportSheet, fileName: string, plan: ImportPlan<unknown>): void => {
    downloadSpreadsheet(failedRowsSheet(sheet, plan.rows, t, locale), failedFileName(fileName, t), t('imports.errorColumn')).catch((failure: unknown) => setError(errorText(failure, t)));
  };

  /** Each step reports its own failures; this catches only what escapes them, so nothing fails silently. */
  const run = (work: Promise<void>): void => {
    work.catch((failure: unknown) => setError(errorText(failure, t)));
  };

  const restart = (): void => {
    setError(undefined);
    setStep({ kind: 'choose' });
  };

  return (
    <div className={styles.root} data-testid="import-view">
      <h2 className={styles.heading}>{t('imports.title')}</h2>
      <h3 className={styles.heading}>{t('imports.importHeading')}</h3>
      {error !== undefined && (
        <MessageBar intent="error" data-testid="import-error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {step.kind === 'choose' && (
        <>
          <Field label={t('imports.target')}>
            <Select value={targetKey} onChange={(_, data) => setTargetKey(data.value as ImportTargetKey)} data-testid="import-target">
              {IMPORT_TARGET_KEYS.map((key) => (
                <option key={key} value={key}>
                  {t(`imports.targets.${key}`)}
                </option>
              ))}
            </Select>
          </Field>
          <div
            className={styles.drop}
            onDragOver={(event) => event.preventDefault()}
            onDrop={(event) => {
              event.preventDefault();
              const file = event.dataTransfer.files[0];
              if (file !== undefined) run(readFile(file));
            }}
          >
            <Field label={t('imports.file')} hint={t('imports.fileHint')}>
              {(fieldProps) => (
                <input
                  {...fieldProps}
                  type="file"
                  accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
                  data-testid="import-file"
                  onChange={(event) => {
                    const file = event.target.files?.[0];
                    if (file !== undefined) run(readFile(file));
                  }}
                />
              )}
            </Field>
          </div>
        </>
      )}
      {step.kind === 'reading' && <Spinner label={t('imports.reading')} />}
      {step.kind === 'mapping' && (
        <MappingStep
          target={target}
          headers={step.sheet.headers}
          mapping={step.mapping}
          onChange={(mapping) => setStep({ ...step, mapping })}
          onPreview={() => run(preview(step.sheet, step.fileName, step.mapping))}
          onCancel={restart}
          t={t}
          locale={locale}
        />
      )}
      {step.kind === 'checking' && <Spinner label={t('imports.checking', { rows: step.sheet.rows.length.toLocaleString('sv-SE') })} data-testid="import-checking" />}
      {step.kind === 'preview' && (
        <PreviewStep
          plan={step.plan}
          onConfirm={() => run(confirm(step.sheet, step.fileName, step.plan))}
          onCancel={restart}
          onDownloadFailed={() => downloadFailed(step.sheet, step.fileName, step.plan)}
          t={t}
          locale={locale}
        />
      )}
      {step.kind === 'writing' && (
        <Field label={t('imports.writing')} validationState="none" validationMessage={t('imports.progress', { done: step.done.toLocaleString('sv-SE'), total: step.total.toLocaleString('sv-SE') })}>
          <ProgressBar value={step.total === 0 ? 1 : step.done / step.total} data-testid="import-progress" />
        </Field>
      )}
      {step.kind === 'done' && (
        <section aria-labelledby="import-done-heading" data-testid="import-done">
          <h4 id="import-done-heading">{t('imports.resultHeading')}</h4>
          {step.failure !== undefined && (
            <MessageBar intent="error" data-testid="import-write-failed">
              <MessageBarBody>{step.failure}</MessageBarBody>
            </MessageBar>
          )}
          <ul>
            <li data-testid="import-written">{t('imports.written', { count: step.done.toLocaleString('sv-SE') })}</li>
            <li>{t('imports.unchangedResult', { count: step.plan.counts.unchanged.toLocaleString('sv-SE') })}</li>
            <li>{t('imports.failedResult', { count: step.plan.counts.error.toLocaleString('sv-SE') })}</li>
          </ul>
          <PlanCounts plan={step.plan} t={t} />
          <div className={styles.actions}>
            {step.plan.counts.error > 0 && (
              <Button onClick={() => downloadFailed(step.sheet, step.fileName, step.plan)} data-testid="import-download-failed">
                {t('imports.downloadFailed')}
              </Button>
            )}
            <Button appearance="primary" onClick={restart} data-testid="import-again">
              {t('imports.again')}
            </Button>
          </div>
        </section>
      )}
      <ExportSection registers={registers} config={config} locale={locale} t={t} />
    </div>
  );
}
