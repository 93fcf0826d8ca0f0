/**
 * The shape of Tillit's SharePoint lists: the one place where list URLs, field internal names,
 * kinds, indexes and permissions are declared (DESIGN.md habit 5). Provisioning creates lists
 * from these schemas, the mappers read and write items by these names, and the local stand-in
 * can build its columns from them. Pure data: nothing here talks to SharePoint.
 */

/** Stable code names of the lists; other code refers to a list by its key, never by its title. */
export type ListKey =
  | 'units'
  | 'staff'
  | 'systems'
  | 'assets'
  | 'classifications'
  | 'processing'
  | 'risks'
  | 'riskAnalyses'
  | 'incidents'
  | 'documentVersions'
  | 'acknowledgements'
  | 'trainingRecords'
  | 'actions'
  | 'maturity'
  | 'roleAssignments'
  | 'meetings'
  | 'nudgeLog'
  | 'botInstallations'
  | 'snoozes'
  | 'kpiSnapshots'
  | 'councilDashboards'
  | 'settings';


/**
 * Choices that are the region's configuration, not code (R-ORG-MULTI): provisioning fills them
 * from the RegionConfig (region-choices.ts), and re-provisioning adds a level or role a region adds.
 */
export type RegionChoiceSource =
  | 'organisation-levels'
  | 'protective-measures'
  | 'roles'
  | 'courses'
  | 'maturity-areas'
  | 'maturity-statuses';

/**
 * A choice column stores the domain's key (`business-critical`, `omrade`), never a display label:
 * keys do not change when a region rewords a label, a filter in code uses the same key as the
 * domain, and the app shows the Swedish or English label from i18n and the region configuration.
 */
export type ChoiceValues = readonly string[] | { readonly fromRegion: RegionChoiceSource };

interface FieldBase {
  /** PascalCase English, no spaces: it is the URL-safe EntityPropertyName used in REST payloads. */
  readonly internalName: string;
  /** The Swedish display name shown in SharePoint's own list views and forms. */
  readonly title: string;
  readonly description: string;
  readonly required: boolean;
  /**
   * Indexed so that a query can put this column first in its $filter past the list view threshold
   * (5,000 items). At most 20 per list; each index is justified by a comment beside the field.
   */
  readonly indexed: boolean;
  /** SharePoint "enforce unique values"; needs `indexed`. */
  readonly unique?: boolean;
}

export interface TextFieldSchema extends FieldBase {
  readonly kind: 'text';
  /** Single line of text holds at most 255 characters. */
  readonly maxLength: number;
}

export interface NoteFieldSchema extends FieldBase {
  /** Plain multiple lines of text (no rich text): list values one per line, or JSON where nothing filters. */
  readonly kind: 'note';
}

export interface NumberFieldSchema extends FieldBase {
  readonly kind: 'number';
  readonly min?: number;
  readonly max?: number;
}

export interface BooleanFieldSchema extends FieldBase {
  readonly kind: 'boolean';
}

export interface DateTimeFieldSchema extends FieldBase {
  readonly kind: 'datetime';
  /**
   * Date only: SharePoint stores midnight in the site's time zone, expressed in UTC, and the
   * mappers turn it into the calendar date (site-dates.ts). Otherwise an instant.
   */
  readonly dateOnly: boolean;
}

export interface ChoiceFieldSchema extends FieldBase {
  readonly kind: 'choice' | 'multichoice';
  readonly choices: ChoiceValues;
}

export interface UserFieldSchema extends FieldBase {
  /** People only (no groups): a person is named by e-mail in the domain (person-ref.ts). */
  readonly kind: 'user' | 'usermulti';
}

export interface LookupFieldSchema extends FieldBase {
  readonly kind: 'lookup' | 'lookupmulti';
  readonly lookupListKey: ListKey;
  /**
   * Created in provisioning's second pass, after the target list exists: only for a pair of lists
   * that refer to each other (a system's assets, an asset's systems). Every other lookup targets a
   * list earlier in all-lists.ts.
   */
  readonly deferred?: boolean;
}

export type FieldSchema =
  | TextFieldSchema
  | NoteFieldSchema
  | NumberFieldSchema
  | BooleanFieldSchema
  | DateTimeFieldSchema
  | ChoiceFieldSchema
  | UserFieldSchema
  | LookupFieldSchema;

/** What the built-in Title column holds in a list, under which Swedish display name. */
export interface TitleFieldSchema {
  readonly title: string;
  readonly description: string;
  readonly required: boolean;
  readonly indexed: boolean;
  readonly unique?: boolean;
  /**
   * True when the mapper writes a readable summary there (a list without a natural name): the
   * read side ignores it, so a hand-edited Title never changes a record.
   */
  readonly generated: boolean;
}

/** The site's three SharePoint groups: its associated owners/members/visitors groups, renamed by provisioning. */
export type SiteGroupKey = 'owners' | 'members' | 'visitors';

export const SITE_GROUPS: Readonly<Record<SiteGroupKey, string>> = {
  /** The security coordinator/CISO and the site's administrators. */
  owners: 'Tillit Ägare',
  /** Coordinators: registry coordinators, the DSO and deputies, council members, owners who edit their items. */
  members: 'Tillit Medlemmar',
  /** Everyone in the region. */
  visitors: 'Tillit Besökare'
};

/**
 * Who may read and who may add/edit a list's items (R-SEC-1). `itemLevel` is SharePoint's
 * item-level permission, which binds those without Manage Lists (visitors who may edit):
 * - `all`: everyone who may read reads all items; editors edit all items;
 * - `own`: read all, but create and edit only one's own items, so nobody signs for someone else;
 * - `private`: read and edit only one's own items (an incident report may describe a breach of
 *   someone's personal data); owners and members see all through Manage Lists.
 */
export interface ListPermissions {
  readonly read: readonly SiteGroupKey[];
  readonly edit: readonly SiteGroupKey[];
  readonly itemLevel: 'all' | 'own' | 'private';
}

export interface ListSchema {
  readonly key: ListKey;
  /**
   * Site-relative `Lists/<EnglishName>`: the list is created with its English name so that the URL
   * is English, then renamed to its Swedish title. The app addresses lists by URL, so a renamed
   * title never breaks it.
   */
  readonly url: `Lists/${string}`;
  /** The Swedish title shown in SharePoint. */
  readonly title: string;
  readonly description: string;
  readonly titleField: TitleFieldSchema;
  readonly fields: readonly FieldSchema[];
  /**
   * Internal names of columns an earlier Tillit made that this one no longer writes. Provisioning
   * keeps them (stored values stay readable) but stops them being required, so that a site made by
   * the earlier version accepts the new items.
   */
  readonly retiredFields?: readonly string[];
  readonly permissions: ListPermissions;
}

/** The SharePoint limit this code designs for: at most 20 indexed columns per list. */
export const MAX_INDEXES_PER_LIST = 20;

/** The list view lookup threshold: at most 12 lookup and person columns in one query. */
export const MAX_LOOKUPS_PER_QUERY = 12;

/** A single line of text holds at most 255 characters. */
export const MAX_TEXT_LENGTH = 255;
