import * as React from 'react';
import { Field, ProgressBar, Text } from '@fluentui/react-components';
import type { CouncilDashboard } from '../../contracts/council-dashboard';
import type { Locale } from '../../domain/shared/localized-text';
import type { Translate } from '../../i18n/translator';
import { formatDate } from './council-format';
import { DataTable } from './data-table';

export interface ActionPlanSectionProps {
  readonly actions: CouncilDashboard['actionPlan'];
  readonly locale: Locale;
  readonly t: Translate;
}

/** R-ACT: the action plan's activities with their measured progress and the domain's follow-up state. */
export function ActionPlanSection({ actions, locale, t }: ActionPlanSectionProps): JSX.Element {
  if (actions.length === 0) return <Text as="p">{t('council.actions.none')}</Text>;
  const done = actions.filter((action) => action.state === 'done').length;
  const overdue = actions.filter((action) => action.state === 'overdue').length;
  return (
    <>
      <Text as="p" data-testid="action-plan-summary">
        {t('council.actions.summary', { done, total: actions.length, overdue })}
      </Text>
      <DataTable
        caption={t('council.actions.heading')}
        testId="action-plan"
        columns={[
          { key: 'activity', header: t('council.actions.activity') },
          { key: 'metric', header: t('council.actions.metric') },
          { key: 'responsible', header: t('council.actions.responsible') },
          { key: 'period', header: t('council.actions.period') },
          { key: 'state', header: t('council.actions.state') },
          { key: 'progress', header: t('council.actions.progress') }
        ]}
        rows={actions.map((action) => ({
          key: action.id,
          cells: {
            activity: action.activity,
            metric: action.metric,
            responsible: action.responsibleName ?? action.responsibleEmail ?? '',
            period: `${formatDate(action.startsOn, locale)} – ${formatDate(action.endsOn, locale)}`,
            state:
              action.state === 'overdue' && action.daysOverdue !== undefined
                ? t('council.actions.daysOverdue', { days: action.daysOverdue })
                : t(`council.actions.states.${action.state}`, { defaultValue: action.state }),
            progress: (
              <Field validationMessage={t('council.actions.progressLabel', { percent: Math.round(action.progressPercent) })} validationState="none">
                <ProgressBar value={action.progressPercent / 100} thickness="large" aria-label={`${action.activity}: ${t('council.actions.progressLabel', { percent: Math.round(action.progressPercent) })}`} />
              </Field>
            )
          }
        }))}
      />
    </>
  );
}
