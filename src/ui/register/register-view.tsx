import * as React from 'react';
import { MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { RegionConfig } from '../../config/region-config';
import { instantOf, type Instant, type IsoDate } from '../../domain/shared/calendar';
import { todayIn } from '../shared/today';
import type { Locale } from '../../domain/shared/localized-text';
import { createTranslator } from '../../i18n/translator';
import type { Stored } from '../../sharepoint/repositories/list-repository';
import type { RegisterRepositories } from '../../sharepoint/repositories/register-repositories';
import { ErrorBar } from './error-bar';
import { ExportButton } from './export-button';
import { ItemFormOnDemand, NewItemFormOnDemand } from './item-form-on-demand';
import { isListRegister, type DisplayContext, type ListRegisterKey, type RegisterKey, type StatusContext } from './register-definition';
import { RegisterGrid } from './register-grid';
import { RegisterPager } from './register-pager';
import { RegisterToolbar } from './register-toolbar';
import { REGISTERS } from './registers';
import { useRegisterPage } from './use-register-page';
import { useUnits } from './use-units';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  heading: { margin: 0 },
  footer: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap', rowGap: tokens.spacingVerticalS }
});

export interface RegisterViewProps {
  readonly register: RegisterKey;
  /** The view chosen in the property pane; the person can pick another one in the toolbar. */
  readonly view: string;
  readonly registers: RegisterRepositories;
  readonly config: RegionConfig;
  readonly locale: Locale;
  /** For tests and demos; otherwise today in the region's time zone. */
  readonly today?: IsoDate;
  /** For tests and demos; otherwise the clock when the view is shown. */
  readonly now?: Instant;
  /** The signed-in person's e-mail, for a new item's defaults (an incident's reporter). */
  readonly signedInPerson?: () => Promise<{ readonly email: string }>;
}

/**
 * The roles register (slots built from configuration, its own grid and form) is fetched only on a
 * page that shows it: the list registers' pages do not carry it (issue 7's 150 KB gzipped aim).
 */
const RolesRegisterView = React.lazy(async () => {
  const { RolesRegisterView: view } = await import(/* webpackChunkName: 'tillit-roles-register' */ './roles/roles-register-view');
  return { default: view };
});

/**
 * A register on a SharePoint page (issue 7, web part 1): one page at a time, sorted and filtered
 * on indexed columns, searched, with owners and status badges, and an item form. What the person
 * may not do is not offered (EffectiveBasePermissions, R-SEC-1).
 */
export function RegisterView(props: RegisterViewProps): JSX.Element {
  const { register } = props;
  if (isListRegister(register)) return <ListRegisterView {...props} register={register} />;
  return (
    <React.Suspense fallback={<Spinner label={createTranslator(props.locale)('register.loading')} />}>
      <RolesRegisterView {...props} />
    </React.Suspense>
  );
}

