import * as React from 'react';
import { Button, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { Translate } from '../../i18n/translator';
import type { RegisterView } from './register-definition';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  search: { display: 'flex', alignItems: 'flex-end', columnGap: tokens.spacingHorizontalS }
});

export interface RegisterToolbarProps {
  readonly views: readonly RegisterView[];
  readonly viewKey: string;
  readonly t: Translate;
  /** "New …", when the register makes new items and the person may add them (AddListItems, R-SEC-1). */
  readonly newLabel?: string;
  onView(key: string): void;
  onSearch(text: string): void;
  onNew?(): void;
}

/** "New …" where offered, the filter (a view whose first clause is indexed) and the search over Title within it. */
export function RegisterToolbar({ views, viewKey, t, newLabel, onView, onSearch, onNew }: RegisterToolbarProps): JSX.Element {
  const styles = useStyles();
  const [text, setText] = React.useState('');
  return (
    <div className={styles.bar}>
      {newLabel !== undefined && onNew && (
        <Button appearance="primary" onClick={onNew} data-testid="register-new">
          {newLabel}
        </Button>
      )}
      <div className={styles.bar} role="search">
        <Field label={t('register.view')}>
          <Select value={viewKey} onChange={(_, data) => onView(data.value)} data-testid="register-view">
            {views.map((view) => (
              <option key={view.key} value={view.key}>
                {t(`register.views.${view.key}`)}
              </option>
            ))}
          </Select>
        </Field>
        <form
          className={styles.search}
          onSubmit={(event) => {
            event.preventDefault();
            onSearch(text);
          }}
        >
          <Field label={t('register.search')}>
            <Input value={text} type="search" onChange={(_, data) => setText(data.value)} data-testid="register-search" />
          </Field>
          <Button type="submit" data-testid="register-search-button">
            {t('register.searchButton')}
          </Button>
        </form>
      </div>
    </div>
  );
}
