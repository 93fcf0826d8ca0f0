import * as React from 'react';
import { Badge, Card, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { CouncilDashboard, MeasureData } from '../../contracts/council-dashboard';
import type { Locale } from '../../domain/shared/localized-text';
import type { Translate } from '../../i18n/translator';
import { formatPercent, measureLabel } from './council-format';

const useStyles = makeStyles({
  // Wide enough for the longest goal area's name on one line (Informationssäkerhetsorganisation): no break inside the word at 1280 px.
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(330px, 1fr))', gap: tokens.spacingHorizontalL },
  card: { rowGap: tokens.spacingVerticalS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  measure: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  figures: { display: 'flex', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  secondary: { color: tokens.colorNeutralForeground2 },
  // Swedish compounds (Informationssäkerhetsorganisation) are longer than a card: they break, never clip.
  heading: { margin: 0, overflowWrap: 'anywhere', hyphens: 'auto' }
});

/** Whether a measure meets its target: the badge's colour and word, never colour alone (WCAG 1.4.1). */
function targetBadge(measure: MeasureData, t: Translate): JSX.Element | undefined {
  if (measure.targetPercent === undefined || measure.percent === undefined) return undefined;
  const met = measure.percent >= measure.targetPercent;
  return (
    <Badge appearance="tint" color={met ? 'success' : 'warning'} shape="rounded">
      {t('council.kpis.targetPercent', { target: measure.targetPercent })}
    </Badge>
  );
}

export interface KpiCardsProps {
  readonly goalAreas: CouncilDashboard['goalAreas'];
  readonly locale: Locale;
  readonly t: Translate;
}

/** R-KPI: the five goal areas, each measure with the share and what it rests on (numerator of denominator). */
export function KpiCards({ goalAreas, locale, t }: KpiCardsProps): JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.grid}>
      {goalAreas.map((goalArea) => (
        <Card key={goalArea.area} className={styles.card} data-testid={`goal-area-${goalArea.area}`}>
          <Text as="h3" weight="semibold" size={400} className={styles.heading}>
            {t(`goalAreas.${goalArea.area}`)}
          </Text>
          <ul className={styles.list}>
            {goalArea.measures.map((measure) => (
              <li key={measure.key} className={styles.measure} data-testid="kpi" data-kpi={measure.key} data-numerator={measure.numerator} data-denominator={measure.denominator}>
                <Text>{measureLabel(measure, locale, t)}</Text>
                <div className={styles.figures}>
                  <Text size={600} weight="semibold" data-testid="kpi-percent">
                    {formatPercent(measure.percent, locale, t)}
                  </Text>
                  <Text className={styles.secondary}>{t('council.kpis.ofTotal', { numerator: measure.numerator, denominator: measure.denominator })}</Text>
                  {targetBadge(measure, t)}
                </div>
              </li>
            ))}
          </ul>
        </Card>
      ))}
    </div>
  );
}
