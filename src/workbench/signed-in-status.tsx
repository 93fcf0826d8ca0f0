import * as React from 'react';
import { MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { TillitError } from '../domain/shared/errors';
import type { Translate } from '../i18n/translator';
import type { SignedInPerson } from '../sharepoint/browser/signed-in-person';
import type { WebPartServices } from '../ui/shell/web-part-services';

type Status = { readonly state: 'asking' } | { readonly state: 'known'; readonly person: SignedInPerson } | { readonly state: 'failed'; readonly message: string };

function messageOf(error: unknown, t: Translate): string {
  if (error instanceof TillitError) return t(`errors.${error.kind}`, { seconds: '?', details: error.message });
  return error instanceof Error ? error.message : String(error);
}

/**
 * Who SharePoint says is signed in, asked through the same services the web part gets: it shows that
 * the pass-through carries the chosen identity, and changes when another identity is chosen.
 */
export function SignedInStatus({ services, t }: { readonly services: WebPartServices; readonly t: Translate }): JSX.Element {
  const [status, setStatus] = React.useState<Status>({ state: 'asking' });

  React.useEffect(() => {
    let current = true;
    setStatus({ state: 'asking' });
    services.signedInPerson().then(
      (person) => {
        if (current) setStatus({ state: 'known', person });
      },
      (error: unknown) => {
        if (current) setStatus({ state: 'failed', message: messageOf(error, t) });
      }
    );
    return () => {
      current = false;
    };
  }, [services, t]);

  if (status.state === 'failed') {
    return (
      <MessageBar intent="error">
        <MessageBarBody>{status.message}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <Text as="p" data-testid="signed-in-person">
      {status.state === 'known' ? t('workbench.signedIn', { name: status.person.displayName, email: status.person.email }) : t('workbench.signingIn')}
    </Text>
  );
}
