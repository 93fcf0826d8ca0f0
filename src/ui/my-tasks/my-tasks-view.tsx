import * as React from 'react';
import { MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens, useId } from '@fluentui/react-components';
import type { MyTasksAnswer, TaskItem } from '../../contracts/my-tasks';
import type { Locale } from '../../domain/shared/localized-text';
import { createTranslator } from '../../i18n/translator';
import type { WebPartServices } from '../shell/web-part-services';
import { errorMessage } from '../shared/error-message';
import { loadMyTasks, snoozeTask } from './my-tasks-data';
import { groupByPerson, groupByTopic } from './task-groups';
import { TaskGroup } from './task-group';
import { TaskRow, subjectNameOf } from './task-row';

/** Fetched when a person first assesses an incident here: most visits of My tasks never do (R-INC). */
const IncidentAssessmentDialog = React.lazy(() =>
  import(/* webpackChunkName: 'tillit-incident-assessment' */ '../incidents/incident-assessment-dialog').then((module) => ({ default: module.IncidentAssessmentDialog }))
);

/** Fetched when a person first signs here. */
const SignDialog = React.lazy(() => import(/* webpackChunkName: 'tillit-sign-dialog' */ './sign-dialog').then((module) => ({ default: module.SignDialog })));

/**
 * What is done in place rather than on the item's page: an incident to assess. The unit chief may not
 * open the report in SharePoint (the Incidents list is private to its reporters); the app service
 * shows it to her and takes her assessment (R-INC, R-SEC-1).
 */
function actsInPlace(item: TaskItem): boolean {
  return item.topic === 'incident-assessment' && item.subjectKind === 'incident';
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalL, maxWidth: '72em' },
  text: { margin: 0 },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  empty: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2
  },
  secondary: { margin: 0, color: tokens.colorNeutralForeground2 }
});

type Loaded = { readonly state: 'loading' } | { readonly state: 'failed'; readonly message: string } | { readonly state: 'ready'; readonly answer: MyTasksAnswer };

export interface MyTasksViewProps {
  readonly services: WebPartServices;
  readonly locale: Locale;
  /** The page holding the My acknowledgement web part: Open on an acknowledgement goes there (Sign is done in place). */
  readonly acknowledgementPageUrl?: string;
}

/**
 * My tasks (issue 8, web part 2): what the signed-in person owes, by topic as the bot's digest lists it
 * (R-NDG-1, R-NDG-2), then what is escalated to them by person (R-NDG-3), then a manager's staff's
 * overdue training; each with why, the due date, a link to act on it, and Snooze.
 */
export function MyTasksView({ services, locale, acknowledgementPageUrl }: MyTasksViewProps): JSX.Element {
  const styles = useStyles();
  const t = React.useMemo(() => createTranslator(locale), [locale]);
  const headingId = useId('tillit-my-tasks-');
  const [loaded, setLoaded] = React.useState<Loaded>({ state: 'loading' });
  const [busyKey, setBusyKey] = React.useState<string | undefined>();
  const [assessing, setAssessing] = React.useState<string | undefined>();
  const [signing, setSigning] = React.useState<TaskItem | undefined>();
  const [notice, setNotice] = React.useState<{ intent: 'success' | 'error'; text: string } | undefined>();
  const noticeRef = React.useRef<HTMLDivElement>(null);

  const load = React.useCallback(async (): Promise<void> => {
    try {
      setLoaded({ state: 'ready', answer: await loadMyTasks(services) });
    } catch (error) {
      setLoaded({ state: 'failed', message: errorMessage(error, t) });
    }
  }, [services, t]);

  React.useEffect(() => {
    void load();
  }, [load]);

  // The row that had focus is gone after a snooze: focus goes to what happened, so keyboard users are not lost (WCAG 2.4.3).
  React.useEffect(() => {
    if (notice !== undefined) noticeRef.current?.focus();
  }, [notice]);

  const snooze = async (key: string, item: TaskItem, days: number): Promise<void> => {
    setBusyKey(key);
    try {
      const answer = await snoozeTask(services, key, days);
      await load();
      setNotice({ intent: 'success', text: t('myTasks.snoozed', { name: subjectNameOf(item, services.config, locale), date: answer.until }) });
    } catch (error) {
      setNotice({ intent: 'error', text: errorMessage(error, t) });
    } finally {
      setBusyKey(undefined);
    }
  };

  const closeAssessment = (assessed: boolean): void => {
    setAssessing(undefined);
    if (assessed) void load();
  };
  const closeSigning = (signed: boolean): void => {
    setSigning(undefined);
    if (signed) void load();
  };

  const row = (item: TaskItem, snoozeKey: string, options: { showResponsible?: boolean; showTopic?: boolean; snoozable: boolean; own?: boolean }): React.ReactElement => (
    <TaskRow
      key={snoozeKey}
      item={item}
      snoozeKey={snoozeKey}
      config={services.config}
      locale={locale}
      t={t}
      showResponsible={options.showResponsible}
      showTopic={options.showTopic}
      snoozeDays={options.snoozable && loaded.state === 'ready' ? loaded.answer.snoozeDays : undefined}
      busy={busyKey === snoozeKey}
      openHref={item.topic === 'acknowledgement' && acknowledgementPageUrl ? acknowledgementPageUrl : undefined}
      onSign={item.topic === 'acknowledgement' && options.own === true ? setSigning : undefined}
      onAct={options.own === true && actsInPlace(item) ? (acted) => setAssessing(acted.subjectId) : undefined}
      onSnooze={
        options.snoozable
          ? (key, snoozed, days) => {
              void snooze(key, snoozed, days);
            }
          : undefined
      }
    />
  );

  const topicHeading = (topic: string, known: boolean): string => (known ? t(`myTasks.topics.${topic}`) : `${t('myTasks.topics.other')}: ${topic}`);

  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="my-tasks">
      <Text as="h2" className={styles.text} size={600} weight="semibold" id={headingId}>
        {t('myTasks.heading')}
      </Text>
      <Text as="p" className={styles.text}>
        {t('myTasks.intro')}
      </Text>
      {notice ? (
        <MessageBar intent={notice.intent} data-testid="my-tasks-notice" data-intent={notice.intent} ref={noticeRef} tabIndex={-1}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      ) : null}
      {loaded.state === 'loading' ? <Spinner size="small" label={t('myTasks.loading')} /> : null}
      {loaded.state === 'failed' ? (
        <MessageBar intent="error" data-testid="my-tasks-error">
          <MessageBarBody>{loaded.message}</MessageBarBody>
        </MessageBar>
      ) : null}
      {loaded.state === 'ready' ? <ReadyTasks answer={loaded.answer} t={t} styles={styles} row={row} topicHeading={topicHeading} /> : null}
      {assessing !== undefined ? (
        <React.Suspense fallback={<Spinner size="small" label={t('myTasks.loading')} />}>
          <IncidentAssessmentDialog services={services} locale={locale} incidentId={assessing} open onClose={closeAssessment} />
        </React.Suspense>
      ) : null}
      {signing !== undefined ? (
        <React.Suspense fallback={<Spinner size="small" label={t('myTasks.loading')} />}>
          <SignDialog services={services} locale={locale} item={signing} onClose={closeSigning} />
        </React.Suspense>
      ) : null}
    </section>
  );
}

