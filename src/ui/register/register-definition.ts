import type { ZodType, ZodTypeDef } from 'zod';
import type { RegionConfig } from '../../config/region-config';
import type { IsoDate } from '../../domain/shared/calendar';
import type { Translate } from '../../i18n/translator';
import type { ListRepository, Stored } from '../../sharepoint/repositories/list-repository';
import type { RegisterRepositories } from '../../sharepoint/repositories/register-repositories';

/** The registers the Register web part shows (its property pane's choice). */
export const REGISTER_KEYS = ['assets', 'systems', 'risks', 'roles'] as const;
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
  value(record: T, t: Translate): string;
}

export type FormFieldKind = 'text' | 'note' | 'email' | 'date' | 'number' | 'choice';

/** One editable field of the item form; its label is `fields.<key>`, its help `register.help.<key>`. */
export interface FormField {
  readonly key: string;
  readonly kind: FormFieldKind;
  readonly required?: boolean;
  readonly choices?: readonly string[];
  /** The i18n group of the choices' labels (`values.<choiceLabels>.<choice>`). */
  readonly choiceLabels?: string;
}

export interface RegisterView {
  /** `register.views.<key>` */
  readonly key: string;
  /** An OData filter whose first clause is an indexed column (the 5,000-item threshold); undefined: all items. */
  filter(today: IsoDate): string | undefined;
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
  readonly t: Translate;
}

export interface RegisterDefinition<T> {
  readonly key: ListRegisterKey;
  repository(registers: RegisterRepositories): ListRepository<T>;
  /** The domain schema the form validates with (the one the repository validates reads with). */
  readonly schema: ZodType<T, ZodTypeDef, unknown>;
  readonly columns: readonly GridColumn<T>[];
  readonly defaultSort: { readonly field: string; readonly descending: boolean };
  readonly views: readonly RegisterView[];
  readonly formFields: readonly FormField[];
  /** The status of each item of a page, by id (at most one page is read for it). */
  statuses(items: readonly Stored<T>[], context: StatusContext): Promise<Map<string, ItemStatus>>;
}
