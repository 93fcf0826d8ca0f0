import { DEFAULT_REGION_CONFIG, DEFAULT_REGION_CONFIG_INPUT } from '../../src/config/default-region';
import { loadRegionConfig } from '../../src/config/load-region-config';
import { regionConfigSchema } from '../../src/config/region-config';
import { ValidationError } from '../../src/domain/shared/errors';
import { CONSEQUENCE_SCALE_0_TO_4, issuePaths, label, validationIssuesOf } from '../domain/builders-extra';

/* R-ORG-MULTI: scales, intervals, roles and terms are configuration; R-SEC-2: a bad configuration names the field. */

const defaultScale = DEFAULT_REGION_CONFIG_INPUT.classification.consequenceScale;
const defaultAudiences = DEFAULT_REGION_CONFIG_INPUT.training.audiences;
const defaultRoles = DEFAULT_REGION_CONFIG_INPUT.roles;

describe('the default region configuration (R-ORG-MULTI)', () => {
  test('parses against its own schema', () => {
    expect(regionConfigSchema.safeParse(DEFAULT_REGION_CONFIG_INPUT).success).toBe(true);
  });

  test('loadRegionConfig without overrides gives the default', () => {
    expect(loadRegionConfig()).toEqual(DEFAULT_REGION_CONFIG);
    expect(loadRegionConfig({})).toEqual(DEFAULT_REGION_CONFIG);
  });

  test('has the seed regions\' scales and intervals (R-CLS-2 12 months, R-INC 72 hours, MSB 0–3)', () => {
    const config = DEFAULT_REGION_CONFIG;
    expect(config.timeZone).toBe('Europe/Stockholm');
    expect(config.classification.consequenceScale.map((level) => level.value)).toEqual([0, 1, 2, 3]);
    expect(config.classification.reviewIntervalMonths).toBe(12);
    expect(config.classification.requiredForAssetPriorities).toEqual(['prioritised', 'business-critical']);
    expect(config.risk.likelihoodScale.map((level) => level.value)).toEqual([1, 2, 3, 4]);
    expect(config.risk.levels.map((level) => [level.key, level.maxScore])).toEqual([
      ['lag', 2],
      ['medel', 4],
      ['hog', 8],
      ['kritisk', undefined]
    ]);
    expect(config.incidents.breachNotificationHours).toBe(72);
    expect(config.maturity.targetStatus).toBe('definierat');
  });

  test('schema defaults are filled in (requiresMandate, deadline anchor, days between modules)', () => {
    const config = DEFAULT_REGION_CONFIG;
    expect(config.roles.find((role) => role.key === 'dataskyddsombud')?.requiresMandate).toBe(true);
    expect(config.roles.find((role) => role.key === 'radsledamot')?.requiresMandate).toBe(false);
    expect(config.training.audiences.find((audience) => audience.key === 'forvaltningsledare')?.deadline).toEqual({
      anchor: 'employment-start',
      notBefore: '2025-06-30'
    });
    expect(config.training.courses.find((course) => course.key === 'grundutbildning')?.daysBetweenModules).toBe(7);
  });
});

