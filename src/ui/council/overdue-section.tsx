import * as React from 'react';
import { HorizontalBarChartWithAxis } from './lazy-charts';
import { Text } from '@fluentui/react-components';
import { OVERDUE_KINDS, type CouncilDashboard } from '../../contracts/council-dashboard';
import type { Locale } from '../../domain/shared/localized-text';
import type { Translate } from '../../i18n/translator';
import { ChartWithTable } from './chart-with-table';
import { intlLocale } from './council-format';
import { DataTable } from './data-table';

export interface OverdueSectionProps {
  readonly overdue: CouncilDashboard['overdue'];
  readonly locale: Locale;
  readonly t: Translate;
}

/** Overdue work per kind (the chart) and per organisational unit (the table beneath), as the region reports it. */
export function OverdueSection({ overdue, locale, t }: OverdueSectionProps): JSX.Element {
  const total = OVERDUE_KINDS.reduce((sum, kind) => sum + (overdue.totals[kind] ?? 0), 0);
  const title = t('council.overdue.perKind');
  const kindColumns = OVERDUE_KINDS.map((kind) => ({ key: kind, header: t(`council.overdue.kinds.${kind}`), numeric: true }));
  return (
    <>
      {total === 0 && <Text as="p">{t('council.overdue.nothing')}</Text>}
      <ChartWithTable
        t={t}
        name={title}
        testId="overdue-kinds"
        chart={() => (
          <HorizontalBarChartWithAxis
            data={OVERDUE_KINDS.map((kind) => ({ y: t(`council.overdue.kinds.${kind}`), x: overdue.totals[kind] ?? 0, legend: t(`council.overdue.kinds.${kind}`) }))}
            height={120 + OVERDUE_KINDS.length * 40}
            barHeight={24}
            hideLegend
            showYAxisLables
            xAxisTitle={t('council.overdue.count')}
            culture={intlLocale(locale)}
          />
        )}
        table={() => (
          <DataTable
            caption={title}
            columns={[{ key: 'kind', header: t('council.overdue.perKind') }, { key: 'count', header: t('council.overdue.count'), numeric: true }]}
            rows={OVERDUE_KINDS.map((kind) => ({ key: kind, cells: { kind: t(`council.overdue.kinds.${kind}`), count: overdue.totals[kind] ?? 0 } }))}
          />
        )}
      />
      <DataTable
        caption={t('council.overdue.heading')}
        testId="overdue-by-unit"
        columns={[{ key: 'unit', header: t('council.overdue.unit') }, ...kindColumns, { key: 'total', header: t('council.overdue.total'), numeric: true }]}
        rows={overdue.byUnit.map((unit) => ({
          key: unit.unitId,
          cells: {
            unit: unit.unitName,
            ...Object.fromEntries(OVERDUE_KINDS.map((kind) => [kind, unit.counts[kind] ?? 0])),
            total: OVERDUE_KINDS.reduce((sum, kind) => sum + (unit.counts[kind] ?? 0), 0)
          }
        }))}
      />
    </>
  );
}
