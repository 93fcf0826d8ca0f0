import * as React from 'react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { CouncilDashboard } from '../../contracts/council-dashboard';
import type { Locale } from '../../domain/shared/localized-text';
import type { Translate } from '../../i18n/translator';
import { formatDate } from './council-format';
import { DataTable } from './data-table';

const useStyles = makeStyles({ list: { margin: 0, paddingLeft: tokens.spacingHorizontalL } });

export interface MeetingsSectionProps {
  readonly meetings: CouncilDashboard['meetings'];
  readonly actionPlan: CouncilDashboard['actionPlan'];
  readonly locale: Locale;
  readonly t: Translate;
}

/** R-MTG: the year's council meetings, their decisions and the actions they put in the action plan. */
export function MeetingsSection({ meetings, actionPlan, locale, t }: MeetingsSectionProps): JSX.Element {
  const styles = useStyles();
  if (meetings.length === 0) return <Text as="p">{t('council.meetings.none')}</Text>;
  const lines = (texts: readonly string[]): JSX.Element => (
    <ul className={styles.list}>
      {texts.map((text, index) => (
        <li key={index}>{text}</li>
      ))}
    </ul>
  );
  // An action decided in an earlier year and since done or closed is not in this year's plan: counted, not named.
  const actionsOf = (ids: readonly string[]): JSX.Element => {
    const named = ids.flatMap((id) => actionPlan.filter((action) => action.id === id).map((action) => action.activity));
    const others = ids.length - named.length;
    return lines(others > 0 ? [...named, t('council.meetings.otherActions', { count: others })] : named);
  };
  return (
    <DataTable
      caption={t('council.meetings.heading')}
      testId="meetings"
      columns={[
        { key: 'heldOn', header: t('council.meetings.heldOn') },
        { key: 'attendees', header: t('council.meetings.attendees'), numeric: true },
        { key: 'decisions', header: t('council.meetings.decisions') },
        { key: 'actions', header: t('council.meetings.actions') }
      ]}
      rows={[...meetings]
        .sort((a, b) => b.heldOn.localeCompare(a.heldOn))
        .map((meeting) => ({
          key: meeting.id,
          cells: {
            heldOn: formatDate(meeting.heldOn, locale),
            attendees: meeting.attendeeCount,
            decisions: lines(meeting.decisions),
            actions: actionsOf(meeting.actionIds)
          }
        }))}
    />
  );
}
