import * as React from 'react';
import { Text, makeStyles, tokens, useId } from '@fluentui/react-components';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    // A border, not only a shadow: high contrast draws no shadows.
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium
  },
  top: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 }
});

export interface CouncilSectionProps {
  readonly heading: string;
  readonly testId: string;
  /** A button beside the heading (record maturity, record a meeting) for those who may. */
  readonly action?: React.ReactNode;
  readonly children?: React.ReactNode;
}

/** One part of the dashboard: a landmark named by its heading, so a screen reader can jump between them. */
export function CouncilSection({ heading, testId, action, children }: CouncilSectionProps): JSX.Element {
  const styles = useStyles();
  const headingId = useId('tillit-council-');
  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid={testId}>
      <div className={styles.top}>
        <Text as="h2" size={500} weight="semibold" id={headingId} className={styles.heading}>
          {heading}
        </Text>
        {action}
      </div>
      {children}
    </section>
  );
}
