import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import type { IncidentView } from '../../contracts/incidents';
import { addHoursTo } from '../../domain/shared/calendar';
import type { Incident } from '../../domain/incidents/incident';
import type { Translate } from '../../i18n/translator';
import { wallClockOf } from '../register/wall-clock';

export interface ReportReceiptProps {
  readonly t: Translate;
  readonly incident: Incident;
  readonly unitName: string;
  /** Who assesses it, from the app service; undefined when it could not be asked (the text then names the roles). */
  readonly view: IncidentView | undefined;
  readonly timeZone: string;
  readonly breachHours: number;
  onAnother(): void;
}

/** After sending (R-INC): who will look at it and, for personal data, the DSO's 72 hours to IMY with the deadline. */
export function ReportReceipt({ t, incident, unitName, view, timeZone, breachHours, onAnother }: ReportReceiptProps): JSX.Element {
  const shown = (at: string): string => wallClockOf(at as never, timeZone).replace('T', ' ');
  const deadline = shown(view?.clock.deadline ?? addHoursTo(incident.discoveredAt, breachHours));
  const dso = view?.dataProtectionOfficers[0];
  const breach = incident.category === 'personal-data-breach';
  return (
    <MessageBar intent="success" layout="multiline" data-testid="report-receipt" role="status">
      <MessageBarBody>
        <MessageBarTitle>{t('incidents.receipt.title')}</MessageBarTitle>
        <Text as="p" block>
          {view?.unitChief ? t('incidents.receipt.chief', { name: view.unitChief.name, unit: view.unitName }) : t('incidents.receipt.chiefUnknown', { unit: unitName })}
        </Text>
        {breach ? (
          <Text as="p" block data-testid="report-receipt-breach">
            {dso ? t('incidents.receipt.breach', { name: dso.name, deadline }) : t('incidents.receipt.breachNoName', { deadline })}
          </Text>
        ) : null}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onAnother} data-testid="report-another">
          {t('incidents.receipt.another')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
