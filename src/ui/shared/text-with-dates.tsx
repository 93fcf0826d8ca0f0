import * as React from 'react';
import { makeStyles } from '@fluentui/react-components';

const useStyles = makeStyles({
  // A hyphen is a line-break opportunity: "2026-10-\n01" is what a narrow column showed before.
  date: { whiteSpace: 'nowrap' }
});

const ISO_DATE = /(\d{4}-\d{2}-\d{2})/;

/** A sentence whose ISO dates (YYYY-MM-DD) never break across lines; the words around them still wrap. */
export function TextWithDates({ text }: { readonly text: string }): JSX.Element {
  const styles = useStyles();
  // split with a capturing group keeps the dates at the odd positions.
  const parts = text.split(ISO_DATE);
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <span key={index} className={styles.date}>
            {part}
          </span>
        ) : (
          part
        )
      )}
    </>
  );
}
