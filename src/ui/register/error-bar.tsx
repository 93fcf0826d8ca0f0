import * as React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { TillitError, ThrottledError, ValidationError } from '../../domain/shared/errors';
import type { Translate } from '../../i18n/translator';

/** The typed error family's sv/en message (DESIGN.md habit 4); anything else says what happened in its own words. */
export function errorText(error: unknown, t: Translate): string {
  if (error instanceof ThrottledError) return t('errors.throttled', { seconds: error.retryAfterSeconds ?? 10 });
  if (error instanceof ValidationError) return t('errors.validation', { details: error.issues.map((issue) => issue.message).join('; ') });
  if (error instanceof TillitError) return t(`errors.${error.kind}`);
  return t('register.unexpected', { message: error instanceof Error ? error.message : String(error) });
}

export interface ErrorBarProps {
  readonly error: unknown;
  readonly t: Translate;
}

export function ErrorBar({ error, t }: ErrorBarProps): JSX.Element {
  return (
    <MessageBar intent="error" data-testid="register-error">
      <MessageBarBody>
        <MessageBarTitle>{t('register.errorTitle')}</MessageBarTitle>
        {errorText(error, t)}
      </MessageBarBody>
    </MessageBar>
  );
}
