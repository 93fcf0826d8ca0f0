import * as React from 'react';
import { Badge, Button, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens, useId } from '@fluentui/react-components';
import { ACKNOWLEDGEMENTS_API, myAcknowledgementsResponseSchema, type DocumentToSign, type MyAcknowledgementsResponse, type SignAcknowledgementResponse } from '../../contracts/acknowledgements';
import type { Locale } from '../../domain/shared/localized-text';
import { createTranslator, type Translate } from '../../i18n/translator';
import type { WebPartServices } from '../shell/web-part-services';
import { errorMessage } from '../shared/error-message';
import { formatDate } from './acknowledgement-format';
import { AcknowledgementReceipt } from './acknowledgement-receipt';
import { DocumentText } from './document-text';
import { SignAcknowledgementForm } from './sign-acknowledgement-form';
import { VerificationStatus } from './verification-status';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalL },
  text: { margin: 0 },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  badges: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, listStyleType: 'none', margin: 0, padding: 0 },
  document: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL }
});

export interface MyAcknowledgementProps {
  readonly services: Pick<WebPartServices, 'appService'>;
  readonly locale: Locale;
}

function DocumentCard({ document, mine, services, locale, t, onSigned }: {
  readonly document: DocumentToSign;
  readonly mine: MyAcknowledgementsResponse;
  readonly services: Pick<WebPartServices, 'appService'>;
  readonly locale: Locale;
  readonly t: Translate;
  readonly onSigned: (answer: SignAcknowledgementResponse) => void;
}): JSX.Element {
  const styles = useStyles();
  const headingId = useId('tillit-document-');
  const owes = document.mustSign && document.signed === undefined;
  // A document still to sign is shown whole; once signed, its text folds away behind a button.
  const [open, setOpen] = React.useState(owes);
  return (
    <section className={styles.document} aria-labelledby={headingId}>
      <Text as="h3" size={500} weight="semibold" className={styles.text} id={headingId}>
        {document.title}
      </Text>
      <Text as="p" className={styles.text}>{t('acknowledgement.version', { version: document.version, date: formatDate(document.publishedOn, locale) })}</Text>
      <div data-testid="acknowledgement-status">
        {document.signed !== undefined ? (
          <Badge appearance="tint" color="success" size="large">
            {t('acknowledgement.signedOn', { date: formatDate(document.signed.signedOn, locale), place: document.signed.place })}
          </Badge>
        ) : owes ? (
          <Badge appearance="tint" color="warning" size="large">
            {document.dueOn === undefined ? t('acknowledgement.toSignNoDate') : t('acknowledgement.toSign', { date: formatDate(document.dueOn, locale) })}
          </Badge>
        ) : null}
      </div>
      {document.signed !== undefined && <AcknowledgementReceipt receipt={document.signed} locale={locale} t={t} />}
      <div>
        <Button appearance="secondary" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('acknowledgement.hideText') : t('acknowledgement.showText')}
        </Button>
      </div>
      {open && (
        <section aria-label={t('acknowledgement.documentText')}>
          {/* The text is the region's Swedish document whatever the page's language. */}
          <DocumentText text={document.text} lang="sv" />
        </section>
      )}
      {owes && (
        <SignAcknowledgementForm
          services={services}
          locale={locale}
          documentKey={document.documentKey}
          documentTitle={document.title}
          version={document.version}
          today={mine.today}
          prefill={mine.prefill}
          onSigned={onSigned}
        />
      )}
    </section>
  );
}

/**
 * "Min bekräftelse" (R-ACK): the versions in force of the documents the signed-in person must
 * acknowledge, readable, with her roles, her status and the form; afterwards the receipt; earlier
 * versions she signed; and, for the site owners, the chain's verification (R-SEC-4).
 */
