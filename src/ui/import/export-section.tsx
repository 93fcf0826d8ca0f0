import * as React from 'react';
import { Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { RegionConfig } from '../../config/region-config';
import type { Locale } from '../../domain/shared/localized-text';
import type { Translate } from '../../i18n/translator';
import type { RegisterRepositories } from '../../sharepoint/repositories/register-repositories';
import { ExportButton } from '../register/export-button';
import { isListRegister, REGISTER_KEYS, type ListRegisterKey } from '../register/register-definition';
import { REGISTERS } from '../register/registers';
import { useUnits } from '../register/use-units';
import { todayIn } from '../shared/today';

const LIST_REGISTERS = REGISTER_KEYS.filter(isListRegister);

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS }
});

export interface ExportSectionProps {
  readonly registers: RegisterRepositories;
  readonly config: RegionConfig;
  readonly locale: Locale;
  readonly t: Translate;
}

/** Any register's view to .xlsx, as the Register web part exports it: the view's filter, the grid's columns. */
export function ExportSection({ registers, config, locale, t }: ExportSectionProps): JSX.Element {
  const styles = useStyles();
  const [register, setRegister] = React.useState<ListRegisterKey>('systems');
  const definition = REGISTERS[register];
  const [viewKey, setViewKey] = React.useState(definition.views[0].key);
  const units = useUnits(registers, definition.usesUnits === true);
  const display = React.useMemo(() => ({ config, locale, units: units.units, unitNames: units.unitNames }), [config, locale, units]);
  const view = definition.views.find((candidate) => candidate.key === viewKey) ?? definition.views[0];
  const request = React.useMemo(() => ({ filter: view.filter(todayIn(config.timeZone), config), orderBy: definition.defaultSort }), [view, config, definition]);
  const title = t(`registers.${register}`);
  return (
    <section aria-labelledby="export-heading">
      <h3 id="export-heading">{t('imports.exportHeading')}</h3>
      <div className={styles.row}>
        <Field label={t('imports.exportRegister')}>
          <Select
            value={register}
            data-testid="export-register"
            onChange={(_, data) => {
              const key = data.value as ListRegisterKey;
              setRegister(key);
              setViewKey(REGISTERS[key].views[0].key);
            }}
          >
            {LIST_REGISTERS.map((key) => (
              <option key={key} value={key}>
                {t(`registers.${key}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('imports.exportView')}>
          <Select value={view.key} data-testid="export-view" onChange={(_, data) => setViewKey(data.value)}>
            {definition.views.map((candidate) => (
              <option key={candidate.key} value={candidate.key}>
                {t(`register.views.${candidate.key}`)}
              </option>
            ))}
          </Select>
        </Field>
        <ExportButton definition={definition} registers={registers} request={request} title={title} fileName={`${title} – ${t(`register.views.${view.key}`)}.xlsx`} t={t} display={display} />
      </div>
    </section>
  );
}