interface ReadyTasksProps {
  readonly answer: MyTasksAnswer;
  readonly t: ReturnType<typeof createTranslator>;
  readonly styles: ReturnType<typeof useStyles>;
  row(item: TaskItem, snoozeKey: string, options: { showResponsible?: boolean; showTopic?: boolean; snoozable: boolean; own?: boolean }): React.ReactElement;
  topicHeading(topic: string, known: boolean): string;
}

function ReadyTasks({ answer, t, styles, row, topicHeading }: ReadyTasksProps): JSX.Element {
  const { owed, escalated, staffTraining, snoozedCount } = answer;
  const snoozedNote =
    snoozedCount > 0 ? (
      <Text as="p" size={200} className={styles.secondary} data-testid="snoozed-count">
        {t('myTasks.snoozedHidden', { count: snoozedCount })}
      </Text>
    ) : null;
  if (owed.length + escalated.length + staffTraining.length === 0) {
    return (
      <>
        <div className={styles.empty} data-testid="my-tasks-empty">
          <Text as="h3" size={500} weight="semibold" className={styles.text}>
            {t('myTasks.emptyHeading')}
          </Text>
          <Text as="p" className={styles.text}>
            {t('myTasks.empty')}
          </Text>
        </div>
        {snoozedNote}
      </>
    );
  }
  return (
    <>
      <Text as="p" className={styles.text} weight="semibold" data-testid="my-tasks-summary">
        {t('myTasks.summary', { owed: t('myTasks.owed', { count: owed.length }) })}
        {escalated.length > 0 ? ` ${t('myTasks.escalatedSummary', { count: escalated.length })}` : ''}
      </Text>
      {snoozedNote}
      {owed.length > 0 ? (
        <section className={styles.section} data-testid="owed">
          <Text as="h3" size={500} weight="semibold" className={styles.text}>
            {t('myTasks.owedHeading')}
          </Text>
          {groupByTopic(owed).map((group) => (
            <TaskGroup
              key={group.topic}
              heading={topicHeading(group.topic, group.known)}
              items={group.items}
              t={t}
              testId="topic-group"
              groupKey={group.topic}
              headingLevel="h4"
              renderItem={(item) => row(item, item.key, { snoozable: true, showTopic: !group.known, own: true })}
            />
          ))}
        </section>
      ) : null}
      {escalated.length > 0 ? (
        <section className={styles.section} data-testid="escalated">
          <Text as="h3" size={500} weight="semibold" className={styles.text}>
            {t('myTasks.escalatedHeading')}
          </Text>
          <Text as="p" className={styles.text}>
            {t('myTasks.escalatedIntro')}
          </Text>
          {groupByPerson(escalated).map((group) => (
            <TaskGroup
              key={group.email}
              heading={group.name}
              items={group.items}
              t={t}
              testId="person-group"
              groupKey={group.email}
              headingLevel="h4"
              renderItem={(item) => row(item.item, item.key, { snoozable: true, showTopic: true })}
            />
          ))}
        </section>
      ) : null}
      {staffTraining.length > 0 ? (
        <section className={styles.section} data-testid="staff-training">
          <Text as="h3" size={500} weight="semibold" className={styles.text}>
            {t('myTasks.staffTrainingHeading')}
          </Text>
          <Text as="p" className={styles.text}>
            {t('myTasks.staffTrainingIntro')}
          </Text>
          <TaskGroup
            heading={t('myTasks.topics.training')}
            items={staffTraining}
            t={t}
            testId="staff-training-group"
            groupKey="training"
            headingLevel="h4"
            renderItem={(item) => row(item, item.key, { snoozable: false, showResponsible: true })}
          />
        </section>
      ) : null}
    </>
  );
}
