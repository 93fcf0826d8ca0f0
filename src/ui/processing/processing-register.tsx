import * as React from 'react';
import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
  useId
} from '@fluentui/react-components';
import type { ProcessingActivity } from '../../domain/processing/processing-activity';
import { ConflictError } from '../../domain/shared/errors';
import type { ProcessingScope } from '../../domain/processing/processing-scope';
import type { Locale } from '../../domain/shared/localized-text';
import { createTranslator, type Translate } from '../../i18n/translator';
import type { Stored } from '../../sharepoint/repositories/list-repository';
import type { WebPartServices } from '../shell/web-part-services';
import { errorMessage } from '../shared/error-message';
import { todayIn } from '../shared/today';
import { loadProcessingView, readForEdit, saveProcessingActivity, type ProcessingView } from './processing-data';
import { ProcessingForm } from './processing-form';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalL },
  text: { margin: 0 },
  editor: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  // The table lays out by content: with equal fixed columns a name took four lines beside half-empty status columns.
  table: { tableLayout: 'auto' },
  // In a narrow page column the table scrolls inside the web part instead of running over the page.
  scroller: { overflowX: 'auto' },
  // Short status words ("Ej påbörjad") read as one; the names and units wrap instead.
  status: { whiteSpace: 'nowrap' }
});

type Loaded = { readonly state: 'loading' } | { readonly state: 'failed'; readonly message: string } | { readonly state: 'ready'; readonly view: ProcessingView; readonly me: string };
/** The activity being edited and the ETag its save is made against; after a 412, the version saved meanwhile (R-SEC-2). */
type Editing = { readonly activity: ProcessingActivity | undefined; readonly etag: string | undefined; readonly theirs?: Stored<ProcessingActivity> } | undefined;

function scopeText(scope: ProcessingScope, view: ProcessingView, t: Translate): string {
  if (scope.kind === 'all') return t('processing.scopeAll');
  if (scope.kind === 'none') return t('processing.scopeNone');
  const names = scope.rootUnitIds.map((id) => view.units.find((unit) => unit.id === id)?.name ?? id).join(', ');
  return t(scope.role === 'registryCoordinator' ? 'processing.scopeRegistryCoordinator' : 'processing.scopeDeputyDataProtectionOfficer', { units: names });
}

export interface ProcessingRegisterProps {
  readonly services: WebPartServices;
  readonly locale: Locale;
}

/**
 * Record of processing web part (R-ROPA): the activities of the signed-in person's part of the
 * record — her area, her administration or, for the DSO, all (R-ROPA-1, R-ROPA-2) — and a form
 * to add or edit one.
 */
