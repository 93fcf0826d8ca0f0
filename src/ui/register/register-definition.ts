import type { ZodType, ZodTypeDef } from 'zod';
import type { RegionConfig } from '../../config/region-config';
import type { Instant, IsoDate } from '../../domain/shared/calendar';
import type { Locale, LocalizedText } from '../../domain/shared/localized-text';
import type { OrgUnit } from '../../domain/organisation/org-unit';
import type { Translate } from '../../i18n/translator';
import type { ListRepository, Stored } from '../../sharepoint/repositories/list-repository';
import type { RegisterRepositories } from '../../sharepoint/repositories/register-repositories';

/** The registers the Register web part shows (its property pane's choice). */
export const REGISTER_KEYS = ['assets', 'systems', 'risks', 'riskAnalyses', 'incidents', 'actions', 'maturity', 'roles'] as const;
export type RegisterKey = (typeof REGISTER_KEYS)[number];
/**
 * Registers whose rows no single list holds: the roles register derives its slots (vacancies
 * included) from configuration, units and assignments (src/ui/register/roles/). The others are
 * one SharePoint list each, paged by a RegisterDefinition.
 */
export type DerivedRegisterKey = 'roles';
export type ListRegisterKey = Exclude<RegisterKey, DerivedRegisterKey>;
export const isListRegister = (key: RegisterKey): key is ListRegisterKey => key !== 'roles';

export interface GridColumn<T> {
  readonly key: string;
  /** An i18n key (`fields.*`). */
  readonly label: string;
  /** The indexed column SharePoint sorts by; absent: not sortable (sorting by it would fail past 5,000 items). */
  readonly sortField?: string;
  /** The value is a person's e-mail: the grid shows the name SharePoint knows them by, the e-mail beneath. */
  readonly person?: boolean;
  value(record: T, t: Translate, display: DisplayContext): string;
}

/** What a cell or a choice needs beyond the messages: the region's own terms and the units' names (R-ORG-MULTI). */
export interface DisplayContext {
  readonly config: RegionConfig;
  readonly locale: Locale;
  /** The organisation's units, by name; empty until read (only registers with a unit field read them). */
  readonly units: readonly OrgUnit[];
  /** Unit id → name, of `units`. */
  readonly unitNames: ReadonlyMap<string, string>;
}

/**
 * `datetime`: an instant, edited as the region's wall-clock time; `yes-no`: an optional boolean
 * (empty = not decided yet); `unit`: a unit of the organisation tree, chosen by name.
 */
export type FormFieldKind = 'text' | 'note' | 'email' | 'date' | 'datetime' | 'number' | 'choice' | 'yes-no' | 'unit';

/** A choice whose label the region configures (maturity areas and statuses). */
export interface ConfiguredChoice {
  readonly key: string;
  readonly label: LocalizedText;
}

/** One editable field of the item form; its label is `fields.<key>`, its help `register.help.<key>`. */
export interface FormField {
  readonly key: string;
  readonly kind: FormFieldKind;
  readonly required?: boolean;
  readonly choices?: readonly string[];
  /** The i18n group of the choices' labels (`values.<choiceLabels>.<choice>`). */
  readonly choiceLabels?: string;
  /** Choices from the region's configuration instead of `choices` (labels in both languages, R-ORG-MULTI). */
  configuredChoices?(config: RegionConfig): readonly ConfiguredChoice[];
  /** For `unit`: which units may be chosen (risk analyses: business-critical areas only, R-RSK-1). */
  readonly units?: 'all' | 'business-critical';
}

export interface RegisterView {
  /** `register.views.<key>` */
  readonly key: string;
  /** An OData filter whose first clause is an indexed column (the 5,000-item threshold); undefined: all items. */
  filter(today: IsoDate, config: RegionConfig): string | undefined;
}

export type StatusTone = 'danger' | 'warning' | 'success' | 'informative';

/** What the status badge shows: overdue in red with the reason, from the domain's rules. */
export interface ItemStatus {
  readonly tone: StatusTone;
  readonly label: string;
  readonly reason: string;
}

export interface StatusContext {
  readonly registers: RegisterRepositories;
  readonly config: RegionConfig;
  readonly today: IsoDate;
  /** Now, for clocks that run in hours (the 72-hour breach clock, R-INC). */
  readonly now: Instant;
  readonly locale: Locale;
  readonly t: Translate;
}

/** What a new item's defaults may depend on. */
export interface NewItemContext {
  readonly config: RegionConfig;
  readonly today: IsoDate;
  readonly now: Instant;
  /** The signed-in person's e-mail, when known (the reporter of an incident, the assessor). */
  readonly me: string | undefined;
}

/** How a new item is made: the fields the form asks for and the values it starts with. */
export interface NewItemDefinition {
  /** The fields of the empty form; absent: the edit form's fields. */
  readonly formFields?: readonly FormField[];
  /** The starting record (everything the schema needs that the form does not ask for, and sensible defaults). */
  defaults(context: NewItemContext): Record<string, unknown>;
}

export interface RegisterDefinition<T> {
  readonly key: ListRegisterKey;
  repository(registers: RegisterRepositories): ListRepository<T>;
  /** The domain schema the form validates with (the one the repository validates reads with). */
  readonly schema: ZodType<T, ZodTypeDef, unknown>;
  readonly columns: readonly GridColumn<T>[];
  /** The badge column's heading (an i18n key), where "Status" would repeat a column of the register's own; default `fields.status`. */
  readonly statusLabel?: string;
  readonly defaultSort: { readonly field: string; readonly descending: boolean };
  readonly views: readonly RegisterView[];
  readonly formFields: readonly FormField[];
  /** The register shows or edits units (by name), so the view reads the units list once. */
  readonly usesUnits?: boolean;
  /** Present: the register offers "New …" to whoever may add items (AddListItems, R-SEC-1). */
  readonly newItem?: NewItemDefinition;
  /** The status of each item of a page, by id (at most one page is read for it). */
  statuses(items: readonly Stored<T>[], context: StatusContext): Promise<Map<string, ItemStatus>>;
}