function ListRegisterView({ register, view, registers, config, locale, today, now, signedInPerson }: RegisterViewProps & { readonly register: ListRegisterKey }): JSX.Element {
  const styles = useStyles();
  const definition = REGISTERS[register];
  const t = React.useMemo(() => createTranslator(locale), [locale]);
  const day = React.useMemo(() => today ?? todayIn(config.timeZone), [today, config.timeZone]);
  const moment = React.useMemo(() => now ?? instantOf(new Date()), [now]);
  const context: StatusContext = React.useMemo(() => ({ registers, config, today: day, now: moment, locale, t }), [registers, config, day, moment, locale, t]);
  const units = useUnits(registers, definition.usesUnits === true);
  const display: DisplayContext = React.useMemo(() => ({ config, locale, units: units.units, unitNames: units.unitNames }), [config, locale, units]);
  const [adding, setAdding] = React.useState(false);
  const [me, setMe] = React.useState<string>();
  const [added, setAdded] = React.useState<string>();
  const [searchGeneration, setSearchGeneration] = React.useState(0);
  const [viewKey, setViewKey] = React.useState(view);
  const [sort, setSort] = React.useState(definition.defaultSort);
  const [search, setSearch] = React.useState('');
  const [open, setOpen] = React.useState<Stored<never>>();
  React.useEffect(() => setViewKey(view), [view]);
  React.useEffect(() => setSort(definition.defaultSort), [definition]);
  React.useEffect(() => {
    let current = true;
    signedInPerson?.().then(
      (person) => current && setMe(person.email),
      // Unknown, the new form still opens; a default that needs the person is then refused by the schema, visibly.
      () => current && setMe(undefined)
    );
    return () => {
      current = false;
    };
  }, [signedInPerson]);
  const query = React.useMemo(() => ({ viewKey, sort, search }), [viewKey, sort, search]);
  const state = useRegisterPage(definition, query, context);
  const title = t(`registers.${register}`);
  const exportRequest = React.useMemo(() => {
    const chosen = definition.views.find((candidate) => candidate.key === viewKey) ?? definition.views[0];
    return {
      filter: chosen.filter(day, config),
      orderBy: sort,
      titleSearch: search.trim() === '' ? undefined : { text: search, mode: 'substringof' as const }
    };
  }, [definition, viewKey, day, config, sort, search]);

  return (
    <section className={styles.root} aria-labelledby={`register-${register}-heading`} data-register={register}>
      <h2 className={styles.heading} id={`register-${register}-heading`}>
        {title}
      </h2>
      <RegisterToolbar
        key={searchGeneration}
        views={definition.views}
        viewKey={viewKey}
        t={t}
        newLabel={definition.newItem && state.abilities?.add === true ? t(`register.newItem.${register}`) : undefined}
        onView={setViewKey}
        onSearch={setSearch}
        onNew={() => {
          setAdded(undefined);
          setAdding(true);
        }}
      />
      <div aria-live="polite">
        {added !== undefined && (
          <MessageBar intent="success" data-testid="register-added">
            <MessageBarBody>{t('register.added', { title: added })}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {state.error !== undefined && <ErrorBar error={state.error} t={t} />}
      {units.error !== undefined && <ErrorBar error={units.error} t={t} />}
      {state.page && (
        <RegisterGrid
          definition={definition}
          items={state.page.items}
          statuses={state.statuses}
          personNames={state.page.personNames}
          sort={sort}
          caption={title}
          t={t}
          display={display}
          onSort={(field) => setSort(sort.field === field ? { field, descending: !sort.descending } : { field, descending: false })}
          onOpen={setOpen}
        />
      )}
      <div className={styles.footer}>
        <RegisterPager
          pageNumber={state.pageNumber}
          hasPrevious={state.hasPrevious}
          hasNext={state.page?.nextPageToken !== undefined}
          t={t}
          onPrevious={state.previous}
          onNext={state.next}
        />
        <ExportButton
          definition={definition}
          registers={registers}
          request={exportRequest}
          title={title}
          fileName={`${title} – ${t(`register.views.${viewKey}`)}.xlsx`}
          t={t}
          display={display}
        />
        {state.loading ? <Spinner size="tiny" label={t('register.loading')} /> : <Text data-testid="register-count">{t('register.shown', { count: state.page?.items.length ?? 0 })}</Text>}
      </div>
      {open && (
        <ItemFormOnDemand
          definition={definition}
          repository={definition.repository(registers)}
          item={open}
          canEdit={state.abilities?.edit ?? false}
          t={t}
          display={display}
          onSaved={() => {
            setOpen(undefined);
            state.reload();
          }}
          onClose={() => setOpen(undefined)}
        />
      )}
      {adding && definition.newItem && (
        <NewItemFormOnDemand
          definition={definition}
          newItem={definition.newItem}
          repository={definition.repository(registers)}
          context={{ config, today: day, now: instantOf(new Date()), me }}
          t={t}
          display={display}
          onAdded={(item) => {
            setAdding(false);
            setAdded(definition.columns[0].value(item.record, t, display));
            // Newest first, in the whole register: the item just added is the first row the person sees.
            setViewKey('all');
            setSearch('');
            setSearchGeneration((generation) => generation + 1);
            setSort({ field: 'ID', descending: true });
            state.reload();
          }}
          onClose={() => setAdding(false)}
        />
      )}
    </section>
  );
}
