import * as React from 'react';
import { Button, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { Locale } from '../../domain/shared/localized-text';
import type { Translate } from '../../i18n/translator';
import type { ColumnMapping } from '../../imports/column-mapping';
import { unmappedRequired } from '../../imports/column-mapping';
import type { ImportTarget } from '../../imports/import-target';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(16rem, 1fr))', gap: tokens.spacingHorizontalM },
  actions: { display: 'flex', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' }
});

export interface MappingStepProps {
  readonly target: ImportTarget<unknown>;
  readonly headers: readonly string[];
  readonly mapping: ColumnMapping;
  readonly onChange: (mapping: ColumnMapping) => void;
  readonly onPreview: () => void;
  readonly onCancel: () => void;
  readonly t: Translate;
  readonly locale: Locale;
}

/** The column-mapping step: each field of the register with the file's column that feeds it, recognised automatically and changeable. */
export function MappingStep({ target, headers, mapping, onChange, onPreview, onCancel, t, locale }: MappingStepProps): JSX.Element {
  const styles = useStyles();
  const missing = unmappedRequired(target.columns, mapping);
  return (
    <section aria-labelledby="import-mapping-heading">
      <h4 id="import-mapping-heading">{t('imports.mappingHeading')}</h4>
      <p>{t('imports.mappingHint')}</p>
      <div className={styles.grid}>
        {target.columns.map((column) => (
          <Field key={column.key} label={column.required === true ? `${column.header[locale]} (${t('imports.required')})` : column.header[locale]}>
            <Select
              data-testid={`import-map-${column.key}`}
              value={mapping[column.key] === undefined ? '' : String(mapping[column.key])}
              onChange={(_, data) => onChange({ ...mapping, [column.key]: data.value === '' ? undefined : Number(data.value) })}
            >
              <option value="">{t('imports.notImported')}</option>
              {headers.map((header, index) => (
                <option key={index} value={String(index)}>
                  {header === '' ? `#${index + 1}` : header}
                </option>
              ))}
            </Select>
          </Field>
        ))}
      </div>
      {missing.length > 0 && <p role="alert">{t('imports.missingRequired', { columns: missing.map((column) => column.header[locale]).join(', ') })}</p>}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={missing.length > 0} onClick={onPreview} data-testid="import-preview">
          {t('imports.preview')}
        </Button>
        <Button onClick={onCancel}>{t('imports.cancel')}</Button>
      </div>
    </section>
  );
}