export function MyAcknowledgement({ services, locale }: MyAcknowledgementProps): JSX.Element {
  const styles = useStyles();
  const t = React.useMemo(() => createTranslator(locale), [locale]);
  const headingId = useId('tillit-acknowledgement-');
  const [mine, setMine] = React.useState<MyAcknowledgementsResponse | undefined>();
  const [failure, setFailure] = React.useState<string | undefined>();
  const [signed, setSigned] = React.useState<SignAcknowledgementResponse | undefined>();
  const [loads, setLoads] = React.useState(0);

  React.useEffect(() => {
    let live = true;
    services.appService.get(ACKNOWLEDGEMENTS_API.mine, myAcknowledgementsResponseSchema).then(
      (answer) => live && setMine(answer),
      (error: unknown) => live && setFailure(errorMessage(error, t))
    );
    return () => {
      live = false;
    };
  }, [services, t, loads]);

  const onSigned = (answer: SignAcknowledgementResponse): void => {
    setSigned(answer);
    // Shown signed at once from the receipt; the read that follows brings the rest (earlier versions, the verification).
    setMine((known) =>
      known && {
        ...known,
        documents: known.documents.map((document) =>
          document.documentKey === answer.receipt.documentKey && document.version === answer.receipt.version ? { ...document, signed: answer.receipt } : document
        )
      }
    );
    setLoads((count) => count + 1);
  };
  const owesAnything = mine?.documents.some((document) => document.mustSign) ?? false;
  const signedTitle = signed && mine?.documents.find((document) => document.documentKey === signed.receipt.documentKey)?.title;

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h2" size={600} weight="semibold" className={styles.text} id={headingId}>
        {t('acknowledgement.heading')}
      </Text>
      {failure !== undefined && (
        <MessageBar intent="error">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      )}
      {mine === undefined && failure === undefined && <Spinner label={t('acknowledgement.loading')} />}
      {mine !== undefined && (
        <>
          <Text as="p" className={styles.text}>{t('acknowledgement.intro')}</Text>
          {mine.mayVerify && (
            <div className={styles.section}>
              <Text as="h3" size={400} weight="semibold" className={styles.text}>
                {t('acknowledgement.verificationHeading')}
              </Text>
              <VerificationStatus services={services} t={t} refresh={loads} />
            </div>
          )}
          <div className={styles.section}>
            <Text as="h3" size={400} weight="semibold" className={styles.text}>
              {t('acknowledgement.yourRoles')}
            </Text>
            {mine.roles.length === 0 && !mine.isManager ? (
              <Text as="p" className={styles.text}>{t('acknowledgement.noRoles')}</Text>
            ) : (
              <ul className={styles.badges} data-testid="acknowledgement-roles">
                {mine.roles.map((role) => (
                  <li key={role.key}>
                    <Badge appearance="tint" color="brand">{role.label[locale]}</Badge>
                  </li>
                ))}
                {mine.isManager && (
                  <li>
                    <Badge appearance="tint" color="brand">{t('acknowledgement.manager')}</Badge>
                  </li>
                )}
              </ul>
            )}
          </div>
          {signed !== undefined && (
            <MessageBar intent="success" data-testid="acknowledgement-signed">
              <MessageBarBody>
                {signed.alreadySigned ? t('acknowledgement.receiptAlready') : t('acknowledgement.receiptSigned', { title: signedTitle ?? signed.receipt.documentKey, version: signed.receipt.version })}
              </MessageBarBody>
            </MessageBar>
          )}
          {!owesAnything && (
            <MessageBar intent="info" data-testid="acknowledgement-nothing-owed">
              <MessageBarBody>{t('acknowledgement.nothingOwed')}</MessageBarBody>
            </MessageBar>
          )}
          {mine.documents.map((document) => (
            <DocumentCard key={document.documentKey} document={document} mine={mine} services={services} locale={locale} t={t} onSigned={onSigned} />
          ))}
          <div className={styles.section}>
            <Text as="h3" size={400} weight="semibold" className={styles.text}>
              {t('acknowledgement.earlierHeading')}
            </Text>
            {mine.earlier.length === 0 ? (
              <Text as="p" className={styles.text}>{t('acknowledgement.noEarlier')}</Text>
            ) : (
              <ul className={styles.list} data-testid="acknowledgement-earlier">
                {mine.earlier.map((receipt) => (
                  <li key={receipt.id}>
                    <Text>{t('acknowledgement.earlierItem', { title: receipt.title, version: receipt.version, date: formatDate(receipt.signedOn, locale), place: receipt.place })}</Text>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </>
      )}
    </section>
  );
}
