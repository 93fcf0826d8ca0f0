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
import type { ClassificationDuty } from '../../domain/classification/classification-status';
import type { Locale } from '../../domain/shared/localized-text';
import { createTranslator } from '../../i18n/translator';
import type { WebPartServices } from '../shell/web-part-services';
import { errorMessage } from '../shared/error-message';
import { todayIn } from '../shared/today';
import { ClassificationForm } from './classification-form';
import { ClassificationHistory } from './classification-history';
import { loadOwnedClassifications, saveClassification, targetKey, type NewClassification, type OwnedClassifications } from './classification-data';
import { ClassificationStateBadge } from './classification-state-badge';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalL },
  text: { margin: 0 },
  selected: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  // Laid out by content: Fluent's fixed layout gave the short kind and action columns as much room as the names.
  table: { tableLayout: 'auto' }
});

type Loaded = { readonly state: 'loading' } | { readonly state: 'failed'; readonly message: string } | { readonly state: 'ready'; readonly owned: OwnedClassifications; readonly me: string };

export interface ClassificationWorkspaceProps {
  readonly services: WebPartServices;
  readonly locale: Locale;
}

/**
 * Classification web part (R-CLS): the signed-in owner's assets and systems with their state
 * (overdue in red with the reason), a guided classification of one of them, and its history.
 */
export function ClassificationWorkspace({ services, locale }: ClassificationWorkspaceProps): JSX.Element {
  const styles = useStyles();
  const t = React.useMemo(() => createTranslator(locale), [locale]);
  const headingId = useId('tillit-classification-');
  const today = todayIn(services.config.timeZone);
  const [loaded, setLoaded] = React.useState<Loaded>({ state: 'loading' });
  const [selectedKey, setSelectedKey] = React.useState<string | undefined>();
  const [saving, setSaving] = React.useState(false);
  const [notice, setNotice] = React.useState<{ intent: 'success' | 'warning' | 'error'; text: string } | undefined>();
  const formHeadingRef = React.useRef<HTMLHeadingElement>(null);

  // Choosing an object moves focus to its form, so keyboard and screen-reader users land where the work is (WCAG 2.4.3).
  React.useEffect(() => {
    if (selectedKey !== undefined) formHeadingRef.current?.focus();
  }, [selectedKey]);

  const load = React.useCallback(async (): Promise<OwnedClassifications | undefined> => {
    try {
      const me = (await services.signedInPerson()).email;
      const owned = await loadOwnedClassifications(services, me, today);
      setLoaded({ state: 'ready', owned, me });
      return owned;
    } catch (error) {
      setLoaded({ state: 'failed', message: errorMessage(error, t) });
      return undefined;
    }
  }, [services, today, t]);

  React.useEffect(() => {
    void load();
  }, [load]);

  const selected = loaded.state === 'ready' ? loaded.owned.duties.find((duty) => targetKey(duty.targetKind, duty.targetId) === selectedKey) : undefined;

  const save = async (draft: NewClassification): Promise<void> => {
    if (loaded.state !== 'ready') return;
    setSaving(true);
    const key = targetKey(draft.targetKind, draft.targetId);
    const known = new Set((loaded.owned.history.get(key) ?? []).map((classification) => classification.id));
    try {
      const added = await saveClassification(services, draft, loaded.me, today);
      const name = selected?.targetName ?? '';
      // Each save adds (R-CLS keeps history), so two people classifying at once both keep theirs; the
      // newest is in force. Whoever saves second is told of the other one, which she had not seen (R-SEC-2).
      const meanwhile = ((await load())?.history.get(key) ?? []).filter((classification) => !known.has(classification.id) && classification.id !== added.id);
      setNotice(
        meanwhile.length === 0
          ? { intent: 'success', text: t('classification.saved', { name }) }
          : { intent: 'warning', text: t('classification.savedAlongside', { name, by: meanwhile.map((classification) => classification.classifiedBy).join(', ') }) }
      );
    } catch (error) {
      setNotice({ intent: 'error', text: errorMessage(error, t) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h2" className={styles.text} size={600} weight="semibold" id={headingId}>
        {t('classification.heading')}
      </Text>
      <Text as="p" className={styles.text}>{t('classification.intro', { months: services.config.classification.reviewIntervalMonths })}</Text>
      {notice ? (
        <MessageBar intent={notice.intent} data-testid="classification-notice" data-intent={notice.intent}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      ) : null}
      {loaded.state === 'loading' ? <Spinner size="small" label={t('classification.loading')} /> : null}
      {loaded.state === 'failed' ? (
        <MessageBar intent="error">
          <MessageBarBody>{loaded.message}</MessageBarBody>
        </MessageBar>
      ) : null}
      {loaded.state === 'ready' && loaded.owned.duties.length === 0 ? <Text as="p" className={styles.text}>{t('classification.nothingOwned')}</Text> : null}
      {loaded.state === 'ready' && loaded.owned.duties.length > 0 ? (
        <Table size="small" aria-label={t('classification.yourObjects')} data-testid="classification-duties" className={styles.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('fields.name')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('fields.targetKind')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('fields.status')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('classification.action')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {loaded.owned.duties.map((duty: ClassificationDuty) => {
              const key = targetKey(duty.targetKind, duty.targetId);
              return (
                <TableRow key={key} data-testid="classification-duty" data-target={key}>
                  <TableCell>{duty.targetName}</TableCell>
                  <TableCell>{t(`classification.kinds.${duty.targetKind}`)}</TableCell>
                  <TableCell>
                    <ClassificationStateBadge duty={duty} t={t} />
                  </TableCell>
                  <TableCell>
                    <Button
                      size="small"
                      appearance={key === selectedKey ? 'primary' : 'secondary'}
                      aria-pressed={key === selectedKey}
                      onClick={() => {
                        setNotice(undefined);
                        setSelectedKey(key);
                      }}
                      aria-label={t('classification.classify', { name: duty.targetName })}
                      data-testid="classify"
                    >
                      {t('classification.classifyShort')}
                    </Button>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      ) : null}
      {selected && loaded.state === 'ready' ? (
        <div className={styles.selected} data-testid="classification-selected">
          <Text as="h3" size={500} weight="semibold" className={styles.text} ref={formHeadingRef} tabIndex={-1}>
            {t('classification.formHeading', { name: selected.targetName })}
          </Text>
          <ClassificationForm
            key={`${selectedKey ?? ''}:${selected.latest?.id ?? 'none'}`}
            duty={selected}
            config={services.config}
            locale={locale}
            t={t}
            today={today}
            saving={saving}
            onSave={(draft) => {
              void save(draft);
            }}
            onCancel={() => setSelectedKey(undefined)}
          />
          <ClassificationHistory
            classifications={loaded.owned.history.get(targetKey(selected.targetKind, selected.targetId)) ?? []}
            config={services.config}
            locale={locale}
            t={t}
            headingClassName={styles.text}
          />
        </div>
      ) : null}
    </section>
  );
}
