import * as React from 'react';
import { Button, Link, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { CouncilDashboard } from '../../contracts/council-dashboard';
import type { Locale } from '../../domain/shared/localized-text';
import type { Translate } from '../../i18n/translator';
import { formatDate } from './council-format';
import { DataTable } from './data-table';

type Risks = CouncilDashboard['risks'];
type RiskRow = Risks['open'][number];

const useStyles = makeStyles({
  grid: { borderCollapse: 'separate', borderSpacing: tokens.spacingHorizontalXS },
  axisHeader: { fontWeight: tokens.fontWeightSemibold, padding: tokens.spacingHorizontalXS, textAlign: 'center' },
  rowHeader: { fontWeight: tokens.fontWeightRegular, textAlign: 'end', padding: tokens.spacingHorizontalXS },
  cell: { minWidth: '64px', height: '48px', padding: 0 },
  // A border in the text colour: in high contrast, where the heat's colours are not drawn, the cells with risks still stand out.
  cellButton: {
    width: '100%',
    height: '100%',
    minWidth: '72px',
    display: 'flex',
    flexDirection: 'column',
    rowGap: 0,
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralForeground1}`
  },
  count: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  levelName: { fontSize: tokens.fontSizeBase100, fontWeight: tokens.fontWeightRegular },
  empty: { display: 'flex', alignItems: 'center', justifyContent: 'center', height: '100%', color: tokens.colorNeutralForeground3, border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  // The heat of a cell: its worst risk's level, lowest to highest (the count is always written, never colour alone: WCAG 1.4.1).
  level0: { backgroundColor: tokens.colorPaletteGreenBackground2 },
  level1: { backgroundColor: tokens.colorPaletteYellowBackground2 },
  level2: { backgroundColor: tokens.colorPaletteDarkOrangeBackground2 },
  level3: { backgroundColor: tokens.colorPaletteRedBackground2 },
  selected: { outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  drill: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalM }
});

export interface RiskHeatMapProps {
  readonly risks: Risks;
  readonly locale: Locale;
  readonly t: Translate;
  /** Where the risks' site-relative links point (the SharePoint site's origin); none: titles without links. */
  readonly siteOrigin?: string;
}

/**
 * R-RSK: the open risks by likelihood (rows, highest first) and consequence (columns), as a table of
 * buttons: each cell says its count and, chosen, lists its risks below (the drill-down).
 */
export function RiskHeatMap({ risks, locale, t, siteOrigin }: RiskHeatMapProps): JSX.Element {
  const styles = useStyles();
  const [chosen, setChosen] = React.useState<{ likelihood: number; consequence: number } | undefined>();
  const drillRef = React.useRef<HTMLHeadingElement>(null);
  const levelIndex = (key: string): number => Math.max(0, risks.levels.findIndex((level) => level.key === key));
  const levelClasses = [styles.level0, styles.level1, styles.level2, styles.level3];
  const heat = (worst: number): string => levelClasses[Math.min(levelClasses.length - 1, Math.round((worst / Math.max(1, risks.levels.length - 1)) * (levelClasses.length - 1)))] ?? styles.level0;
  const inCell = (likelihood: number, consequence: number): RiskRow[] => risks.open.filter((risk) => risk.likelihood === likelihood && risk.consequence === consequence);
  const likelihoods = [...risks.likelihoods].sort((a, b) => b.value - a.value);
  const consequences = [...risks.consequences].sort((a, b) => a.value - b.value);
  const selected = chosen === undefined ? [] : inCell(chosen.likelihood, chosen.consequence);
  const nameOf = (list: Risks['likelihoods'], value: number): string => list.find((entry) => entry.value === value)?.label[locale] ?? String(value);

  React.useEffect(() => {
    if (chosen !== undefined) drillRef.current?.focus();
  }, [chosen]);

  return (
    <div>
      <Text as="p">{t('council.risks.intro')}</Text>
      <table className={styles.grid} data-testid="risk-heat-map">
        <caption style={{ textAlign: 'start' }}>{`${t('council.risks.likelihood')} × ${t('council.risks.consequence')}`}</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.axisHeader}>{`${t('council.risks.likelihood')} \\ ${t('council.risks.consequence')}`}</th>
            {consequences.map((consequence) => (
              <th key={consequence.value} scope="col" className={styles.axisHeader}>
                {`${consequence.value} ${consequence.label[locale]}`}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {likelihoods.map((likelihood) => (
            <tr key={likelihood.value}>
              <th scope="row" className={styles.rowHeader}>{`${likelihood.value} ${likelihood.label[locale]}`}</th>
              {consequences.map((consequence) => {
                const cellRisks = inCell(likelihood.value, consequence.value);
                const label = t('council.risks.cell', { count: cellRisks.length, likelihood: likelihood.label[locale], consequence: consequence.label[locale] });
                const isChosen = chosen?.likelihood === likelihood.value && chosen.consequence === consequence.value;
                const worst = cellRisks.length === 0 ? 0 : Math.max(...cellRisks.map((risk) => levelIndex(risk.levelKey)));
                return (
                  <td key={consequence.value} className={styles.cell}>
                    {cellRisks.length === 0 ? (
                      <span className={styles.empty} aria-label={label} role="img">0</span>
                    ) : (
                      <Button
                        appearance="subtle"
                        className={mergeClasses(styles.cellButton, heat(worst), isChosen && styles.selected)}
                        aria-label={label}
                        aria-pressed={isChosen}
                        data-testid={`risk-cell-${likelihood.value}-${consequence.value}`}
                        onClick={() => setChosen(isChosen ? undefined : { likelihood: likelihood.value, consequence: consequence.value })}
                      >
                        <span className={styles.count} data-testid="risk-cell-count">
                          {cellRisks.length}
                        </span>
                        {/* The worst level in words: colour is never the only cue (WCAG 1.4.1). */}
                        <span className={styles.levelName}>{risks.levels[worst]?.label[locale] ?? ''}</span>
                      </Button>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {chosen !== undefined && (
        <div className={styles.drill} data-testid="risk-drill-down">
          <Text as="h4" weight="semibold" ref={drillRef} tabIndex={-1} style={{ margin: 0 }}>
            {t('council.risks.drillHeading', { likelihood: nameOf(risks.likelihoods, chosen.likelihood), consequence: nameOf(risks.consequences, chosen.consequence) })}
          </Text>
          {selected.length === 0 ? (
            <Text>{t('council.risks.none')}</Text>
          ) : (
            <DataTable
              caption={t('council.risks.drillHeading', { likelihood: nameOf(risks.likelihoods, chosen.likelihood), consequence: nameOf(risks.consequences, chosen.consequence) })}
              columns={[
                { key: 'title', header: t('council.risks.title') },
                { key: 'level', header: t('council.risks.level') },
                { key: 'unit', header: t('council.risks.unit') },
                { key: 'owner', header: t('council.risks.owner') },
                { key: 'followUp', header: t('council.risks.followUp') }
              ]}
              rows={selected.map((risk) => ({
                key: risk.id,
                cells: {
                  title: risk.link !== undefined && siteOrigin !== undefined ? <Link href={`${siteOrigin}${risk.link}`} target="_blank" rel="noopener">{risk.title}</Link> : risk.title,
                  level: risks.levels.find((level) => level.key === risk.levelKey)?.label[locale] ?? risk.levelKey,
                  unit: risk.unitName ?? '',
                  owner: risk.ownerName ?? risk.ownerEmail ?? '',
                  followUp: risk.followUpOn === undefined ? '' : formatDate(risk.followUpOn, locale)
                }
              }))}
            />
          )}
        </div>
      )}
    </div>
  );
}
