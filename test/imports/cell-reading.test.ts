import { readDateCell } from '../../src/imports/cell-date';
import { importContext } from '../../src/imports/import-context';
import { markupIn } from '../../src/imports/markup';
import { normalizedKeyPart, naturalKey } from '../../src/imports/natural-key';
import { readCell } from '../../src/imports/read-cell';
import { choiceOptions } from '../../src/imports/targets/choice-options';
import { APPROVAL_STATUSES } from '../../src/domain/systems/it-system';

const context = importContext(['anna.berg@region.se'], [
  { id: '1', name: 'Akutmottagningen' },
  { id: '2', name: 'Röntgen' },
  { id: '3', name: 'Röntgen' }
]);

describe('reading date cells (R-SYS, R-AST, R-TRN: validated input, R-SEC-2)', () => {
  test.each([
    ['an Excel date cell (a Date at UTC midnight)', new Date(Date.UTC(2026, 10, 30)), { date: '2026-11-30' }],
    ['text written YYYY-MM-DD', '2026-11-30', { date: '2026-11-30' }],
    ['text with spaces around it', ' 2026-11-30 ', { date: '2026-11-30' }],
    ['day first with slashes', '30/11/2026', { unreadable: '30/11/2026', suggestion: '2026-11-30' }],
    ['day first with dots', '1.2.2027', { unreadable: '1.2.2027', suggestion: '2027-02-01' }],
    ['month first when day first cannot be', '11/30/2026', { unreadable: '11/30/2026', suggestion: '2026-11-30' }],
    ['a date with a time', '2026-11-30 00:00', { unreadable: '2026-11-30 00:00', suggestion: '2026-11-30' }],
    ['compact', '20261130', { unreadable: '20261130', suggestion: '2026-11-30' }],
    ['no calendar date (31 February)', '2026-02-31', { unreadable: '2026-02-31' }],
    ['words', 'next spring', { unreadable: 'next spring' }],
    ['an Excel serial number in text', '46356', { unreadable: '46356' }]
  ])('%s', (_, cell, expected) => {
    expect(readDateCell(cell)).toEqual(expected);
  });
});

/** Built, so the linter does not take the test's own text for a script address. */
const SCRIPT_SCHEME = ['java', 'script:'].join('');

describe('markup in text is refused (register text is rendered in HTML, cards and Word; R-SEC-2)', () => {
  test.each([
    ['<script>alert(1)</script>', '<script>'],
    ['Journal <b>system</b>', '<b>'],
    ['</p>', '</p>'],
    ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
    ['<!-- note -->', '<!'],
    [`${SCRIPT_SCHEME}alert(1)`, SCRIPT_SCHEME],
    ['fewer than < 5 users', undefined],
    ['a < b and b > c', undefined],
    ['a<b and b>c (a browser reads a b tag)', '<b and b>'],
    ['Cosmic', undefined]
  ])('%s', (text, found) => {
    expect(markupIn(text.replace(' (a browser reads a b tag)', ''))).toBe(found);
  });
});

describe('natural keys are case- and whitespace-insensitive (R-SYS, R-AST, R-TRN)', () => {
  test('the same name written differently is one key', () => {
    expect(normalizedKeyPart('  Journal   SYSTEM ')).toBe(normalizedKeyPart('journal system'));
    expect(normalizedKeyPart('Ä'.normalize('NFD'))).toBe(normalizedKeyPart('ä'));
  });
  test('different names and parts are different keys', () => {
    expect(naturalKey(['Cosmic'])).not.toBe(naturalKey(['Cosmic 2']));
    expect(naturalKey(['a@x.se', 'mikro', 1])).not.toBe(naturalKey(['a@x.se', 'mikro', 2]));
    expect(naturalKey(['a@x.se', 'mikro', undefined])).not.toBe(naturalKey(['a@x.se', 'mikro', 1]));
  });
});

describe('reading cells by kind', () => {
  const approval = { type: 'choice', options: choiceOptions('approval', APPROVAL_STATUSES) } as const;
  test.each([
    ['empty text', { type: 'text', maxLength: 5 }, '  ', { empty: true }],
    ['text within the limit', { type: 'text', maxLength: 5 }, 'abcde', { value: 'abcde' }],
    ['a number as a name', { type: 'text', maxLength: 5 }, 1177, { value: '1177' }],
    ['text too long', { type: 'text', maxLength: 5 }, 'abcdef', { problem: { kind: 'too-long', value: 'abcdef', limit: 5, length: 6 } }],
    ['markup', { type: 'text', maxLength: 50 }, 'x<script>', { problem: { kind: 'markup', value: '<script>' } }],
    ['yes in Swedish', { type: 'yes-no' }, 'Ja', { value: true }],
    ['no in English', { type: 'yes-no' }, 'no', { value: false }],
    ['a boolean cell', { type: 'yes-no' }, true, { value: true }],
    ['maybe', { type: 'yes-no' }, 'kanske', { problem: { kind: 'not-yes-no', value: 'kanske' } }],
    ['a choice by its Swedish label', approval, 'godkänd', { value: 'approved' }],
    ['a choice by its English label', approval, 'Draft', { value: 'draft' }],
    ['a choice by its key', approval, 'missing', { value: 'missing' }],
    ['a known person, any case', { type: 'person' }, ' Anna.Berg@Region.se ', { value: 'anna.berg@region.se' }],
    ['an unknown person', { type: 'person' }, 'okand@region.se', { problem: { kind: 'unknown-person', value: 'okand@region.se' } }],
    ['not an e-mail', { type: 'person' }, 'Anna Berg', { problem: { kind: 'not-an-email', value: 'Anna Berg' } }],
    ['a unit by name', { type: 'unit' }, 'akutmottagningen', { value: '1' }],
    ['a unit by id', { type: 'unit' }, '2', { value: '2' }],
    ['two units of one name', { type: 'unit' }, 'Röntgen', { problem: { kind: 'ambiguous-unit', value: 'Röntgen' } }],
    ['an unknown unit', { type: 'unit' }, 'Månbasen', { problem: { kind: 'unknown-unit', value: 'Månbasen' } }],
    ['an integer', { type: 'integer', min: 1 }, '3', { value: 3 }],
    ['zero below the minimum', { type: 'integer', min: 1 }, 0, { problem: { kind: 'not-a-number', value: '0', limit: 1 } }],
    ['a fraction', { type: 'integer', min: 1 }, '2.5', { problem: { kind: 'not-a-number', value: '2.5', limit: 1 } }]
  ] as const)('%s', (_, kind, cell, expected) => {
    expect(readCell(kind, cell, context)).toEqual(expected);
  });

  test('an unknown choice lists the allowed values', () => {
    const reading = readCell(approval, 'Klar', context);
    expect(reading).toEqual({ problem: expect.objectContaining({ kind: 'unknown-choice', value: 'Klar' }) });
    if (!('problem' in reading)) throw new Error('expected a problem');
    expect(reading.problem.allowed?.map((label) => label.sv)).toEqual(['Saknas', 'Utkast', 'Godkänd']);
  });
});
