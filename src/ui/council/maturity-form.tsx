import * as React from 'react';
import { Button, Field, MessageBar, MessageBarBody, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { CouncilDashboard } from '../../contracts/council-dashboard';
import type { Locale } from '../../domain/shared/localized-text';
import type { Translate } from '../../i18n/translator';
import type { AppServiceClient } from '../shell/app-service-client';
import { errorMessage } from '../shared/error-message';
import { recordMaturity } from './council-data';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, maxWidth: '40em' },
  buttons: { display: 'flex', columnGap: tokens.spacingHorizontalS }
});

export interface MaturityFormProps {
  readonly maturity: CouncilDashboard['maturity'];
  readonly year: number;
  readonly appService: AppServiceClient;
  readonly locale: Locale;
  readonly t: Translate;
  readonly onSaved: (notice: string) => void;
  readonly onCancel: () => void;
}

/** R-MAT: the security coordinator records the year's status of one area, with a comment; earlier years stay as history. */
export function MaturityForm({ maturity, year, appService, locale, t, onSaved, onCancel }: MaturityFormProps): JSX.Element {
  const styles = useStyles();
  const current = maturity.years.find((entry) => entry.year === year);
  const [areaKey, setAreaKey] = React.useState(maturity.areas[0]?.key ?? '');
  const existing = current?.areas.find((area) => area.areaKey === areaKey);
  const [statusKey, setStatusKey] = React.useState(existing?.statusKey ?? maturity.scale[0]?.key ?? '');
  const [comment, setComment] = React.useState(existing?.comment ?? '');
  const [busy, setBusy] = React.useState(false);
  const [failure, setFailure] = React.useState<string | undefined>();

  const chooseArea = (key: string): void => {
    setAreaKey(key);
    const assessed = current?.areas.find((area) => area.areaKey === key);
    setStatusKey(assessed?.statusKey ?? maturity.scale[0]?.key ?? '');
    setComment(assessed?.comment ?? '');
  };

  const submit = (event: React.FormEvent): void => {
    event.preventDefault();
    setBusy(true);
    setFailure(undefined);
    const trimmed = comment.trim();
    recordMaturity(appService, { year, areaKey, statusKey, ...(trimmed === '' ? {} : { comment: trimmed }) }).then(
      () => onSaved(t('council.maturity.saved', { area: maturity.areas.find((area) => area.key === areaKey)?.label[locale] ?? areaKey })),
      (error: unknown) => {
        setBusy(false);
        setFailure(errorMessage(error, t));
      }
    );
  };

  return (
    <form className={styles.form} onSubmit={submit} aria-label={t('council.maturity.recordHeading')} data-testid="maturity-form">
      <Field label={t('council.maturity.area')} required>
        <Select value={areaKey} onChange={(_event, data) => chooseArea(data.value)}>
          {maturity.areas.map((area) => (
            <option key={area.key} value={area.key}>
              {area.label[locale]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={`${t('council.maturity.status')} ${year}`} required>
        <Select value={statusKey} onChange={(_event, data) => setStatusKey(data.value)}>
          {maturity.scale.map((step) => (
            <option key={step.key} value={step.key}>
              {step.label[locale]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('council.maturity.comment')}>
        <Textarea value={comment} onChange={(_event, data) => setComment(data.value)} maxLength={2000} resize="vertical" />
      </Field>
      {failure !== undefined && (
        <MessageBar intent="error">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" disabled={busy}>
          {t('council.maturity.save')}
        </Button>
        <Button onClick={onCancel} disabled={busy}>
          {t('council.maturity.cancel')}
        </Button>
      </div>
    </form>
  );
}
