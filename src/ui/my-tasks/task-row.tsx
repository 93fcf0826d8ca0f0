import * as React from 'react';
import { Badge, Button, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { RegionConfig } from '../../config/region-config';
import type { TaskItem } from '../../contracts/my-tasks';
import { textIn, type Locale } from '../../domain/shared/localized-text';
import type { Translate } from '../../i18n/translator';
import { TextWithDates } from '../shared/text-with-dates';
import { SnoozeMenuOnDemand } from './snooze-menu-on-demand';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`
  },
  // The name takes the room there is and wraps (a long system name breaks inside a word rather than overflow).
  what: { flex: '1 1 18em', minWidth: 0, display: 'flex', flexDirection: 'column', overflowWrap: 'anywhere' },
  state: { flex: '0 1 14em', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  actions: { flex: '0 0 auto', display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalM },
  secondary: { color: tokens.colorNeutralForeground2 }
});

const URGENCY_COLOUR = { overdue: 'danger', missing: 'danger', 'due-soon': 'warning' } as const;

export interface TaskRowProps {
  readonly item: TaskItem;
  /** The key Snooze names: the item's own, or the escalation's. */
  readonly snoozeKey: string;
  readonly config: RegionConfig;
  readonly locale: Locale;
  readonly t: Translate;
  /** Show who owes it (escalations and staff training). */
  readonly showResponsible?: boolean;
  /** Topic shown on the row where the list is not grouped by topic. */
  readonly showTopic?: boolean;
  readonly snoozeDays?: readonly number[];
  readonly busy?: boolean;
  /** Where Open goes instead of the item's list page (an acknowledgement: the page with My acknowledgement). */
  readonly openHref?: string;
  /** Sign here, in a dialog, through the app service (R-ACK): an acknowledgement the person owes. */
  onSign?(item: TaskItem): void;
  /** Done here, in a dialog (an incident to assess): offered instead of the link to the item. */
  onAct?(item: TaskItem): void;
  onSnooze?(key: string, item: TaskItem, days: number): void;
}

/** The name a person knows the subject by: a course by its configured label, anything else by its register name. */
export function subjectNameOf(item: TaskItem, config: RegionConfig, locale: Locale): string {
  if (item.subjectKind === 'course') {
    const course = config.training.courses.find((candidate) => candidate.key === item.subjectId);
    if (course !== undefined) return textIn(course.label, locale);
  }
  return item.subjectName;
}

/** What exactly is owed, in words: the topic's task, the risk's problem, the modules done. */
function whatToDo(item: TaskItem, t: Translate): string {
  if (item.topic === 'risk-follow-up') {
    const problem = t(`myTasks.riskProblems.${item.detail}`);
    return problem === `myTasks.riskProblems.${item.detail}` ? t('myTasks.whatToDo.risk-follow-up') : problem;
  }
  const modules = /^(\d+)\/(\d+)$/.exec(item.detail);
  if (item.topic === 'training' && modules && Number(modules[2]) > 1) return `${t('myTasks.whatToDo.training')}. ${t('myTasks.modulesDone', { done: modules[1], total: modules[2] })}`;
  const known = t(`myTasks.whatToDo.${item.topic}`);
  return known === `myTasks.whatToDo.${item.topic}` ? '' : known;
}

function kindOf(item: TaskItem, t: Translate): string {
  const kind = t(`myTasks.kinds.${item.subjectKind}`);
  return kind === `myTasks.kinds.${item.subjectKind}` ? '' : kind;
}

/** One thing owed: what it is, why now (overdue N days / not done / due soon), the due date, and the actions. */
export function TaskRow({ item, snoozeKey, config, locale, t, showResponsible, showTopic, snoozeDays, busy, openHref, onSign, onAct, onSnooze }: TaskRowProps): JSX.Element {
  const styles = useStyles();
  const name = subjectNameOf(item, config, locale);
  const urgency = item.urgency === 'overdue' ? t('myTasks.urgency.overdue', { count: item.daysOverdue }) : t(`myTasks.urgency.${item.urgency}`);
  const details = [showTopic ? t(`myTasks.topics.${item.topic}`) : undefined, kindOf(item, t), whatToDo(item, t)].filter((part, index, all): part is string => part !== undefined && part !== '' && all.indexOf(part) === index);
  return (
    <li className={styles.row} data-testid="task" data-key={snoozeKey} data-urgency={item.urgency}>
      <div className={styles.what}>
        <Text weight="semibold">{name}</Text>
        {details.length > 0 ? (
          <Text size={200} className={styles.secondary}>
            {details.join(' · ')}
          </Text>
        ) : null}
        {showResponsible ? (
          <Text size={200} className={styles.secondary}>
            {t('myTasks.owedBy', { name: item.responsibleName ?? item.responsibleEmail })}
          </Text>
        ) : null}
      </div>
      <div className={styles.state}>
        <span>
          <Badge appearance="filled" color={URGENCY_COLOUR[item.urgency]} data-testid="task-urgency">
            {urgency}
          </Badge>
        </span>
        <Text size={200}>
          <TextWithDates text={item.dueOn === undefined ? t('myTasks.dueNow') : t('myTasks.dueOn', { date: item.dueOn })} />
        </Text>
      </div>
      <div className={styles.actions}>
        {onSign !== undefined ? (
          <Button size="small" appearance="primary" onClick={() => onSign(item)} aria-label={t('myTasks.signNamed', { name })} data-testid="sign">
            {t('myTasks.sign')}
          </Button>
        ) : null}
        {onAct !== undefined ? (
          <Button size="small" appearance="primary" onClick={() => onAct(item)} aria-label={t('myTasks.assessNamed', { name })} data-testid="act">
            {t('myTasks.assess')}
          </Button>
        ) : null}
        {onAct === undefined && (openHref ?? item.link) !== undefined ? (
          <Link href={openHref ?? item.link} aria-label={t('myTasks.openNamed', { name })} data-testid="open">
            {t('myTasks.open')}
          </Link>
        ) : null}
        {onSnooze !== undefined && snoozeDays !== undefined ? (
          <SnoozeMenuOnDemand name={name} days={snoozeDays} busy={busy ?? false} t={t} onSnooze={(days) => onSnooze(snoozeKey, item, days)} />
        ) : null}
      </div>
    </li>
  );
}
