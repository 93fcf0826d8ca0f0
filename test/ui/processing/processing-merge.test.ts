import { processingActivitySchema } from '../../../src/domain/processing/processing-activity';
import { draftOf } from '../../../src/ui/processing/processing-draft';
import { differingDraftFields, mergedDraft } from '../../../src/ui/processing/processing-merge';

// Parsed by the domain schema, so the fixture is an activity the register could hold.
const stored = processingActivitySchema.parse({
  id: '7',
  name: 'Väntelista för återbesök',
  purpose: 'Kalla patienter till återbesök.',
  legalBasis: 'public-task',
  dataSubjectCategories: ['Patienter'],
  personalDataCategories: ['Namn', 'Personnummer'],
  recipients: [],
  thirdCountryTransfers: [],
  retention: 'Gallras efter två år.',
  securityMeasures: '',
  controller: 'Hälso- och sjukvårdsnämnden',
  unitId: '3',
  dpia: 'not-assessed',
  gapAnalysis: 'not-started',
  actionPlan: 'not-started'
});

describe('merging a processing activity after a conflicting save (R-SEC-2)', () => {
  const theirs = draftOf({ ...stored, purpose: 'Kalla patienter till återbesök i tid.' }, '');
  const mine = { ...draftOf(stored, ''), retention: 'Gallras fem år efter sista besöket.', dpia: 'needed' };

  test('the fields that differ are listed in the form\'s order, each once', () => {
    expect(differingDraftFields(mine, theirs)).toEqual(['purpose', 'retention', 'dpia']);
  });

  test('whitespace a save trims away is no difference', () => {
    expect(differingDraftFields({ ...theirs, retention: `${theirs.retention}  ` }, theirs)).toEqual([]);
  });

  test('each differing field keeps the chosen version; unchosen ones stay the person\'s own', () => {
    const merged = mergedDraft(mine, theirs, { purpose: 'theirs' });
    expect(merged.purpose).toBe('Kalla patienter till återbesök i tid.');
    expect(merged.retention).toBe('Gallras fem år efter sista besöket.');
    expect(merged.dpia).toBe('needed');
    expect(merged.name).toBe(stored.name);
  });

  test('a choice for a field that no longer differs changes nothing', () => {
    expect(mergedDraft(mine, theirs, { name: 'theirs' })).toEqual(mine);
  });
});
