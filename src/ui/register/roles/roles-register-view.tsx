import * as React from 'react';
import { Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { RegionConfig } from '../../../config/region-config';
import type { IsoDate } from '../../../domain/shared/calendar';
import type { Locale } from '../../../domain/shared/localized-text';
import { createTranslator, type Translate } from '../../../i18n/translator';
import type { ListAbilities } from '../../../sharepoint/repositories/list-permissions-reader';
import type { RegisterRepositories } from '../../../sharepoint/repositories/register-repositories';
import { todayIn } from '../../shared/today';
import { ErrorBar } from '../error-bar';
import { RegisterPager } from '../register-pager';
import { RegisterToolbar } from '../register-toolbar';
import { loadRoleRegister, type RoleRegisterData } from './role-register-data';
import { RoleSlotForm } from './role-slot-form';
import { RoleSlotGrid } from './role-slot-grid';
import type { RoleSlotRow } from './role-slot-rows';
import { roleSlotPage, roleSlotViews } from './role-slot-views';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  heading: { margin: 0 },
  footer: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap', rowGap: tokens.spacingVerticalS }
});

export interface RolesRegisterViewProps {
  readonly view: string;
  readonly registers: RegisterRepositories;
  readonly config: RegionConfig;
  readonly locale: Locale;
  readonly today?: IsoDate;
}

/**
 * The roles register (R-ORG: "who holds each role … per organisational unit; vacancies are
 * visible"): every slot the region's catalogue requires, its holder, mandate and acknowledgement,
 * vacancies in red with the reason. The rows are derived (role-register-data.ts says why the small
 * lists behind them are read whole), so the grid pages them here, 50 at a time like the other
 * registers. Appointing and ending are offered only as SharePoint allows (R-SEC-1).
 */
export function RolesRegisterView({ view, registers, config, locale, today }: RolesRegisterViewProps): JSX.Element {
  const styles = useStyles();
  const t = React.useMemo(() => createTranslator(locale), [locale]);
  const day = React.useMemo(() => today ?? todayIn(config.timeZone), [today, config.timeZone]);
  const views = React.useMemo(() => roleSlotViews(config, locale), [config, locale]);
  const [viewKey, setViewKey] = React.useState(view);
  const [search, setSearch] = React.useState('');
  const [pageNumber, setPageNumber] = React.useState(1);
  const [data, setData] = React.useState<RoleRegisterData>();
  const [abilities, setAbilities] = React.useState<ListAbilities>();
  const [error, setError] = React.useState<unknown>();
  const [loading, setLoading] = React.useState(true);
  const [generation, setGeneration] = React.useState(0);
  const [open, setOpen] = React.useState<RoleSlotRow>();
  React.useEffect(() => setViewKey(view), [view]);
  React.useEffect(() => setPageNumber(1), [viewKey, search]);

  React.useEffect(() => {
    let current = true;
    setLoading(true);
    setError(undefined);
    Promise.all([loadRoleRegister(registers, config, day), registers.roleAssignments.abilities()]).then(
      ([read, allowed]) => {
        if (!current) return;
        setData(read);
        setAbilities(allowed);
        setLoading(false);
      },
      (failure: unknown) => {
        if (!current) return;
        setError(failure);
        setLoading(false);
      }
    );
    return () => {
      current = false;
    };
  }, [registers, config, day, generation]);

  // The shared toolbar reads a view's key only; these views filter the derived rows (role-slot-views.ts).
  const toolbarViews = React.useMemo(() => views.map((candidate) => ({ key: candidate.key, filter: () => undefined })), [views]);
  const chosen = views.find((candidate) => candidate.key === viewKey) ?? views[0];
  const page = data ? roleSlotPage(data.rows, chosen, search, pageNumber) : undefined;
  // The shared toolbar names views `register.views.<key>`; these views are named by configuration or by rolesRegister.
  const toolbarT: Translate = React.useCallback(
    (key, values) => {
      const named = views.find((candidate) => key === `register.views.${candidate.key}`);
      if (named) return 'text' in named.label ? named.label.text : t(named.label.messageKey);
      return t(key === 'register.search' ? 'rolesRegister.search' : key, values);
    },
    [views, t]
  );
  const unitLabel = (row: RoleSlotRow): string => row.unit?.name ?? t('rolesRegister.wholeRegion');
  const title = t('registers.roles');
  const keptElsewhere = data?.keptElsewhere ?? [];

  return (
    <section className={styles.root} aria-labelledby="register-roles-heading" data-register="roles">
      <h2 className={styles.heading} id="register-roles-heading">
        {title}
      </h2>
      <RegisterToolbar views={toolbarViews} viewKey={chosen.key} t={toolbarT} onView={setViewKey} onSearch={setSearch} />
      {error !== undefined && <ErrorBar error={error} t={t} />}
      {page && (
        <Text as="p" data-testid="roles-summary">
          {t('rolesRegister.summary', { matching: page.matching, vacant: page.vacant })}
          {keptElsewhere.length > 0 && ` ${t('rolesRegister.keptElsewhere', { roles: keptElsewhere.map((role) => role.label[locale]).join(', ') })}`}
        </Text>
      )}
      {page && <RoleSlotGrid rows={page.rows} caption={title} locale={locale} t={t} unitLabel={unitLabel} onOpen={setOpen} />}
      <div className={styles.footer}>
        <RegisterPager
          pageNumber={Math.min(pageNumber, page?.pageCount ?? 1)}
          hasPrevious={pageNumber > 1}
          hasNext={page !== undefined && pageNumber < page.pageCount}
          t={t}
          onPrevious={() => setPageNumber(Math.max(1, pageNumber - 1))}
          onNext={() => setPageNumber(pageNumber + 1)}
        />
        {loading ? <Spinner size="tiny" label={t('register.loading')} /> : <Text data-testid="register-count">{t('register.shown', { count: page?.rows.length ?? 0 })}</Text>}
      </div>
      {open && (
        <RoleSlotForm
          row={open}
          registers={registers}
          canAdd={abilities?.add ?? false}
          canEdit={abilities?.edit ?? false}
          unitLabel={unitLabel(open)}
          locale={locale}
          today={day}
          t={t}
          onSaved={() => {
            setOpen(undefined);
            setGeneration(generation + 1);
          }}
          onClose={() => setOpen(undefined)}
        />
      )}
    </section>
  );
}
