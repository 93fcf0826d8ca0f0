import type { RegionConfig } from '../../../config/region-config';
import { textIn, type Locale } from '../../../domain/shared/localized-text';
import type { RoleSlotRow } from './role-slot-rows';

/**
 * The roles register's views: all slots, the vacant ones, holders without a documented mandate,
 * holders who have not signed, and one per level of the catalogue (the region-wide roles, then each
 * organisation level a per-unit role is kept at, then the optional roles such as the council).
 * Level views come from configuration (R-ORG-MULTI), so their names are the region's own.
 */
export const FIXED_ROLE_VIEWS = ['all', 'vacant', 'mandate-missing', 'unsigned'] as const;

export interface RoleSlotView {
  readonly key: string;
  /** An i18n key (`rolesRegister.views.*`) or, for a level, the configured name. */
  readonly label: { readonly messageKey: string } | { readonly text: string };
  matches(row: RoleSlotRow): boolean;
}

const scopeLevelOf = (row: RoleSlotRow): string => (row.role.scope.kind === 'per-unit' ? `level-${row.role.scope.level}` : `level-${row.role.scope.kind}`);

export function roleSlotViews(config: RegionConfig, locale: Locale): RoleSlotView[] {
  const views: RoleSlotView[] = [
    { key: 'all', label: { messageKey: 'rolesRegister.views.all' }, matches: () => true },
    { key: 'vacant', label: { messageKey: 'rolesRegister.views.vacant' }, matches: (row) => row.vacancy !== undefined },
    { key: 'mandate-missing', label: { messageKey: 'rolesRegister.views.mandate-missing' }, matches: (row) => row.mandateMissing },
    { key: 'unsigned', label: { messageKey: 'rolesRegister.views.unsigned' }, matches: (row) => row.acknowledgement === 'unsigned' }
  ];
  const roles = config.roles.filter((role) => role.scope.kind !== 'per-system');
  if (roles.some((role) => role.scope.kind === 'region')) {
    views.push({ key: 'level-region', label: { messageKey: 'rolesRegister.views.level-region' }, matches: (row) => scopeLevelOf(row) === 'level-region' });
  }
  // In the configured order of levels (förvaltning › område › …), not the catalogue's.
  for (const level of config.organisationLevels) {
    if (!roles.some((role) => role.scope.kind === 'per-unit' && role.scope.level === level.key)) continue;
    const key = `level-${level.key}`;
    views.push({ key, label: { text: textIn(level.label, locale) }, matches: (row) => scopeLevelOf(row) === key });
  }
  if (roles.some((role) => role.scope.kind === 'optional')) {
    views.push({ key: 'level-optional', label: { messageKey: 'rolesRegister.views.level-optional' }, matches: (row) => scopeLevelOf(row) === 'level-optional' });
  }
  return views;
}

/** The words a search looks in: the role's name in both languages, the unit, the holder's name and e-mail. */
function searchableText(row: RoleSlotRow): string {
  return [row.role.label.sv, row.role.label.en, row.unit?.name, row.holderName, row.holderEmail].filter((part) => part !== undefined).join(' ').toLowerCase();
}

export interface RoleSlotPage {
  readonly rows: readonly RoleSlotRow[];
  /** How many rows the view and search match, on all pages. */
  readonly matching: number;
  readonly vacant: number;
  readonly pageCount: number;
}

export const ROLE_SLOTS_PER_PAGE = 50;

/** One page (1-based) of the rows a view and a search match; a page past the end gives the last one. */
export function roleSlotPage(rows: readonly RoleSlotRow[], view: RoleSlotView, search: string, pageNumber: number, perPage: number = ROLE_SLOTS_PER_PAGE): RoleSlotPage {
  const words = search.trim().toLowerCase().split(/\s+/).filter((word) => word !== '');
  const matching = rows.filter((row) => view.matches(row) && words.every((word) => searchableText(row).includes(word)));
  const pageCount = Math.max(1, Math.ceil(matching.length / perPage));
  const page = Math.min(Math.max(1, pageNumber), pageCount);
  return {
    rows: matching.slice((page - 1) * perPage, page * perPage),
    matching: matching.length,
    vacant: matching.filter((row) => row.vacancy !== undefined).length,
    pageCount
  };
}
