import { DEFAULT_REGION_CONFIG } from '../../../src/config/default-region';
import { instant, isoDate } from '../../../src/domain/shared/calendar';
import { createTranslator } from '../../../src/i18n/translator';
import { ALL_MAPPERS } from '../../../src/sharepoint/mappers/all-mappers';
import type { Stored } from '../../../src/sharepoint/repositories/list-repository';
import type { RegisterRepositories } from '../../../src/sharepoint/repositories/register-repositories';
import { formValuesOf, validateForm } from '../../../src/ui/register/form-values';
import { incidentStatuses } from '../../../src/ui/register/incidents-register';
import { maturityStatuses } from '../../../src/ui/register/maturity-register';
import { REGISTER_KEYS, isListRegister, type StatusContext } from '../../../src/ui/register/register-definition';
import { REGISTERS } from '../../../src/ui/register/registers';
import { columnWidths } from '../../../src/ui/register/column-widths';
import { aMaturityAssessment, anIncident } from '../../domain/builders';

const config = DEFAULT_REGION_CONFIG;
const today = isoDate('2026-11-30');
const now = instant('2026-11-30T12:00:00Z');
const t = createTranslator('en');
const stored = <T extends { id: string }>(record: T): Stored<T> => ({ id: record.id, record, etag: '"1"' });
const contextWith = (registers: Partial<RegisterRepositories> = {}): StatusContext => ({ registers: registers as RegisterRepositories, config, today, now, locale: 'en', t });

/** The list's indexed columns (its schema), and ID, which SharePoint always indexes. */
function indexedColumnsOf(key: string): Set<string> {
  const list = ALL_MAPPERS[key as keyof typeof ALL_MAPPERS].list;
  return new Set(['ID', ...list.fields.filter((field) => field.indexed).map((field) => field.internalName)]);
}

