import * as React from 'react';
import { Button, Checkbox, Field, Input, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens, useId } from '@fluentui/react-components';
import { ACKNOWLEDGEMENTS_API, signAcknowledgementResponseSchema, type SignAcknowledgementResponse } from '../../contracts/acknowledgements';
import type { Locale } from '../../domain/shared/localized-text';
import { createTranslator } from '../../i18n/translator';
import type { WebPartServices } from '../shell/web-part-services';
import { errorMessage } from '../shared/error-message';
import { formatDate } from './acknowledgement-format';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, maxWidth: '36rem' },
  row: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalM },
  grow: { flexGrow: 1, minWidth: '12rem' },
  text: { margin: 0 }
});

export interface SignAcknowledgementFormProps {
  readonly services: Pick<WebPartServices, 'appService'>;
  readonly locale: Locale;
  readonly documentKey: string;
  readonly documentTitle: string;
  readonly version: string;
  /** Today in the site's time zone, as the app service said (the instant itself is the server's). */
  readonly today: string;
  readonly prefill: { readonly signerTitle: string; readonly printedName: string };
  readonly onSigned: (answer: SignAcknowledgementResponse) => void;
}

/**
 * "Bekräftelse av mottagande" (seed section 5, R-ACK): place, the date (shown, not chosen), title,
 * printed name and a confirmation; Sign posts to the app service, which signs for the signed-in
 * person only (R-SEC-1). Exported for My tasks, which shows it in a dialog.
 */
export function SignAcknowledgementForm(props: SignAcknowledgementFormProps): JSX.Element {
  const { services, locale, documentKey, version } = props;
  const styles = useStyles();
  const t = React.useMemo(() => createTranslator(locale), [locale]);
  const headingId = useId('tillit-sign-');
  const [place, setPlace] = React.useState('');
  const [signerTitle, setSignerTitle] = React.useState(props.prefill.signerTitle);
  const [printedName, setPrintedName] = React.useState(props.prefill.printedName);
  const [confirmed, setConfirmed] = React.useState(false);
  const [tried, setTried] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  const [failure, setFailure] = React.useState<string | undefined>();

  const missing = (value: string, field: string): string | undefined => (tried && value.trim() === '' ? t('acknowledgement.required', { field: field.toLowerCase() }) : undefined);
  const send = async (): Promise<void> => {
    setTried(true);
    if (place.trim() === '' || signerTitle.trim() === '' || printedName.trim() === '' || !confirmed) return;
    setBusy(true);
    setFailure(undefined);
    try {
      const answer = await services.appService.post(ACKNOWLEDGEMENTS_API.sign, { documentKey, version, place, signerTitle, printedName, confirmed: true }, signAcknowledgementResponseSchema);
      props.onSigned(answer);
    } catch (error) {
      setFailure(errorMessage(error, t));
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: React.FormEvent): void => {
    event.preventDefault();
    send().catch((error: unknown) => setFailure(errorMessage(error, t)));
  };

  return (
    <form className={styles.form} aria-labelledby={headingId} onSubmit={submit} noValidate>
      <Text as="h3" size={500} weight="semibold" className={styles.text} id={headingId}>
        {t('acknowledgement.formHeading')}
      </Text>
      <Text as="p" className={styles.text}>{t('acknowledgement.formIntro')}</Text>
      <div className={styles.row}>
        <Field className={styles.grow} label={t('acknowledgement.place')} required validationMessage={missing(place, t('acknowledgement.place'))}>
          <Input value={place} onChange={(_event, data) => setPlace(data.value)} autoComplete="address-level2" />
        </Field>
        <Field label={t('acknowledgement.date')}>
          <Input value={formatDate(props.today, locale)} readOnly />
        </Field>
      </div>
      <Field label={t('acknowledgement.title')} required validationMessage={missing(signerTitle, t('acknowledgement.title'))}>
        <Input value={signerTitle} onChange={(_event, data) => setSignerTitle(data.value)} autoComplete="organization-title" />
      </Field>
      <Field label={t('acknowledgement.printedName')} required validationMessage={missing(printedName, t('acknowledgement.printedName'))}>
        <Input value={printedName} onChange={(_event, data) => setPrintedName(data.value)} autoComplete="name" />
      </Field>
      <Field validationMessage={tried && !confirmed ? t('acknowledgement.mustConfirm') : undefined}>
        <Checkbox checked={confirmed} onChange={(_event, data) => setConfirmed(data.checked === true)} label={t('acknowledgement.confirm', { title: props.documentTitle, version })} />
      </Field>
      {failure !== undefined && (
        <MessageBar intent="error">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      )}
      <div>
        <Button type="submit" appearance="primary" disabled={busy} icon={busy ? <Spinner size="tiny" /> : undefined}>
          {busy ? t('acknowledgement.signing') : t('acknowledgement.sign')}
        </Button>
      </div>
    </form>
  );
}
