import * as React from 'react';
import { Text } from '@fluentui/react-components';
import type { CouncilDashboard } from '../../contracts/council-dashboard';
import type { Locale } from '../../domain/shared/localized-text';
import type { Translate } from '../../i18n/translator';
import { formatDate } from './council-format';
import { DataTable } from './data-table';

export interface MeetingsSectionProps {
  readonly meetings: CouncilDashboard['meetings'];
  readonly actionPlan: CouncilDashboard['actionPlan'];
  readonly locale: Locale;
  readonly t: Translate;
}

/** R-MTG: the year's council meetings, their decisions and the actions they put in the action plan. */
export function MeetingsSection({ meetings, actionPlan, locale, t }: MeetingsSectionProps): JSX.Element {
  if (meetings.length === 0) return <Text as="p">{t('council.meetings.none')}</Text>;
  const activityOf = (id: string): string => actionPlan.find((action) => action.id === id)?.activity ?? id;
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
            decisions: meeting.decisions.join('; '),
            actions: meeting.actionIds.map(activityOf).join('; ')
          }
        }))}
    />
  );
}