describe('every register view and sort stays under the 5,000-item list view threshold (issue 7)', () => {
  test.each(REGISTER_KEYS.filter(isListRegister).map((key) => [key]))('%s: each filter starts on an indexed column, each sortable column is indexed', (key) => {
    const definition = REGISTERS[key];
    const indexed = indexedColumnsOf(key);
    for (const view of definition.views) {
      const filter = view.filter(today, config);
      if (filter === undefined) continue;
      const first = /^\(*([A-Za-z_]+)/.exec(filter)?.[1];
      expect([view.key, indexed.has(first ?? '')]).toEqual([view.key, true]);
    }
    for (const field of [definition.defaultSort.field, ...definition.columns.flatMap((column) => (column.sortField ? [column.sortField] : []))]) {
      expect([field, indexed.has(field)]).toEqual([field, true]);
    }
  });

  test('the overdue activities are those ending before today, compared as the date column stores it (site midnight, R-ACT)', () => {
    const overdue = REGISTERS.actions.views.find((view) => view.key === 'overdue-actions');
    // 30 November 2026 in Stockholm starts at 23:00 UTC the day before.
    expect(overdue?.filter(today, config)).toBe("(EndsOn lt datetime'2026-11-29T23:00:00Z') and ((Status eq 'planned') or (Status eq 'in-progress'))");
  });

  test('assets due for review (today or before) and risks whose follow-up has passed compare with the site midnight too', () => {
    const reviewDue = REGISTERS.assets.views.find((view) => view.key === 'review-due');
    const followUpDue = REGISTERS.risks.views.find((view) => view.key === 'follow-up-due');
    // Due today counts: before tomorrow's Stockholm midnight (23:00 UTC today); follow-up today does not yet.
    expect(reviewDue?.filter(today, config)).toBe("NextReviewOn lt datetime'2026-11-30T23:00:00Z'");
    expect(followUpDue?.filter(today, config)).toBe("FollowUpOn lt datetime'2026-11-29T23:00:00Z'");
  });
});

describe('new items: each register that offers one starts from defaults its schema accepts once the form is filled', () => {
  const filled: Record<string, Record<string, string>> = {
    riskAnalyses: { title: 'Riskanalys Akutmottagningen', unitId: '7' },
    incidents: { title: 'Fel mottagare av e-post', unitId: '7' },
    actions: { activity: 'Utbilda nya chefer' },
    maturity: { areaKey: 'riskbedomning', statusKey: 'paborjat' }
  };
  test.each(Object.keys(filled).map((key) => [key]))('%s', (key) => {
    const definition = REGISTERS[key as keyof typeof REGISTERS];
    const newItem = definition.newItem;
    expect(newItem).toBeDefined();
    if (!newItem) return;
    const fields = newItem.formFields ?? definition.formFields;
    const base = { id: 'new', ...newItem.defaults({ config, today, now, me: 'anna.svensson@regionexempel.se' }) } as never;
    const empty = validateForm(definition.schema, base, fields, formValuesOf(base, fields, config.timeZone), config.timeZone);
    expect(empty.ok).toBe(false);
    const outcome = validateForm(definition.schema, base, fields, { ...formValuesOf(base, fields, config.timeZone), ...filled[key] }, config.timeZone);
    expect(outcome).toEqual({ ok: true, record: expect.objectContaining(filled[key]) });
  });

  test("an incident's discovery is edited as Stockholm's wall-clock time and stored as the instant (R-INC)", () => {
    const { newItem, schema } = REGISTERS.incidents;
    const fields = newItem?.formFields ?? [];
    const base = { id: 'new', ...newItem?.defaults({ config, today, now, me: 'anna.svensson@regionexempel.se' }) } as never;
    const values = formValuesOf(base, fields, config.timeZone);
    expect(values.discoveredAt).toBe('2026-11-30T13:00');
    const outcome = validateForm(schema, base, fields, { ...values, title: 'Borttappad dator', unitId: '7', discoveredAt: '2026-11-29T08:30' }, config.timeZone);
    expect(outcome).toEqual({ ok: true, record: expect.objectContaining({ discoveredAt: '2026-11-29T07:30:00.000Z', reportedBy: 'anna.svensson@regionexempel.se' }) });
  });
});

describe('statuses', () => {
  test('incidents: a running breach clock, an overdue one in red with its deadline, and reports still to assess (R-INC)', async () => {
    const statuses = await incidentStatuses(
      [
        stored(anIncident({ id: '1', discoveredAt: '2026-11-29T09:00:00Z', reportedAt: '2026-11-29T10:00:00Z' })),
        stored(anIncident({ id: '2', discoveredAt: '2026-11-26T09:00:00Z', reportedAt: '2026-11-26T10:00:00Z' })),
        stored(anIncident({ id: '3', category: 'deviation', status: 'reported', discoveredAt: '2026-11-26T09:00:00Z', reportedAt: '2026-11-26T10:00:00Z' }))
      ],
      contextWith()
    );
    expect(statuses.get('1')).toEqual({ tone: 'warning', label: 'Clock running', reason: 'Report to IMY by 2026-12-02 10:00 (45 hours left).' });
    expect(statuses.get('2')).toEqual({ tone: 'danger', label: 'Deadline passed', reason: 'Should have been reported to IMY by 2026-11-29 10:00.' });
    expect(statuses.get('3')).toEqual({ tone: 'warning', label: 'To assess', reason: 'Reported on 2026-11-26 11:00, to be assessed by the unit chief.' });
  });

  test('maturity: an assessment replaced later the same year says so; the one in force is measured against the target (R-MAT)', async () => {
    const earlier = aMaturityAssessment({ id: '1', areaKey: 'riskbedomning', statusKey: 'paborjat', year: 2026, assessedOn: '2026-03-01' });
    const later = aMaturityAssessment({ id: '2', areaKey: 'riskbedomning', statusKey: 'definierat', year: 2026, assessedOn: '2026-10-01' });
    const filters: string[] = [];
    const maturity = {
      readAll: (filter: string) => {
        filters.push(filter);
        return Promise.resolve({ valid: [earlier, later], rejected: [] });
      }
    };
    const statuses = await maturityStatuses([stored(earlier), stored(later)], contextWith({ maturity } as never));
    expect(filters).toEqual(['(Year eq 2026)']);
    expect(statuses.get('1')).toEqual(expect.objectContaining({ tone: 'informative', label: 'Replaced' }));
    expect(statuses.get('2')).toEqual({ tone: 'success', label: 'At target', reason: 'Reaches the target level Defined.' });
  });
});

describe('the register grid\'s column widths', () => {
  test('every column of every register gets a share, the shares fill the table, and no column is squeezed below 10 %', () => {
    for (const key of REGISTER_KEYS) {
      // The roles register has a grid of its own.
      if (!isListRegister(key)) continue;
      const widths = columnWidths(REGISTERS[key].columns);
      const shares = [...widths.columns, widths.status].map((width) => Number(width.replace('%', '')));
      expect({ key, total: Math.round(shares.reduce((sum, share) => sum + share, 0)) }).toEqual({ key, total: 100 });
      expect({ key, narrowest: Math.min(...shares) >= 10 }).toEqual({ key, narrowest: true });
    }
  });
});
