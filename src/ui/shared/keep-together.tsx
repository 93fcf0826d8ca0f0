import * as React from 'react';
import { makeStyles } from '@fluentui/react-components';

const useStyles = makeStyles({ together: { whiteSpace: 'nowrap' } });

/**
 * A message with one fragment (a date, 2026-10-01) that must not break across lines: browsers break
 * after a hyphen, which split dates mid-date in narrow columns. The rest of the message wraps freely.
 */
export function KeepTogether({ text, fragment }: { readonly text: string; readonly fragment: string }): JSX.Element {
  const styles = useStyles();
  const at = fragment === '' ? -1 : text.indexOf(fragment);
  if (at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <span className={styles.together}>{fragment}</span>
      {text.slice(at + fragment.length)}
    </>
  );
}