export function ProcessingRegister({ services, locale }: ProcessingRegisterProps): JSX.Element {
  const styles = useStyles();
  const t = React.useMemo(() => createTranslator(locale), [locale]);
  const headingId = useId('tillit-processing-');
  const today = todayIn(services.config.timeZone);
  const [loaded, setLoaded] = React.useState<Loaded>({ state: 'loading' });
  const [editing, setEditing] = React.useState<Editing>();
  const [saving, setSaving] = React.useState(false);
  const [notice, setNotice] = React.useState<{ intent: 'success' | 'error'; text: string } | undefined>();
  const formHeadingRef = React.useRef<HTMLHeadingElement>(null);
  const addButtonRef = React.useRef<HTMLButtonElement>(null);
  const editingKey = editing === undefined ? undefined : `${editing.activity?.id ?? 'new'}:${editing.etag ?? ''}`;
  const wasEditing = React.useRef(false);

  // Opening the form moves focus to its heading (it opens above the list, away from the button pressed);
  // closing it returns focus to the add button, so keyboard users never fall to the page's top (WCAG 2.4.3).
  React.useEffect(() => {
    if (editingKey !== undefined) formHeadingRef.current?.focus();
    else if (wasEditing.current) addButtonRef.current?.focus();
    wasEditing.current = editingKey !== undefined;
  }, [editingKey]);

  const load = React.useCallback(async (): Promise<void> => {
    try {
      const me = (await services.signedInPerson()).email;
      setLoaded({ state: 'ready', view: await loadProcessingView(services, me, today), me });
    } catch (error) {
      setLoaded({ state: 'failed', message: errorMessage(error, t) });
    }
  }, [services, today, t]);

  React.useEffect(() => {
    void load();
  }, [load]);

  const openEdit = async (id: string): Promise<void> => {
    setNotice(undefined);
    try {
      const stored = await readForEdit(services, id);
      setEditing({ activity: stored.record, etag: stored.etag });
    } catch (error) {
      setNotice({ intent: 'error', text: errorMessage(error, t) });
    }
  };

  const showConflict = async (id: string): Promise<void> => {
    try {
      const theirs = await readForEdit(services, id);
      setEditing((current) => (current ? { ...current, theirs } : current));
    } catch (error) {
      setNotice({ intent: 'error', text: errorMessage(error, t) });
    }
  };

  const save = async (activity: ProcessingActivity): Promise<void> => {
    if (editing === undefined) return;
    setSaving(true);
    setNotice(undefined);
    try {
      // After a conflict the merged activity is saved against the version it was merged with.
      await saveProcessingActivity(services, activity, editing.theirs?.etag ?? editing.etag);
      setEditing(undefined);
      setNotice({ intent: 'success', text: t('processing.saved', { name: activity.name }) });
      await load();
    } catch (error) {
      // Someone saved it meanwhile (412): read theirs and let the person merge, never overwrite (R-SEC-2).
      if (error instanceof ConflictError && editing.activity) await showConflict(editing.activity.id);
      else setNotice({ intent: 'error', text: errorMessage(error, t) });
    } finally {
      setSaving(false);
    }
  };

  const view = loaded.state === 'ready' ? loaded.view : undefined;
  const scope = view?.scope;
  const formUnits = view && scope ? (scope.kind === 'all' ? view.units : scope.kind === 'units' ? view.units.filter((unit) => scope.unitIds.includes(unit.id)) : []) : [];
  const unitName = (id: string): string => view?.units.find((unit) => unit.id === id)?.name ?? id;

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h2" className={styles.text} size={600} weight="semibold" id={headingId}>
        {t('processing.heading')}
      </Text>
      <Text as="p" className={styles.text}>{t('processing.intro')}</Text>
      {loaded.state === 'loading' ? <Spinner size="small" label={t('processing.loading')} /> : null}
      {loaded.state === 'failed' ? (
        <MessageBar intent="error">
          <MessageBarBody>{loaded.message}</MessageBarBody>
        </MessageBar>
      ) : null}
      {view && scope ? (
        <Text as="p" className={styles.text} data-testid="processing-scope">
          {scopeText(scope, view, t)}
        </Text>
      ) : null}
      {notice ? (
        <MessageBar intent={notice.intent} data-testid="processing-notice">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      ) : null}
      {view && scope && scope.kind !== 'none' && editing === undefined ? (
        <div>
          <Button appearance="primary" ref={addButtonRef} onClick={() => setEditing({ activity: undefined, etag: undefined })} data-testid="add-processing">
            {t('processing.add')}
          </Button>
        </div>
      ) : null}
      {editing !== undefined && loaded.state === 'ready' ? (
        <div className={styles.editor}>
          <Text as="h3" size={500} weight="semibold" className={styles.text} ref={formHeadingRef} tabIndex={-1}>
            {editing.activity ? t('processing.formEdit', { name: editing.activity.name }) : t('processing.formNew')}
          </Text>
          <ProcessingForm
            key={editingKey}
            activity={editing.activity}
            theirs={editing.theirs?.record}
            units={formUnits}
            registryCoordinatorEmail={loaded.me}
            saving={saving}
            t={t}
            onSave={(activity) => {
              void save(activity);
            }}
            onReload={() => setEditing((current) => (current?.theirs ? { activity: current.theirs.record, etag: current.theirs.etag } : current))}
            onCancel={() => setEditing(undefined)}
          />
        </div>
      ) : null}
      {view && scope && scope.kind !== 'none' ? (
        view.activities.length === 0 ? (
          <Text as="p" className={styles.text}>{t('processing.empty')}</Text>
        ) : (
          <div className={styles.scroller}>
            <Table size="small" aria-label={t('processing.list')} data-testid="processing-list" className={styles.table}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('fields.name')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('processing.unit')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('fields.legalBasis')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('processing.columns.dpia')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('fields.gapAnalysis')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('processing.columns.actionPlan')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('processing.actions')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {view.activities.map((activity) => (
                  <TableRow key={activity.id} data-testid="processing-row" data-unit={activity.unitId} data-activity-id={activity.id}>
                    <TableCell>{activity.name}</TableCell>
                    <TableCell>{unitName(activity.unitId)}</TableCell>
                    <TableCell>{t(`values.legalBasis.${activity.legalBasis}`)}</TableCell>
                    <TableCell className={styles.status}>{t(`values.dpia.${activity.dpia}`)}</TableCell>
                    <TableCell className={styles.status}>{t(`values.work.${activity.gapAnalysis}`)}</TableCell>
                    <TableCell className={styles.status}>{t(`values.work.${activity.actionPlan}`)}</TableCell>
                    <TableCell>
                      <Button size="small" onClick={() => {
                          void openEdit(activity.id);
                        }} aria-label={t('processing.editNamed', { name: activity.name })} data-testid="edit-processing">
                        {t('processing.edit')}
                      </Button>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )
      ) : null}
    </section>
  );
}
