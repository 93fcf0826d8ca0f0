import * as React from 'react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { documentBlocks } from './document-blocks';

const useStyles = makeStyles({
  // About 70 characters a line: a comfortable measure for a long Swedish text.
  root: { maxWidth: '70ch', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, lineHeight: tokens.lineHeightBase400 },
  heading: { margin: 0, marginTop: tokens.spacingVerticalS },
  paragraph: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS }
});

/** A document's text (R-ACK): its headings, paragraphs and lists, the words exactly as signed. */
export function DocumentText({ text, lang }: { readonly text: string; readonly lang: string }): JSX.Element {
  const styles = useStyles();
  const blocks = React.useMemo(() => documentBlocks(text), [text]);
  return (
    <div className={styles.root} lang={lang}>
      {blocks.map((block, index) => {
        if (block.kind === 'heading') {
          return (
            <Text key={index} as="h4" size={400} weight="semibold" className={styles.heading}>
              {block.text}
            </Text>
          );
        }
        if (block.kind === 'bullets') {
          return (
            <ul key={index} className={styles.list}>
              {block.items.map((item, position) => (
                <li key={position}>
                  <Text size={400}>{item}</Text>
                </li>
              ))}
            </ul>
          );
        }
        return (
          <Text key={index} as="p" size={400} className={styles.paragraph}>
            {block.text}
          </Text>
        );
      })}
    </div>
  );
}
