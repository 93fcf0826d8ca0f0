import * as React from 'react';
import type { HorizontalBarChartWithAxisDataPoint } from '@fluentui/react-charts';
import { HorizontalBarChartWithAxis } from './lazy-charts';
import { Text } from '@fluentui/react-components';
import type { CouncilDashboard } from '../../contracts/council-dashboard';
import type { Locale } from '../../domain/shared/localized-text';
import type { Translate } from '../../i18n/translator';
import { ChartWithTable } from './chart-with-table';
import { formatDate, intlLocale } from './council-format';
import { DataTable, type DataColumn } from './data-table';

type Maturity = CouncilDashboard['maturity'];

export interface MaturitySectionProps {
  readonly maturity: Maturity;
  readonly year: number;
  readonly locale: Locale;
  readonly t: Translate;
}

/** R-MAT: each MSBFS 2020:6 area's step on the eight-level scale in the chosen year, earlier years beside it in the table. */
export function MaturitySection({ maturity, year, locale, t }: MaturitySectionProps): JSX.Element {
  const stepOf = (statusKey: string): Maturity['scale'][number] | undefined => maturity.scale.find((step) => step.key === statusKey);
  const thisYear = maturity.years.find((entry) => entry.year === year);
  const earlier = maturity.years.filter((entry) => entry.year !== year);
  const target = stepOf(maturity.targetStatus);
  const assessmentOf = (areaKey: string, entry: Maturity['years'][number] | undefined): Maturity['years'][number]['areas'][number] | undefined =>
    entry?.areas.find((area) => area.areaKey === areaKey);
  const statusText = (areaKey: string, entry: Maturity['years'][number] | undefined): string => {
    const assessment = assessmentOf(areaKey, entry);
    if (assessment === undefined || !assessment.assessed) return t('council.maturity.notAssessed');
    return stepOf(assessment.statusKey)?.label[locale] ?? assessment.statusKey;
  };
  const title = t('council.maturity.heading');

  const bars: HorizontalBarChartWithAxisDataPoint[] = maturity.areas.map((area) => {
    const assessment = assessmentOf(area.key, thisYear);
    const rank = assessment?.assessed ? stepOf(assessment.statusKey)?.rank ?? 0 : 0;
    return { y: area.label[locale], x: rank ?? 0, legend: area.label[locale], xAxisCalloutData: statusText(area.key, thisYear), barLabel: statusText(area.key, thisYear) };
  });
  // The chart draws its first point at the bottom: reversed, the areas read top-down in the configuration's order.
  const barsTopDown = [...bars].reverse();
  // The ladder's steps (Finns ej 0 … Optimerat 5) are whole numbers: the axis shows no halves. (An axis to the
  // ladder's top, xMaxValue, stretched the axis but not the bars in @fluentui/react-charts 9.3: seen in the screenshot, left out.)
  const highest = Math.max(1, ...bars.map((bar) => bar.x));
  const ranks = Array.from({ length: highest + 1 }, (_unused, rank) => rank);
  const columns: DataColumn[] = [
    { key: 'area', header: t('council.maturity.area') },
    { key: 'status', header: `${t('council.maturity.status')} ${year}` },
    { key: 'comment', header: t('council.maturity.comment') },
    { key: 'assessedOn', header: t('council.maturity.assessedOn') },
    ...earlier.map((entry) => ({ key: `year-${entry.year}`, header: String(entry.year) }))
  ];
  return (
    <>
      {target !== undefined && <Text as="p">{t('council.maturity.target', { status: target.label[locale] })}</Text>}
      <ChartWithTable
        t={t}
        name={title}
        testId="maturity"
        chart={() => (
          <HorizontalBarChartWithAxis
            data={barsTopDown}
            height={Math.max(200, bars.length * 36)}
            hideLegend
            showYAxisLables
            tickValues={ranks}
            xAxisTitle={t('council.maturity.axis')}
            culture={intlLocale(locale)}
          />
        )}
        table={() => (
          <DataTable
            caption={title}
            columns={columns}
            rows={maturity.areas.map((area) => {
              const assessment = assessmentOf(area.key, thisYear);
              return {
                key: area.key,
                cells: {
                  area: area.label[locale],
                  status: statusText(area.key, thisYear),
                  comment: assessment?.comment ?? '',
                  assessedOn: assessment?.assessedOn === undefined ? '' : formatDate(assessment.assessedOn, locale),
                  ...Object.fromEntries(earlier.map((entry) => [`year-${entry.year}`, statusText(area.key, entry)]))
                }
              };
            })}
          />
        )}
      />
    </>
  );
}