describe('a bad region configuration is a ValidationError naming the field (R-SEC-2, R-ORG-MULTI)', () => {
  test.each<[string, Record<string, unknown>, string[]]>([
    [
      'a consequence scale with a gap (0, 1, 3, 4)',
      {
        classification: {
          consequenceScale: [defaultScale[0], defaultScale[1], { ...defaultScale[2], value: 3 }, { ...defaultScale[3], value: 4 }]
        }
      },
      ['classification.consequenceScale[2].value', 'classification.consequenceScale[3].value']
    ],
    [
      'a consequence scale starting at 1 (R-CLS: MSB levels start at 0)',
      { classification: { consequenceScale: defaultScale.map((level) => ({ ...level, value: level.value + 1 })) } },
      [
        'classification.consequenceScale[0].value',
        'classification.consequenceScale[1].value',
        'classification.consequenceScale[2].value',
        'classification.consequenceScale[3].value'
      ]
    ],
    [
      'a protective measure above the highest consequence level (R-CLS-3)',
      { classification: { protectiveMeasures: [{ key: 'klassad', goal: 'confidentiality', fromLevel: 4, label: label('K', 'K') }] } },
      ['classification.protectiveMeasures[0].fromLevel']
    ],
    [
      'an audience whose course does not exist (R-TRN)',
      { training: { audiences: [{ ...defaultAudiences[0], courseKey: 'okand-kurs' }] } },
      ['training.audiences[0].courseKey']
    ],
    [
      'an audience of a role that does not exist (R-TRN)',
      { training: { audiences: [defaultAudiences[0], { ...defaultAudiences[1], members: { kind: 'role', roleKey: 'okand-roll' } }] } },
      ['training.audiences[1].members.roleKey']
    ],
    [
      'a per-unit role on an unknown organisation level (R-ORG)',
      { roles: [...defaultRoles, { key: 'sektionsombud', scope: { kind: 'per-unit', level: 'sektion' }, label: label('Sektionsombud', 'Section representative') }] },
      ['roles[9].scope.level']
    ],
    ['an unknown time zone', { timeZone: 'Europe/Atlantis' }, ['timeZone']],
    ['a city instead of a time zone', { timeZone: 'Stockholm' }, ['timeZone']],
    ['an empty time zone', { timeZone: '' }, ['timeZone']],
    [
      'a risk level without a ceiling that is not the last (R-RSK-1)',
      { risk: { levels: [{ key: 'lag', label: label('Låg', 'Low') }, { key: 'medel', maxScore: 4, label: label('Medel', 'Medium') }, { key: 'kritisk', label: label('Kritisk', 'Critical') }] } },
      ['risk.levels[0].maxScore']
    ],
    [
      'a last risk level with a ceiling, which would leave high scores without a level (R-RSK-1)',
      { risk: { levels: [{ key: 'lag', maxScore: 2, label: label('Låg', 'Low') }, { key: 'hog', maxScore: 6, label: label('Hög', 'High') }] } },
      ['risk.levels[1].maxScore']
    ],
    [
      'risk level ceilings that do not rise (R-RSK-1)',
      { risk: { levels: [{ key: 'lag', maxScore: 4, label: label('Låg', 'Low') }, { key: 'medel', maxScore: 4, label: label('Medel', 'Medium') }, { key: 'kritisk', label: label('Kritisk', 'Critical') }] } },
      ['risk.levels[1].maxScore']
    ],
    ['a negative classification review interval (R-CLS-2)', { classification: { reviewIntervalMonths: -1 } }, ['classification.reviewIntervalMonths']],
    ['a zero classification review interval (R-CLS-2)', { classification: { reviewIntervalMonths: 0 } }, ['classification.reviewIntervalMonths']],
    ['a fractional classification review interval (R-CLS-2)', { classification: { reviewIntervalMonths: 1.5 } }, ['classification.reviewIntervalMonths']],
    ['a negative security plan interval (R-SYS-1)', { systems: { securityPlanReviewMonths: -6 } }, ['systems.securityPlanReviewMonths']],
    ['a zero risk analysis validity (R-RSK-1)', { risk: { analysisValidMonths: 0 } }, ['risk.analysisValidMonths']],
    [
      'a missing English label',
      { classification: { consequenceScale: [defaultScale[0], { ...defaultScale[1], label: { sv: 'Måttlig' } }, defaultScale[2], defaultScale[3]] } },
      ['classification.consequenceScale[1].label.en']
    ],
    [
      'a blank English label',
      { organisationLevels: DEFAULT_REGION_CONFIG_INPUT.organisationLevels.map((level, index) => (index === 3 ? { ...level, label: label('Enhet', '   ') } : level)) },
      ['organisationLevels[3].label.en']
    ],
    ['an unsupported locale', { defaultLocale: 'de' }, ['defaultLocale']],
    ['a maturity target that is not on the scale (R-MAT)', { maturity: { targetStatus: 'perfekt' } }, ['maturity.targetStatus']],
    ['a nudge fallback role that does not exist (R-NDG-3)', { nudges: { fallbackRoleKey: 'okand-roll' } }, ['nudges.fallbackRoleKey']],
    ['a role key used twice (R-ORG)', { roles: [...defaultRoles, defaultRoles[0]] }, ['roles']],
    ['a duty given to a role the catalogue does not have (R-ROPA-2)', { roleDuties: { deputyDataProtectionOfficer: 'okand-roll' } }, ['roleDuties.deputyDataProtectionOfficer']],
    [
      'a micro-training without its number of modules (R-TRN-4)',
      { training: { courses: DEFAULT_REGION_CONFIG_INPUT.training.courses.map((course) => (course.kind === 'micro' ? { ...course, modules: undefined } : course)) } },
      ['training.courses[1].modules']
    ],
    [
      'a key that is not lower-case-with-hyphens',
      { organisationLevels: DEFAULT_REGION_CONFIG_INPUT.organisationLevels.map((level, index) => (index === 3 ? { ...level, key: 'Enhet' } : level)) },
      ['organisationLevels[3].key']
    ]
  ])('%s', (_what, overrides, expectedPaths) => {
    expect(issuePaths(validationIssuesOf(() => loadRegionConfig(overrides)))).toEqual(expectedPaths);
  });

  test('a gap in the consequence scale is explained: expected 2, found 3', () => {
    const issues = validationIssuesOf(() =>
      loadRegionConfig({ classification: { consequenceScale: [defaultScale[0], defaultScale[1], { ...defaultScale[3] }] } })
    );
    expect(issues).toContainEqual({
      path: 'classification.consequenceScale[2].value',
      message: 'the consequence scale must run 0, 1, … without gaps: expected 2, found 3'
    });
  });

  test('the gap (0, 1, 3, 4) gives exactly the two misplaced values and nothing else', () => {
    const issues = validationIssuesOf(() =>
      loadRegionConfig({
        classification: {
          consequenceScale: [defaultScale[0], defaultScale[1], { ...defaultScale[2], value: 3 }, { ...defaultScale[3], value: 4 }]
        }
      })
    );
    expect(issuePaths(issues)).toEqual(['classification.consequenceScale[2].value', 'classification.consequenceScale[3].value']);
  });

  test('the unknown course key is named in the message', () => {
    const issues = validationIssuesOf(() => loadRegionConfig({ training: { audiences: [{ ...defaultAudiences[0], courseKey: 'okand-kurs' }] } }));
    expect(issues).toEqual([{ path: 'training.audiences[0].courseKey', message: 'no course has the key "okand-kurs"' }]);
  });
});

