import { DEFAULT_REGION_CONFIG } from '../../../src/config/default-region';
import type { Acknowledgement, acknowledgementSchema, DocumentVersion } from '../../../src/domain/acknowledgements/acknowledgement';
import {
  acknowledgementProgress,
  currentVersions,
  isOwnSignatureFor,
  outstandingAcknowledgements,
  type OutstandingAcknowledgement
} from '../../../src/domain/acknowledgements/outstanding-acknowledgements';
import { isoDate } from '../../../src/domain/shared/calendar';
import { aDocumentVersion, anAcknowledgement, aPerson, type Overrides } from '../builders';
import { configWith } from '../builders-extra';
import { NO_ROLES, rolesOf } from '../builders-more';

/* Default: a role holder signs within 30 days of publication (or of becoming a manager). */
const config = DEFAULT_REGION_CONFIG;
const KEY = 'fordelning-av-ansvar';

const v1 = aDocumentVersion({ id: 'dv1', version: '1.0', publishedOn: '2026-01-01', requiredForRoles: ['informationsagare'] });
const v2 = aDocumentVersion({ id: 'dv2', version: '2.0', publishedOn: '2026-04-01', requiredForRoles: ['informationsagare'] });
const v3Future = aDocumentVersion({ id: 'dv3', version: '3.0', publishedOn: '2026-07-01', requiredForRoles: ['informationsagare'] });
const policy = aDocumentVersion({
  id: 'pol1',
  documentKey: 'informationssakerhetspolicy',
  title: 'Informationssäkerhetspolicy',
  version: '2026',
  publishedOn: '2026-02-01',
  requiredForRoles: ['informationsagare']
});

function signed(id: string, signerEmail: string, version: string, extra: Overrides<typeof acknowledgementSchema> = {}): Acknowledgement {
  return anAcknowledgement({ id, signerEmail, version, documentKey: KEY, ...extra });
}

const owners = ['anna@region.se', 'bertil@region.se', 'cecilia@region.se'];
const roster = [...owners, 'david@region.se'].map((email) => aPerson({ email }));
const roles = rolesOf({
  'anna@region.se': ['informationsagare'],
  'bertil@region.se': ['informationsagare'],
  'cecilia@region.se': ['informationsagare', 'registerkoordinator'],
  'david@region.se': ['registerkoordinator']
});

const brief = (rows: readonly OutstandingAcknowledgement[]): Array<[string, string, string, number]> =>
  rows.map((row) => [row.personEmail, row.version, row.dueOn, row.daysOverdue]);

describe('currentVersions: only the newest version already published is in force (R-ACK)', () => {
  test.each<[string, string, string[]]>([
    ['before any publication', '2025-12-31', []],
    ['on the first publication day', '2026-01-01', ['dv1']],
    ['the day before v2', '2026-03-31', ['dv1']],
    ["on v2's publication day", '2026-04-01', ['dv2']],
    ['before the version published in the future', '2026-06-30', ['dv2']],
    ["on the future version's day", '2026-07-01', ['dv3']]
  ])('%s (%s) → %j', (_what, today, expected) => {
    const versions: DocumentVersion[] = [v1, v2, v3Future];
    expect(currentVersions(versions, isoDate(today)).map((version) => version.id)).toEqual(expected);
    expect(currentVersions([...versions].reverse(), isoDate(today)).map((version) => version.id)).toEqual(expected);
  });

  test('one version per document, sorted by document key', () => {
    expect(currentVersions([policy, v2, v1], isoDate('2026-06-15')).map((version) => version.id)).toEqual(['dv2', 'pol1']);
  });

  test('two versions published the same day: the higher id wins, whatever the order', () => {
    const a = aDocumentVersion({ id: 'dv-a', version: '2.0', publishedOn: '2026-04-01' });
    const b = aDocumentVersion({ id: 'dv-b', version: '2.1', publishedOn: '2026-04-01' });
    expect(currentVersions([a, b], isoDate('2026-06-15')).map((version) => version.id)).toEqual(['dv-b']);
    expect(currentVersions([b, a], isoDate('2026-06-15')).map((version) => version.id)).toEqual(['dv-b']);
  });

  test('no versions, nothing in force', () => {
    expect(currentVersions([], isoDate('2026-06-15'))).toEqual([]);
  });
});

