import * as React from 'react';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles } from '@fluentui/react-components';
import type { RegionConfig } from '../../config/region-config';
import type { Classification } from '../../domain/classification/classification';
import type { Locale } from '../../domain/shared/localized-text';
import type { Translate } from '../../i18n/translator';

const useStyles = makeStyles({
  // Laid out by content (Fluent's fixed layout gave every column the same width, and broke addresses mid-word).
  table: { tableLayout: 'auto' },
  // An e-mail address has no break opportunities: it breaks only when the column cannot hold it.
  person: { overflowWrap: 'break-word' },
  date: { whiteSpace: 'nowrap' }
});

function levelText(level: number | undefined, config: RegionConfig, locale: Locale): string {
  if (level === undefined) return '–';
  const scaleLevel = config.classification.consequenceScale.find((candidate) => candidate.value === level);
  return scaleLevel ? `${level} ${scaleLevel.label[locale]}` : String(level);
}

export interface ClassificationHistoryProps {
  readonly classifications: readonly Classification[];
  readonly config: RegionConfig;
  readonly locale: Locale;
  readonly t: Translate;
  readonly headingClassName: string;
}

/** Every classification of the object, newest (the one in force) first: earlier ones stay visible (R-CLS). */
export function ClassificationHistory({ classifications, config, locale, t, headingClassName }: ClassificationHistoryProps): JSX.Element {
  const goals = config.classification.goals;
  const styles = useStyles();
  return (
    <div data-testid="classification-history">
      <Text as="h3" size={400} weight="semibold" className={headingClassName}>
        {t('classification.history')}
      </Text>
      {classifications.length === 0 ? (
        <Text as="p" className={headingClassName}>{t('classification.noHistory')}</Text>
      ) : (
        <Table size="small" aria-label={t('classification.history')} className={styles.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('fields.classifiedOn')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('fields.classifiedBy')}</TableHeaderCell>
              {goals.map((goal) => (
                <TableHeaderCell scope="col" key={goal}>{t(`fields.${goal}`)}</TableHeaderCell>
              ))}
              <TableHeaderCell scope="col">{t('fields.comment')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {classifications.map((classification, index) => (
              <TableRow key={classification.id}>
                <TableCell>
                  <span className={styles.date}>{classification.classifiedOn}</span>
                  {index === 0 ? ` (${t('classification.inForce')})` : ''}
                </TableCell>
                <TableCell className={styles.person}>{classification.classifiedBy}</TableCell>
                {goals.map((goal) => (
                  <TableCell key={goal}>{levelText(classification.levels[goal], config, locale)}</TableCell>
                ))}
                <TableCell>{classification.comment}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