describe('loadRegionConfig never throws a TypeError, whatever it is given (R-SEC-2)', () => {
  test.each<[string, string, unknown]>([
    ['null', '(root)', null],
    ['a number', '(root)', 42],
    ['a string', '(root)', 'Region Exempel'],
    ['a boolean', '(root)', true],
    ['an array', '(root)', []],
    ['an array of objects', '(root)', [{ regionName: 'x' }]],
    ['a null section', 'classification', { classification: null }],
    ['a string where an array belongs', 'training.audiences', { training: { audiences: 'alla' } }],
    ['a null risk level', 'risk.levels[0]', { risk: { levels: [null, null] } }],
    ['an empty role', 'roles[0].key', { roles: [{}] }],
    ['a number for the scale', 'classification.consequenceScale', { classification: { consequenceScale: 4 } }],
    ['an empty consequence scale', 'classification.consequenceScale', { classification: { consequenceScale: [] } }]
  ])('%s → ValidationError at %s', (_what, expectedPath, value) => {
    let caught: unknown;
    try {
      loadRegionConfig(value);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    expect(issuePaths((caught as ValidationError).issues)).toContain(expectedPath);
  });
});

describe('overrides merge onto the default: objects key by key, arrays replace (R-ORG-MULTI)', () => {
  test('a scalar inside a section changes only that scalar', () => {
    const config = loadRegionConfig({ regionName: 'Region Jämtland Härjedalen', classification: { reviewIntervalMonths: 24 } });
    expect(config.regionName).toBe('Region Jämtland Härjedalen');
    expect(config.classification.reviewIntervalMonths).toBe(24);
    expect(config.classification.dueSoonDays).toBe(30);
    expect(config.classification.goals).toEqual(['confidentiality', 'integrity', 'availability', 'traceability']);
    expect(config.classification.protectiveMeasures).toHaveLength(13);
  });

  test('a nested object merges too (one grace period changed, the rest kept)', () => {
    const config = loadRegionConfig({ nudges: { escalateAfterDays: { training: 60 } } });
    expect(config.nudges.escalateAfterDays).toEqual({
      classification: 30,
      acknowledgement: 14,
      training: 60,
      'security-plan': 30,
      'reserve-routines': 30,
      'risk-follow-up': 14,
      'incident-assessment': 1
    });
  });

  test('an array replaces the default array, never mixes with it', () => {
    const config = loadRegionConfig({ classification: { goals: ['confidentiality', 'integrity', 'availability'] } });
    expect(config.classification.goals).toEqual(['confidentiality', 'integrity', 'availability']);
  });

  test('a region listing its own roles gets exactly its roles', () => {
    const config = loadRegionConfig({
      roles: [
        { key: 'informationsagare', scope: { kind: 'region' }, label: label('Informationsägare', 'Information owner') },
        { key: 'informationssakerhetssamordnare', scope: { kind: 'region' }, label: label('Samordnare', 'Coordinator') }
      ],
      // Every duty names a role of the region's own catalogue (roleDuties is validated against it).
      roleDuties: { dataProtectionOfficer: 'informationssakerhetssamordnare', deputyDataProtectionOfficer: 'informationssakerhetssamordnare', registryCoordinator: 'informationsagare' }
    });
    expect(config.roles.map((role) => role.key)).toEqual(['informationsagare', 'informationssakerhetssamordnare']);
  });

  test('a shorter array is not padded from the default', () => {
    const config = loadRegionConfig({
      risk: { levels: [{ key: 'lag', maxScore: 3, label: label('Låg', 'Low') }, { key: 'hog', label: label('Hög', 'High') }] }
    });
    expect(config.risk.levels.map((level) => level.key)).toEqual(['lag', 'hog']);
  });

  test('an undefined override keeps the default', () => {
    expect(loadRegionConfig({ regionName: undefined }).regionName).toBe('Region Exempel');
  });

  test('loading with overrides does not change the defaults', () => {
    loadRegionConfig({ classification: { reviewIntervalMonths: 36, goals: ['integrity'] } });
    expect(DEFAULT_REGION_CONFIG_INPUT.classification.reviewIntervalMonths).toBe(12);
    expect(DEFAULT_REGION_CONFIG_INPUT.classification.goals).toHaveLength(4);
    expect(loadRegionConfig().classification.reviewIntervalMonths).toBe(12);
  });

  test('a 0–4 consequence scale with 4 Synnerligen allvarlig is accepted (KLASSA)', () => {
    const config = loadRegionConfig({
      classification: {
        consequenceScale: CONSEQUENCE_SCALE_0_TO_4,
        protectiveMeasures: [{ key: 'isolerad-miljo', goal: 'confidentiality', fromLevel: 4, label: label('Isolerad miljö', 'Isolated environment') }]
      }
    });
    expect(config.classification.consequenceScale.map((level) => level.value)).toEqual([0, 1, 2, 3, 4]);
    expect(config.classification.consequenceScale[4].key).toBe('synnerligen-allvarlig');
    expect(config.classification.consequenceScale[4].label.sv).toBe('Synnerligen allvarlig');
    expect(config.classification.protectiveMeasures.map((measure) => measure.fromLevel)).toEqual([4]);
  });
});