describe('isOwnSignatureFor: only the signer\'s own account, for the exact version (R-ACK, R-SEC-1)', () => {
  test.each<[string, boolean, Partial<Acknowledgement>]>([
    ['signed by the signer\'s own account', true, {}],
    ['the same account written in other letter case', true, { signedByAccount: 'ANNA@REGION.SE' }],
    ['written by another account', false, { signedByAccount: 'bertil@region.se' }],
    ['for the previous version', false, { version: '1.0' }],
    ['for another document with the same version number', false, { documentKey: 'informationssakerhetspolicy' }]
  ])('%s → %s', (_what, expected, overrides) => {
    expect(isOwnSignatureFor(signed('ack1', 'anna@region.se', '2.0', overrides), v2)).toBe(expected);
  });
});

describe('outstandingAcknowledgements per person and version (R-ACK)', () => {
  const today = isoDate('2026-06-15');

  test('a new version requires a new acknowledgement; signatures for the old one do not carry over', () => {
    const acknowledgements = [
      signed('ack0', 'cecilia@region.se', '1.0'),
      signed('ack1', 'anna@region.se', '1.0'),
      signed('ack2', 'bertil@region.se', '1.0'),
      signed('ack3', 'bertil@region.se', '2.0'),
      signed('ack4', 'cecilia@region.se', '2.0')
    ];
    // v2 published 2026-04-01 + 30 days = 2026-05-01; 2026-05-01 → 2026-06-15 is 30 (May) + 15 = 45 days.
    const rows = outstandingAcknowledgements([v1, v2], acknowledgements, roles, roster, config, today);
    expect(rows).toEqual([
      {
        personEmail: 'anna@region.se',
        documentKey: KEY,
        documentVersionId: 'dv2',
        title: 'Fördelning av ansvar',
        version: '2.0',
        dueOn: '2026-05-01',
        daysOverdue: 45
      }
    ]);
    // Before v2 was published anna's signature of v1 was enough: nobody owed anything.
    expect(outstandingAcknowledgements([v1, v2], acknowledgements, roles, roster, config, isoDate('2026-03-31'))).toEqual([]);
  });

  test('a signature written by another account does not count, neither for the signer nor for the writer (R-SEC-1)', () => {
    const acknowledgements = [
      signed('ack1', 'bertil@region.se', '2.0'),
      // Anna's account wrote a signature in Cecilia's name.
      signed('ack2', 'cecilia@region.se', '2.0', { signedByAccount: 'anna@region.se' })
    ];
    expect(brief(outstandingAcknowledgements([v2], acknowledgements, roles, roster, config, today))).toEqual([
      ['anna@region.se', '2.0', '2026-05-01', 45],
      ['cecilia@region.se', '2.0', '2026-05-01', 45]
    ]);
  });

  test('a version published in the future is not in force: the current one is still owed', () => {
    const acknowledgements = [signed('ack1', 'anna@region.se', '2.0'), signed('ack2', 'bertil@region.se', '2.0')];
    expect(brief(outstandingAcknowledgements([v1, v2, v3Future], acknowledgements, roles, roster, config, today))).toEqual([
      ['cecilia@region.se', '2.0', '2026-05-01', 45]
    ]);
    // From 2026-07-01 v3 is in force and everybody owes it, due 2026-07-31.
    expect(brief(outstandingAcknowledgements([v1, v2, v3Future], acknowledgements, roles, roster, config, isoDate('2026-07-01')))).toEqual([
      ['anna@region.se', '3.0', '2026-07-31', 0],
      ['bertil@region.se', '3.0', '2026-07-31', 0],
      ['cecilia@region.se', '3.0', '2026-07-31', 0]
    ]);
  });

  test.each<[string, number]>([
    // due 2026-05-01 (v2 published 2026-04-01 + 30 days)
    ['2026-04-01', 0],
    ['2026-04-30', 0],
    ['2026-05-01', 0], // due today: not yet overdue
    ['2026-05-02', 1],
    ['2026-06-01', 31]
  ])('on %s the overdue count is %d days', (day, daysOverdue) => {
    const [row] = outstandingAcknowledgements([v2], [], rolesOf({ 'anna@region.se': ['informationsagare'] }), roster, config, isoDate(day));
    expect([row.dueOn, row.daysOverdue]).toEqual(['2026-05-01', daysOverdue]);
  });

  test('the region\'s own signing period sets the due date', () => {
    const sevenDays = configWith({ acknowledgements: { signWithinDays: 7 } });
    const [row] = outstandingAcknowledgements([v2], [], rolesOf({ 'anna@region.se': ['informationsagare'] }), roster, sevenDays, today);
    // 2026-04-01 + 7 = 2026-04-08; to 2026-06-15: 22 (April) + 31 (May) + 15 = 68 days.
    expect([row.dueOn, row.daysOverdue]).toEqual(['2026-04-08', 68]);
  });

  test('one row per person and document in force, sorted by document then person', () => {
    const rows = outstandingAcknowledgements([policy, v2, v1], [signed('ack1', 'anna@region.se', '2.0')], roles, roster, config, today);
    // The policy (2026-02-01 + 30 = 2026-03-03; to 2026-06-15: 28 + 30 + 31 + 15 = 104 days).
    expect(rows.map((row) => [row.documentKey, row.personEmail, row.dueOn, row.daysOverdue])).toEqual([
      [KEY, 'bertil@region.se', '2026-05-01', 45],
      [KEY, 'cecilia@region.se', '2026-05-01', 45],
      ['informationssakerhetspolicy', 'anna@region.se', '2026-03-03', 104],
      ['informationssakerhetspolicy', 'bertil@region.se', '2026-03-03', 104],
      ['informationssakerhetspolicy', 'cecilia@region.se', '2026-03-03', 104]
    ]);
  });

  test('people holding no required role owe nothing', () => {
    expect(outstandingAcknowledgements([v2], [], rolesOf({ 'david@region.se': ['registerkoordinator'] }), roster, config, today)).toEqual([]);
    expect(outstandingAcknowledgements([v2], [], NO_ROLES, roster, config, today)).toEqual([]);
  });

  test('a signature counted twice is still one signature', () => {
    const acknowledgements = [signed('ack1', 'anna@region.se', '2.0'), signed('ack2', 'anna@region.se', '2.0', { signedAt: '2026-05-03T10:00:00+02:00' })];
    expect(outstandingAcknowledgements([v2], acknowledgements, rolesOf({ 'anna@region.se': ['informationsagare'] }), roster, config, today)).toEqual([]);
  });

  test('a role holder who has left the roster is no longer asked to sign (R-ACK, current roster as in R-TRN-4)', () => {
    const withLeaver = [...roster, aPerson({ email: 'lars@region.se', endDate: '2026-03-31' }), aPerson({ email: 'ny@region.se', startDate: '2026-08-01' })];
    const rolesWithLeaver = rolesOf({
      'anna@region.se': ['informationsagare'],
      'lars@region.se': ['informationsagare'],
      'ny@region.se': ['informationsagare'],
      'okand@region.se': ['informationsagare']
    });
    expect(brief(outstandingAcknowledgements([v2], [], rolesWithLeaver, withLeaver, config, today))).toEqual([
      ['anna@region.se', '2.0', '2026-05-01', 45]
    ]);
    expect(acknowledgementProgress([v2], [], rolesWithLeaver, withLeaver, today)).toEqual([
      { documentKey: KEY, version: '2.0', required: 1, signed: 0, outstanding: 1 }
    ]);
  });
});

