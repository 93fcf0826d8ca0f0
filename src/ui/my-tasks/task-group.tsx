import * as React from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Translate } from '../../i18n/translator';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  heading: { margin: 0, overflowWrap: 'anywhere' },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  more: { alignSelf: 'flex-start' }
});

/** A long group shows its most urgent rows first; the rest one press away, so a long digest stays readable. */
export const ROWS_BEFORE_SHOW_ALL = 8;

export interface TaskGroupProps<T> {
  readonly heading: string;
  readonly items: readonly T[];
  readonly t: Translate;
  readonly testId: string;
  readonly groupKey: string;
  readonly headingLevel: 'h3' | 'h4';
  renderItem(item: T): React.ReactElement;
}

/** A heading with the group's count, and its rows as a list (screen readers announce "list, 12 items"). */
export function TaskGroup<T>({ heading, items, t, testId, groupKey, headingLevel, renderItem }: TaskGroupProps<T>): JSX.Element {
  const styles = useStyles();
  const [showAll, setShowAll] = React.useState(false);
  const shown = showAll ? items : items.slice(0, ROWS_BEFORE_SHOW_ALL);
  return (
    <div className={styles.group} data-testid={testId} data-group={groupKey} data-count={items.length}>
      <Text as={headingLevel} size={headingLevel === 'h3' ? 500 : 400} weight="semibold" className={styles.heading}>
        {heading} <Text weight="regular">({t('myTasks.count', { count: items.length })})</Text>
      </Text>
      <ul className={styles.list}>{shown.map(renderItem)}</ul>
      {items.length > ROWS_BEFORE_SHOW_ALL ? (
        <Button className={styles.more} size="small" appearance="subtle" aria-expanded={showAll} onClick={() => setShowAll(!showAll)} data-testid="show-all">
          {showAll ? t('myTasks.showFewer') : t('myTasks.showAll', { count: items.length })}
        </Button>
      ) : null}
    </div>
  );
}
