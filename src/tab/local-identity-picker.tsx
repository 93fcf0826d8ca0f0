import * as React from 'react';
import { Field, MessageBar, MessageBarBody, Select } from '@fluentui/react-components';
import type { Translate } from '../i18n/translator';
import { WORKBENCH_IDENTITIES } from '../workbench/workbench-identities';
import { chooseIdentity, type WorkbenchSession } from '../workbench/workbench-session';

export interface LocalIdentityPickerProps {
  readonly session: WorkbenchSession;
  readonly t: Translate;
  readonly onChosen: (session: WorkbenchSession) => void;
}

/**
 * Locally only: the workbench's demo identities (the same cookie and the same app service call as the
 * workbench's picker), so the tab can be seen as the security coordinator, the DSO or an employee.
 */
export function LocalIdentityPicker({ session, t, onChosen }: LocalIdentityPickerProps): JSX.Element {
  const [failure, setFailure] = React.useState<string | undefined>();
  const choose = (email: string): void => {
    setFailure(undefined);
    chooseIdentity(email).then(onChosen, (error: unknown) => setFailure(t('workbench.identityFailed', { reason: error instanceof Error ? error.message : String(error) })));
  };
  return (
    <>
      <Field label={t('council.localIdentity')}>
        <Select value={session.identity.email} onChange={(_event, data) => choose(data.value)} data-testid="tab-identity">
          {WORKBENCH_IDENTITIES.map((identity) => (
            <option key={identity.email} value={identity.email}>
              {`${identity.displayName} — ${t(`workbench.roles.${identity.role}`)}`}
            </option>
          ))}
        </Select>
      </Field>
      {failure !== undefined && (
        <MessageBar intent="error">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