describe('managers must sign from the later of publication and their manager start (R-ACK, R-TRN-2)', () => {
  const forManagers = aDocumentVersion({ id: 'dvm', version: '1.0', publishedOn: '2026-01-01', requiredForManagers: true });
  const today = isoDate('2026-06-15');
  const managers = [
    aPerson({ email: 'erik@region.se', managerSince: '2025-06-01' }), // manager before publication
    aPerson({ email: 'frida@region.se', managerSince: '2026-05-20' }), // became a manager after publication
    aPerson({ email: 'gustav@region.se', managerSince: '2026-07-01' }), // not yet a manager
    aPerson({ email: 'hanna@region.se', managerSince: '2024-01-01', endDate: '2026-03-31' }), // left
    aPerson({ email: 'ivar@region.se' }) // not a manager
  ];

  test('due dates and overdue days per manager', () => {
    // erik: 2026-01-01 + 30 = 2026-01-31; to 2026-06-15: day 166 - day 31 = 135 days.
    // frida: 2026-05-20 + 30 = 2026-06-19, not yet overdue.
    expect(brief(outstandingAcknowledgements([forManagers], [], NO_ROLES, managers, config, today))).toEqual([
      ['erik@region.se', '1.0', '2026-01-31', 135],
      ['frida@region.se', '1.0', '2026-06-19', 0]
    ]);
  });

  test('a manager who also holds a required role owes it from the earlier date: the publication', () => {
    const both = aDocumentVersion({ id: 'dvb', version: '1.0', publishedOn: '2026-01-01', requiredForManagers: true, requiredForRoles: ['informationsagare'] });
    const rows = outstandingAcknowledgements([both], [], rolesOf({ 'frida@region.se': ['informationsagare'] }), managers, config, today);
    expect(brief(rows)).toEqual([
      ['erik@region.se', '1.0', '2026-01-31', 135],
      ['frida@region.se', '1.0', '2026-01-31', 135]
    ]);
  });

  test('a manager who signed is done; progress counts required, signed and outstanding', () => {
    const acknowledgements = [anAcknowledgement({ id: 'ack1', signerEmail: 'erik@region.se' })];
    expect(outstandingAcknowledgements([forManagers], acknowledgements, NO_ROLES, managers, config, today).map((row) => row.personEmail)).toEqual([
      'frida@region.se'
    ]);
    expect(acknowledgementProgress([forManagers], acknowledgements, NO_ROLES, managers, today)).toEqual([
      { documentKey: KEY, version: '1.0', required: 2, signed: 1, outstanding: 1 }
    ]);
  });

  test('on the day gustav becomes a manager he owes it within 30 days of that day', () => {
    const rows = outstandingAcknowledgements([forManagers], [], NO_ROLES, managers, config, isoDate('2026-07-01'));
    expect(brief(rows)).toEqual([
      ['erik@region.se', '1.0', '2026-01-31', 151],
      ['frida@region.se', '1.0', '2026-06-19', 12],
      ['gustav@region.se', '1.0', '2026-07-31', 0]
    ]);
  });
});

