import * as React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { ACKNOWLEDGEMENTS_API, verificationResponseSchema, type VerificationResponse } from '../../contracts/acknowledgements';
import type { Translate } from '../../i18n/translator';
import type { WebPartServices } from '../shell/web-part-services';
import { errorMessage } from '../shared/error-message';

/**
 * For the security coordinator's office (R-SEC-4): the chain's verification as one status line —
 * intact, or every finding with the SharePoint item ids to look at. Read again after a signature.
 */
export function VerificationStatus({ services, t, refresh }: { readonly services: Pick<WebPartServices, 'appService'>; readonly t: Translate; readonly refresh: number }): JSX.Element {
  const [state, setState] = React.useState<{ readonly result?: VerificationResponse; readonly failure?: string }>({});
  React.useEffect(() => {
    let live = true;
    setState({});
    services.appService.get(ACKNOWLEDGEMENTS_API.verification, verificationResponseSchema).then(
      (result) => live && setState({ result }),
      (error: unknown) => live && setState({ failure: errorMessage(error, t) })
    );
    return () => {
      live = false;
    };
  }, [services, t, refresh]);

  const { result, failure } = state;
  if (failure !== undefined) {
    return (
      <MessageBar intent="error" data-testid="acknowledgement-verification">
        <MessageBarBody>{failure}</MessageBarBody>
      </MessageBar>
    );
  }
  if (result === undefined) return <Spinner size="tiny" label={t('acknowledgement.verificationLoading')} />;
  if (result.findings.length === 0) {
    return (
      <MessageBar intent="success" data-testid="acknowledgement-verification">
        <MessageBarBody>{t('acknowledgement.verificationClean', { count: result.checked })}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="acknowledgement-verification">
      <MessageBarBody>
        <MessageBarTitle>{t('acknowledgement.verificationFindings', { count: result.findings.length, checked: result.checked })}</MessageBarTitle>
        <ul>
          {result.findings.map((finding, index) => (
            <li key={index}>{t(`acknowledgement.finding.${finding.kind}`, { items: finding.itemIds.join(', '), sequences: finding.sequences.join(', ') })}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
