import { DEFAULT_REGION_CONFIG } from '../../../src/config/default-region';
import type { ClassificationLevels } from '../../../src/domain/classification/classification';
import { levelsOutsideScale, missingMeasures, requiredMeasures } from '../../../src/domain/classification/protective-measures';
import { CONSEQUENCE_SCALE_0_TO_4, configWith, label } from '../builders-extra';

/*
 * The default catalogue, by goal and level:
 *   confidentiality: atkomststyrning 1, stark-autentisering 2, kryptering 2, sekretessprovning 3
 *   integrity:       behorighetsuppfoljning 1, andringshantering 2, integritetskontroll 3
 *   availability:    sakerhetskopiering 1, reservrutiner 2, redundans 3
 *   traceability:    loggning 1, loggranskning 2, skyddade-loggar 3
 */
const config = DEFAULT_REGION_CONFIG;
const levels = (confidentiality: number, integrity: number, availability: number, traceability?: number): ClassificationLevels =>
  traceability === undefined ? { confidentiality, integrity, availability } : { confidentiality, integrity, availability, traceability };

describe('requiredMeasures: higher level, stricter measures (R-CLS-3)', () => {
  test.each<[string, ClassificationLevels, string[]]>([
    ['all 0', levels(0, 0, 0, 0), []],
    ['all 1', levels(1, 1, 1, 1), ['atkomststyrning', 'behorighetsuppfoljning', 'sakerhetskopiering', 'loggning']],
    ['confidentiality 2 only', levels(2, 0, 0, 0), ['atkomststyrning', 'stark-autentisering', 'kryptering']],
    ['confidentiality 3 only', levels(3, 0, 0, 0), ['atkomststyrning', 'stark-autentisering', 'kryptering', 'sekretessprovning']],
    [
      'C0 I3 A2 T1',
      levels(0, 3, 2, 1),
      ['behorighetsuppfoljning', 'andringshantering', 'integritetskontroll', 'sakerhetskopiering', 'reservrutiner', 'loggning']
    ],
    ['traceability not classified', levels(1, 1, 1), ['atkomststyrning', 'behorighetsuppfoljning', 'sakerhetskopiering']],
    [
      'all 3: the whole catalogue',
      levels(3, 3, 3, 3),
      [
        'atkomststyrning',
        'stark-autentisering',
        'kryptering',
        'sekretessprovning',
        'behorighetsuppfoljning',
        'andringshantering',
        'integritetskontroll',
        'sakerhetskopiering',
        'reservrutiner',
        'redundans',
        'loggning',
        'loggranskning',
        'skyddade-loggar'
      ]
    ]
  ])('%s', (_what, classified, expectedKeys) => {
    expect(requiredMeasures(classified, config).map((measure) => measure.key)).toEqual(expectedKeys);
  });

  test.each([
    [0, 0],
    [1, 4],
    [2, 9],
    [3, 13]
  ])('cumulative: every goal at level %i requires %i measures', (level, count) => {
    expect(requiredMeasures(levels(level, level, level, level), config)).toHaveLength(count);
  });

  test('each required measure carries its goal and starting level', () => {
    expect(requiredMeasures(levels(0, 0, 2, 0), config)).toEqual([
      { key: 'sakerhetskopiering', goal: 'availability', fromLevel: 1 },
      { key: 'reservrutiner', goal: 'availability', fromLevel: 2 }
    ]);
  });

  test('only goals the region classifies are required (three-goal region)', () => {
    const threeGoals = configWith({ classification: { goals: ['confidentiality', 'integrity', 'availability'] } });
    expect(requiredMeasures(levels(1, 1, 1, 3), threeGoals).map((measure) => measure.key)).toEqual([
      'atkomststyrning',
      'behorighetsuppfoljning',
      'sakerhetskopiering'
    ]);
  });

  test('a 0–4 region\'s level-4 measure applies at 4, not at 3', () => {
    const klassa = configWith({
      classification: {
        consequenceScale: CONSEQUENCE_SCALE_0_TO_4,
        protectiveMeasures: [
          { key: 'atkomststyrning', goal: 'confidentiality', fromLevel: 1, label: label('Åtkomst', 'Access') },
          { key: 'isolerad-miljo', goal: 'confidentiality', fromLevel: 4, label: label('Isolerad miljö', 'Isolated environment') }
        ]
      }
    });
    expect(requiredMeasures(levels(3, 0, 0), klassa).map((measure) => measure.key)).toEqual(['atkomststyrning']);
    expect(requiredMeasures(levels(4, 0, 0), klassa).map((measure) => measure.key)).toEqual(['atkomststyrning', 'isolerad-miljo']);
  });

  test('an empty catalogue requires nothing', () => {
    expect(requiredMeasures(levels(3, 3, 3, 3), configWith({ classification: { protectiveMeasures: [] } }))).toEqual([]);
  });
});

describe('missingMeasures: required measures not documented as in place (R-CLS-3)', () => {
  test.each<[string, ClassificationLevels, string[], string[]]>([
    [
      'two of five in place plus an unknown key',
      levels(2, 1, 1, 0),
      ['atkomststyrning', 'kryptering', 'sakerhetskopiering', 'inte-en-atgard'],
      ['stark-autentisering', 'behorighetsuppfoljning']
    ],
    ['nothing documented', levels(1, 0, 0, 1), [], ['atkomststyrning', 'loggning']],
    ['everything in place', levels(1, 0, 0, 1), ['atkomststyrning', 'loggning'], []],
    ['measures for a higher level do not stand in for the lower one', levels(2, 0, 0, 0), ['stark-autentisering', 'kryptering', 'sekretessprovning'], ['atkomststyrning']],
    ['level 0 needs nothing', levels(0, 0, 0, 0), [], []]
  ])('%s', (_what, classified, inPlace, expectedMissing) => {
    expect(missingMeasures(classified, inPlace, config).map((measure) => measure.key)).toEqual(expectedMissing);
  });
});

describe('levelsOutsideScale: a level above the region\'s scale is shown, not guessed (R-CLS, R-SEC-2)', () => {
  test.each<[string, ClassificationLevels, string[]]>([
    ['all within 0–3', levels(3, 0, 2, 1), []],
    ['confidentiality 4 and traceability 7', levels(4, 3, 0, 7), ['confidentiality', 'traceability']],
    ['availability 4, traceability absent', levels(0, 0, 4), ['availability']]
  ])('default scale: %s', (_what, classified, expected) => {
    expect(levelsOutsideScale(classified, config)).toEqual(expected);
  });

  test('on a 0–4 scale, 4 is inside and 5 is outside', () => {
    const klassa = configWith({ classification: { consequenceScale: CONSEQUENCE_SCALE_0_TO_4 } });
    expect(levelsOutsideScale(levels(4, 4, 4, 4), klassa)).toEqual([]);
    expect(levelsOutsideScale(levels(4, 5, 4, 4), klassa)).toEqual(['integrity']);
  });
});