describe('acknowledgementProgress: the council\'s view per version in force (R-ACK)', () => {
  const today = isoDate('2026-06-15');

  test('required, signed and outstanding per document, only own signatures of the version in force counting', () => {
    const acknowledgements = [
      signed('ack1', 'anna@region.se', '1.0'), // old version
      signed('ack2', 'bertil@region.se', '2.0'),
      signed('ack3', 'cecilia@region.se', '2.0', { signedByAccount: 'bertil@region.se' }), // not her own
      signed('ack4', 'david@region.se', '2.0'), // not required: does not raise the count
      anAcknowledgement({ id: 'ack5', signerEmail: 'anna@region.se', documentKey: 'informationssakerhetspolicy', version: '2026' })
    ];
    expect(acknowledgementProgress([v1, v2, v3Future, policy], acknowledgements, roles, roster, today)).toEqual([
      { documentKey: KEY, version: '2.0', required: 3, signed: 1, outstanding: 2 },
      { documentKey: 'informationssakerhetspolicy', version: '2026', required: 3, signed: 1, outstanding: 2 }
    ]);
  });

  test('a version nobody must sign: 0 required, 0 outstanding', () => {
    expect(acknowledgementProgress([v2], [], NO_ROLES, roster, today)).toEqual([
      { documentKey: KEY, version: '2.0', required: 0, signed: 0, outstanding: 0 }
    ]);
  });

  test('empty registers give no progress rows and nothing outstanding', () => {
    expect(acknowledgementProgress([], [], NO_ROLES, [], today)).toEqual([]);
    expect(outstandingAcknowledgements([], [], NO_ROLES, [], config, today)).toEqual([]);
  });
});
