import * as React from 'react';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { ACKNOWLEDGEMENTS_API, myAcknowledgementsResponseSchema, type AcknowledgementReceipt as Receipt, type MyAcknowledgementsResponse } from '../../contracts/acknowledgements';
import type { TaskItem } from '../../contracts/my-tasks';
import type { Locale } from '../../domain/shared/localized-text';
import { createTranslator } from '../../i18n/translator';
import { AcknowledgementReceipt } from '../acknowledgement/acknowledgement-receipt';
import { DocumentText } from '../acknowledgement/document-text';
import { SignAcknowledgementForm } from '../acknowledgement/sign-acknowledgement-form';
import type { WebPartServices } from '../shell/web-part-services';
import { errorMessage } from '../shared/error-message';

export interface SignDialogProps {
  readonly services: WebPartServices;
  readonly locale: Locale;
  /** The acknowledgement owed, as My tasks lists it (its subject is the document version). */
  readonly item: TaskItem;
  /** `signed` is true once the app service took the signature, so My tasks reloads what is owed. */
  onClose(signed: boolean): void;
}

type Loaded = { readonly state: 'loading' } | { readonly state: 'failed'; readonly message: string } | { readonly state: 'ready'; readonly mine: MyAcknowledgementsResponse };

/**
 * Sign from My tasks (R-ACK, R-NDG-2 "buttons that act"): the same form and the same app service
 * route as the My acknowledgement web part, so the signer is the signed-in person and the signature
 * joins the tamper-evident chain. The version in force comes from the service, not from the task.
 */
export function SignDialog({ services, locale, item, onClose }: SignDialogProps): JSX.Element {
  const t = React.useMemo(() => createTranslator(locale), [locale]);
  const [loaded, setLoaded] = React.useState<Loaded>({ state: 'loading' });
  const [receipt, setReceipt] = React.useState<Receipt | undefined>();
  const [reading, setReading] = React.useState(false);
  const signed = receipt !== undefined;

  React.useEffect(() => {
    let current = true;
    services.appService
      .get(ACKNOWLEDGEMENTS_API.mine, myAcknowledgementsResponseSchema)
      .then((mine) => current && setLoaded({ state: 'ready', mine }))
      .catch((error: unknown) => current && setLoaded({ state: 'failed', message: errorMessage(error, t) }));
    return () => {
      current = false;
    };
  }, [services, t]);

  const owed = loaded.state === 'ready' ? loaded.mine.documents.filter((document) => document.mustSign && document.signed === undefined) : [];
  const document = owed.find((candidate) => candidate.title === item.subjectName) ?? owed[0];

  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && onClose(signed)}>
      <DialogSurface data-testid="sign-dialog" style={{ maxWidth: '48em' }}>
        <DialogBody>
          <DialogTitle>{item.subjectName}</DialogTitle>
          <DialogContent>
            {loaded.state === 'loading' ? <Spinner size="small" label={t('acknowledgement.loading')} /> : null}
            {loaded.state === 'failed' ? (
              <MessageBar intent="error">
                <MessageBarBody>{loaded.message}</MessageBarBody>
              </MessageBar>
            ) : null}
            {loaded.state === 'ready' && document === undefined && !signed ? (
              <MessageBar intent="success">
                <MessageBarBody>{t('acknowledgement.nothingOwed')}</MessageBarBody>
              </MessageBar>
            ) : null}
            {receipt !== undefined ? <AcknowledgementReceipt receipt={receipt} locale={locale} t={t} /> : null}
            {loaded.state === 'ready' && document !== undefined && !signed ? (
              <div>
                <Button appearance="secondary" aria-expanded={reading} onClick={() => setReading(!reading)} data-testid="sign-dialog-text">
                  {reading ? t('acknowledgement.hideText') : t('acknowledgement.showText')}
                </Button>
                {/* What is signed is read first: the region's Swedish document, whatever the page's language. */}
                {reading ? (
                  <section aria-label={t('acknowledgement.documentText')}>
                    <DocumentText text={document.text} lang="sv" />
                  </section>
                ) : null}
              </div>
            ) : null}
            {loaded.state === 'ready' && document !== undefined && !signed ? (
              <SignAcknowledgementForm
                services={services}
                locale={locale}
                documentKey={document.documentKey}
                documentTitle={document.title}
                version={document.version}
                today={loaded.mine.today}
                prefill={loaded.mine.prefill}
                onSigned={(answer) => setReceipt(answer.receipt)}
              />
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button onClick={() => onClose(signed)} data-testid="sign-dialog-close">
              {t('myTasks.close')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
