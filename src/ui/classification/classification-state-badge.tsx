import * as React from 'react';
import { Badge } from '@fluentui/react-components';
import type { ClassificationDuty } from '../../domain/classification/classification-status';
import type { Translate } from '../../i18n/translator';
import { TextWithDates } from '../shared/text-with-dates';

const COLOURS = { missing: 'danger', overdue: 'danger', 'due-soon': 'warning', current: 'success' } as const;

/** The duty's state as a badge, with the reason in words (colour is never the only carrier; WCAG 1.4.1). */
export function ClassificationStateBadge({ duty, t }: { readonly duty: ClassificationDuty; readonly t: Translate }): JSX.Element {
  const reason =
    duty.state === 'missing'
      ? t('classification.reasonMissing')
      : duty.state === 'overdue'
        ? t('classification.reasonOverdue', { date: duty.dueOn ?? '' })
        : t('classification.reasonDue', { date: duty.dueOn ?? '' });
  return (
    <span data-testid="classification-state" data-state={duty.state}>
      <Badge appearance="filled" color={COLOURS[duty.state]}>
        {t(`values.classificationState.${duty.state}`)}
      </Badge>{' '}
      <TextWithDates text={reason} />
    </span>
  );
}
