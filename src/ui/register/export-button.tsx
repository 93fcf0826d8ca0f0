import * as React from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Translate } from '../../i18n/translator';
import type { PageRequest } from '../../sharepoint/repositories/list-page-reader';
import type { RegisterRepositories } from '../../sharepoint/repositories/register-repositories';
import { downloadSpreadsheet } from '../import/spreadsheet-files';
import { ErrorBar } from './error-bar';
import type { DisplayContext, RegisterDefinition } from './register-definition';
import { readWholeView, viewSheet } from './register-export';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS }
});

export interface ExportButtonProps<T> {
  readonly definition: RegisterDefinition<T>;
  readonly registers: RegisterRepositories;
  /** The view as the grid reads it (filter, sort, search), without paging. */
  readonly request: Omit<PageRequest, 'pageToken' | 'pageSize'>;
  readonly title: string;
  readonly fileName: string;
  readonly t: Translate;
  readonly display: DisplayContext;
}

/**
 * "Exportera till Excel": the whole view, read page by page with a count as it goes, written as
 * .xlsx by write-excel-file, which is fetched only then (its own chunk: the page bundle does not carry it).
 */
export function ExportButton<T>({ definition, registers, request, title, fileName, t, display }: ExportButtonProps<T>): JSX.Element {
  const styles = useStyles();
  const [state, setState] = React.useState<{ readonly busy: boolean; readonly read?: number; readonly done?: string; readonly error?: unknown }>({ busy: false });
  const run = async (): Promise<void> => {
    setState({ busy: true, read: 0 });
    try {
      const exported = await readWholeView(definition.repository(registers), request, (read) => setState({ busy: true, read }));
      await downloadSpreadsheet(viewSheet(definition, exported, t, display), fileName, title.slice(0, 31));
      setState({ busy: false, done: t('imports.exported', { count: exported.items.length.toLocaleString('sv-SE'), file: fileName }) });
    } catch (error) {
      setState({ busy: false, error });
    }
  };
  return (
    <div className={styles.root}>
      <Button disabled={state.busy} onClick={() => run().catch((error: unknown) => setState({ busy: false, error }))} data-testid="register-export">
        {t('imports.exportButton')}
      </Button>
      <div aria-live="polite">
        {state.busy && <Text data-testid="register-export-progress">{t('imports.exporting', { count: (state.read ?? 0).toLocaleString('sv-SE') })}</Text>}
        {state.done !== undefined && <Text data-testid="register-exported">{state.done}</Text>}
      </div>
      {state.error !== undefined && <ErrorBar error={state.error} t={t} />}
    </div>
  );
}
