import * as React from 'react';
import {
  Badge,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
  useId
} from '@fluentui/react-components';
import type { RegionConfig } from '../../config/region-config';
import type { Locale } from '../../domain/shared/localized-text';
import { createTranslator } from '../../i18n/translator';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalL },
  // The gaps between blocks come from the flex layout; the browser's own heading and paragraph margins would double them.
  text: { margin: 0 },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  badges: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, listStyleType: 'none', margin: 0, padding: 0 }
});

export interface ConfigurationSummaryProps {
  readonly config: RegionConfig;
  readonly locale: Locale;
}

/**
 * The region's configuration as the council and coordinators read it: the consequence scale,
 * the protection goals, the maturity scale and areas, organisation levels and training targets
 * (R-ORG-MULTI: these are configuration, and people should see which apply).
 */
export function ConfigurationSummary({ config, locale }: ConfigurationSummaryProps): JSX.Element {
  const styles = useStyles();
  const t = React.useMemo(() => createTranslator(locale), [locale]);
  const headingId = useId('tillit-configuration-');

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h2" className={styles.text} size={600} weight="semibold" id={headingId}>
        {t('configurationSummary.heading')}
      </Text>
      <Text as="p" className={styles.text}>{t('configurationSummary.intro', { region: config.regionName })}</Text>

      <div className={styles.section}>
        <Text as="h3" className={styles.text} size={400} weight="semibold">
          {t('configurationSummary.consequenceScale')}
        </Text>
        <Table size="small" aria-label={t('configurationSummary.consequenceScale')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('configurationSummary.level')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('configurationSummary.label')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {config.classification.consequenceScale.map((level) => (
              <TableRow key={level.key}>
                <TableCell>{level.value}</TableCell>
                <TableCell>{level.label[locale]}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Text as="p" className={styles.text}>{t('configurationSummary.reviewInterval', { months: config.classification.reviewIntervalMonths })}</Text>
      </div>

      <div className={styles.section}>
        <Text as="h3" className={styles.text} size={400} weight="semibold">
          {t('configurationSummary.protectionGoals')}
        </Text>
        <ul className={styles.badges}>
          {config.classification.goals.map((goal) => (
            <li key={goal}>
              <Badge appearance="tint" color="brand">
                {t(`fields.${goal}`)}
              </Badge>
            </li>
          ))}
        </ul>
      </div>

      <div className={styles.section}>
        <Text as="h3" className={styles.text} size={400} weight="semibold">
          {t('configurationSummary.maturityScale')}
        </Text>
        <ol className={styles.list}>
          {config.maturity.scale.map((status) => (
            <li key={status.key}>{status.label[locale]}</li>
          ))}
        </ol>
        <Text as="h3" className={styles.text} size={400} weight="semibold">
          {t('configurationSummary.maturityAreas')}
        </Text>
        <ul className={styles.list}>
          {config.maturity.areas.map((area) => (
            <li key={area.key}>{area.label[locale]}</li>
          ))}
        </ul>
      </div>

      <div className={styles.section}>
        <Text as="h3" className={styles.text} size={400} weight="semibold">
          {t('configurationSummary.organisationLevels')}
        </Text>
        <ol className={styles.list}>
          {config.organisationLevels.map((level) => (
            <li key={level.key}>{level.label[locale]}</li>
          ))}
        </ol>
      </div>

      <div className={styles.section}>
        <Text as="h3" className={styles.text} size={400} weight="semibold">
          {t('configurationSummary.trainingAudiences')}
        </Text>
        <ul className={styles.list}>
          {config.training.audiences.map((audience) => (
            <li key={audience.key}>
              {audience.label[locale]} — {t('configurationSummary.target', { percent: audience.targetPercent })}
            </li>
          ))}
        </ul>
        <Text as="p" className={styles.text}>{t('configurationSummary.breachHours', { hours: config.incidents.breachNotificationHours })}</Text>
      </div>
    </section>
  );
}
