import { DEFAULT_REGION_CONFIG } from '../../../src/config/default-region';
import { createTranslator } from '../../../src/i18n/translator';
import { readWholeView, viewSheet } from '../../../src/ui/register/register-export';
import { systemsRegister } from '../../../src/ui/register/systems-register';
import type { Stored } from '../../../src/sharepoint/repositories/list-repository';
import type { ItSystem } from '../../../src/domain/systems/it-system';
import { aSystem } from '../../domain/builders';

const t = createTranslator('sv');
const display = { config: DEFAULT_REGION_CONFIG, locale: 'sv' as const, units: [], unitNames: new Map<string, string>() };
const stored = (system: ItSystem): Stored<ItSystem> => ({ id: system.id, record: system, etag: '"1"' });

describe('exporting a register view (R-SYS)', () => {
  test('reads every page of the view with its filter and sort, passing the token on', async () => {
    const requests: unknown[] = [];
    const pages = [
      { items: [stored(aSystem({ id: '1', name: 'A', ownerEmail: 'anna.berg@region.se' }))], nextPageToken: 'p2', personNames: new Map([['anna.berg@region.se', 'Anna Berg']]) },
      { items: [stored(aSystem({ id: '2', name: 'B' }))], nextPageToken: undefined, personNames: new Map<string, string>() }
    ];
    const progress: number[] = [];
    const exported = await readWholeView(
      { readPage: (request) => { requests.push(request); return Promise.resolve(pages[requests.length - 1]); } },
      { filter: "SocietallyImportant eq 1", orderBy: { field: 'Title', descending: false } },
      (read) => progress.push(read)
    );
    expect(requests).toEqual([
      { filter: 'SocietallyImportant eq 1', orderBy: { field: 'Title', descending: false }, pageSize: 1000 },
      { filter: 'SocietallyImportant eq 1', orderBy: { field: 'Title', descending: false }, pageSize: 1000, pageToken: 'p2' }
    ]);
    expect(progress).toEqual([1, 2]);
    expect(exported.items.map((item) => item.id)).toEqual(['1', '2']);
    expect(exported.personNames.get('anna.berg@region.se')).toBe('Anna Berg');
  });

  test('the grid\'s columns, people as name and e-mail, labels as the grid shows them', () => {
    const sheet = viewSheet(
      systemsRegister,
      { items: [stored(aSystem({ id: '1', name: 'Cosmic', ownerEmail: 'anna.berg@region.se' })), stored(aSystem({ id: '2', name: 'Melior' }))], personNames: new Map([['anna.berg@region.se', 'Anna Berg']]) },
      t,
      display
    );
    const header = sheet[0];
    expect(header.slice(0, 3)).toEqual(['Namn', 'Ägare', 'Ägare – e-post']);
    expect(sheet[1].slice(0, 4)).toEqual(['Cosmic', 'Anna Berg', 'anna.berg@region.se', 'I drift']);
    expect(sheet[2].slice(0, 3)).toEqual(['Melior', null, null]);
    expect(sheet).toHaveLength(3);
  });
});
