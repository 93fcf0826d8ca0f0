import type { RegionConfig, RegionConfigInput } from './region-config';
import { regionConfigSchema } from './region-config';

const t = (sv: string, en: string): { sv: string; en: string } => ({ sv, en });

/**
 * The default configuration, fitted to the seed regions (policy, "Fördelning av ansvar", the
 * 2021–2022 action plan and the 2023 report). Another region overrides this, not the code.
 */
export const DEFAULT_REGION_CONFIG_INPUT: RegionConfigInput = {
  regionName: 'Region Exempel',
  timeZone: 'Europe/Stockholm',
  defaultLocale: 'sv',
  organisationLevels: [
    { key: 'forvaltning', label: t('Förvaltning', 'Administration') },
    { key: 'omrade', label: t('Område', 'Area') },
    { key: 'avdelning', label: t('Avdelning', 'Department') },
    { key: 'enhet', label: t('Enhet', 'Unit') }
  ],
  classification: {
    // SKR:s KLASSA / MSB: 0–3; a region may add 4 "Synnerligen allvarlig".
    consequenceScale: [
      {
        value: 0,
        key: 'forsumbar',
        label: t('Försumbar', 'Negligible'),
        description: t('Ingen eller obetydlig skada för patienter, verksamhet eller enskilda.', 'No or insignificant harm to patients, operations or individuals.')
      },
      {
        value: 1,
        key: 'mattlig',
        label: t('Måttlig', 'Moderate'),
        description: t('Begränsad skada: störningar som verksamheten hanterar med egna rutiner.', 'Limited harm: disruption the organisation handles with its own routines.')
      },
      {
        value: 2,
        key: 'betydande',
        label: t('Betydande', 'Significant'),
        description: t('Betydande skada: patientsäkerhet, ekonomi eller förtroende påverkas märkbart.', 'Significant harm: patient safety, finances or trust are noticeably affected.')
      },
      {
        value: 3,
        key: 'allvarlig',
        label: t('Allvarlig', 'Serious'),
        description: t('Allvarlig skada: fara för liv och hälsa, allvarligt integritetsintrång eller att verksamheten inte kan bedrivas.', 'Serious harm: danger to life and health, a grave intrusion on privacy, or operations that cannot continue.')
      }
    ],
    goals: ['confidentiality', 'integrity', 'availability', 'traceability'],
    reviewIntervalMonths: 12,
    requiredForAssetPriorities: ['prioritised', 'business-critical'],
    dueSoonDays: 30,
    protectiveMeasures: [
      { key: 'atkomststyrning', goal: 'confidentiality', fromLevel: 1, label: t('Behörighetsstyrning efter behov', 'Need-to-know access control') },
      { key: 'stark-autentisering', goal: 'confidentiality', fromLevel: 2, label: t('Stark autentisering (tvåfaktor)', 'Strong (two-factor) authentication') },
      { key: 'kryptering', goal: 'confidentiality', fromLevel: 2, label: t('Kryptering vid lagring och överföring', 'Encryption at rest and in transit') },
      { key: 'sekretessprovning', goal: 'confidentiality', fromLevel: 3, label: t('Sekretessprövning före utlämnande', 'Secrecy review before disclosure') },
      { key: 'behorighetsuppfoljning', goal: 'integrity', fromLevel: 1, label: t('Uppföljning av behörigheter', 'Review of access rights') },
      { key: 'andringshantering', goal: 'integrity', fromLevel: 2, label: t('Styrd ändringshantering', 'Controlled change management') },
      { key: 'integritetskontroll', goal: 'integrity', fromLevel: 3, label: t('Kontroll av dataintegritet', 'Data integrity checks') },
      { key: 'sakerhetskopiering', goal: 'availability', fromLevel: 1, label: t('Säkerhetskopiering med återläsningstest', 'Backups with restore tests') },
      { key: 'reservrutiner', goal: 'availability', fromLevel: 2, label: t('Godkända reservrutiner', 'Approved reserve routines') },
      { key: 'redundans', goal: 'availability', fromLevel: 3, label: t('Redundant drift', 'Redundant operation') },
      { key: 'loggning', goal: 'traceability', fromLevel: 1, label: t('Loggning av åtkomst', 'Access logging') },
      { key: 'loggranskning', goal: 'traceability', fromLevel: 2, label: t('Regelbunden loggranskning', 'Regular log review') },
      { key: 'skyddade-loggar', goal: 'traceability', fromLevel: 3, label: t('Manipulationsskyddade loggar', 'Tamper-proof logs') }
    ]
  },
  systems: { securityPlanReviewMonths: 12, reserveRoutinesReviewMonths: 12 },
  risk: {
    likelihoodScale: [
      { value: 1, key: 'osannolik', label: t('Osannolik', 'Unlikely') },
      { value: 2, key: 'mojlig', label: t('Möjlig', 'Possible') },
      { value: 3, key: 'sannolik', label: t('Sannolik', 'Likely') },
      { value: 4, key: 'mycket-sannolik', label: t('Mycket sannolik', 'Very likely') }
    ],
    levels: [
      { key: 'lag', maxScore: 2, label: t('Låg', 'Low') },
      { key: 'medel', maxScore: 4, label: t('Medel', 'Medium') },
      { key: 'hog', maxScore: 8, label: t('Hög', 'High') },
      { key: 'kritisk', label: t('Kritisk', 'Critical') }
    ],
    analysisValidMonths: 12
  },
  incidents: { breachNotificationHours: 72 },
  acknowledgements: { signWithinDays: 30 },
  training: {
    courses: [
      { key: 'grundutbildning', kind: 'course', label: t('Grundutbildning i informationssäkerhet', 'Information security basics'), validForMonths: 36 },
      { key: 'mikroutbildning', kind: 'micro', modules: 12, daysBetweenModules: 7, label: t('Mikroutbildning i informationssäkerhet', 'Information security micro-training') },
      { key: 'chefsutbildning', kind: 'course', label: t('Informationssäkerhet för chefer', 'Information security for managers'), validForMonths: 36 },
      { key: 'forvaltningsledarutbildning', kind: 'course', label: t('Informationssäkerhet för förvaltningsledare', 'Information security for system administrators') },
      { key: 'styrelseutbildning', kind: 'course', label: t('Informationssäkerhet för regionstyrelsen', 'Information security for the regional board') }
    ],
    audiences: [
      {
        key: 'alla-medarbetare',
        label: t('Alla medarbetare', 'All staff'),
        members: { kind: 'all-staff', employmentTypes: ['permanent', 'temporary', 'hourly', 'consultant'] },
        courseKey: 'mikroutbildning',
        targetPercent: 80,
        deadline: { monthsAfter: 3, anchor: 'employment-start', notBefore: '2024-12-31' }
      },
      {
        key: 'chefer',
        label: t('Chefer', 'Managers'),
        members: { kind: 'managers' },
        courseKey: 'chefsutbildning',
        targetPercent: 100,
        deadline: { monthsAfter: 3, anchor: 'manager-start' }
      },
      {
        key: 'forvaltningsledare',
        label: t('Förvaltningsledare', 'System administrators'),
        members: { kind: 'system-administrators' },
        courseKey: 'forvaltningsledarutbildning',
        targetPercent: 100,
        deadline: { notBefore: '2025-06-30' }
      },
      {
        key: 'regionstyrelsen',
        label: t('Regionstyrelsen', 'Regional board'),
        members: { kind: 'group', group: 'regionstyrelsen' },
        courseKey: 'styrelseutbildning',
        targetPercent: 100,
        deadline: { notBefore: '2025-06-30' }
      }
    ]
  },
  maturity: {
    scale: [
      { key: 'okant', rank: null, applicable: true, label: t('Okänt', 'Unknown') },
      { key: 'finns-ej', rank: 0, applicable: true, label: t('Finns ej', 'Absent') },
      { key: 'paborjat', rank: 1, applicable: true, label: t('Påbörjat', 'Started') },
      { key: 'begransat', rank: 2, applicable: true, label: t('Begränsat', 'Limited') },
      { key: 'definierat', rank: 3, applicable: true, label: t('Definierat', 'Defined') },
      { key: 'managerat', rank: 4, applicable: true, label: t('Managerat', 'Managed') },
      { key: 'optimerat', rank: 5, applicable: true, label: t('Optimerat', 'Optimised') },
      { key: 'ej-applicerbart', rank: null, applicable: false, label: t('Ej applicerbart', 'Not applicable') }
    ],
    // The organisational requirements of MSBFS 2020:6 as MSB's method support groups them.
    areas: [
      { key: 'ledningssystem', label: t('Ledningssystem för informationssäkerhet', 'Information security management system') },
      { key: 'styrdokument', label: t('Policy och styrdokument', 'Policy and governing documents') },
      { key: 'organisation', label: t('Organisation, roller och ansvar', 'Organisation, roles and responsibilities') },
      { key: 'informationsklassning', label: t('Informationsklassning', 'Information classification') },
      { key: 'riskbedomning', label: t('Riskbedömning', 'Risk assessment') },
      { key: 'gapanalys', label: t('Gapanalys och handlingsplan', 'Gap analysis and action plan') },
      { key: 'sakerhetsatgarder', label: t('Säkerhetsåtgärder', 'Security measures') },
      { key: 'utbildning', label: t('Utbildning och medvetenhet', 'Training and awareness') },
      { key: 'incidenthantering', label: t('Incidenthantering', 'Incident management') },
      { key: 'kontinuitet', label: t('Kontinuitetshantering', 'Continuity management') },
      { key: 'uppfoljning', label: t('Uppföljning, utvärdering och internrevision', 'Monitoring, evaluation and internal audit') },
      { key: 'ledningens-genomgang', label: t('Ledningens genomgång och förbättring', 'Management review and improvement') }
    ],
    targetStatus: 'definierat'
  },
  roles: [
    { key: 'informationssakerhetsansvarig', scope: { kind: 'region' }, councilDuties: ['record-maturity', 'record-meeting', 'take-snapshot'], label: t('Informationssäkerhetsansvarig (CISO)', 'Chief information security officer') },
    { key: 'informationssakerhetssamordnare', scope: { kind: 'region' }, councilDuties: ['record-maturity', 'record-meeting', 'take-snapshot'], label: t('Informationssäkerhetssamordnare', 'Information security coordinator') },
    { key: 'it-sakerhetsansvarig', scope: { kind: 'region' }, label: t('IT-säkerhetsansvarig', 'IT security officer') },
    { key: 'dataskyddsombud', scope: { kind: 'region' }, label: t('Dataskyddsombud', 'Data protection officer') },
    { key: 'bitradande-dataskyddsombud', scope: { kind: 'per-unit', level: 'forvaltning' }, label: t('Biträdande dataskyddsombud', 'Deputy data protection officer') },
    { key: 'registerkoordinator', scope: { kind: 'per-unit', level: 'omrade' }, label: t('Registerkoordinator', 'Registry coordinator') },
    { key: 'informationsagare', scope: { kind: 'per-unit', level: 'omrade' }, label: t('Informationsägare', 'Information owner') },
    { key: 'systemagare', scope: { kind: 'per-system' }, label: t('Systemägare', 'System owner') },
    { key: 'radsledamot', scope: { kind: 'optional' }, requiresMandate: false, councilDuties: ['record-meeting', 'take-snapshot'], label: t('Ledamot i informationssäkerhetsrådet', 'Security council member') }
  ],
  roleDuties: {
    dataProtectionOfficer: 'dataskyddsombud',
    deputyDataProtectionOfficer: 'bitradande-dataskyddsombud',
    registryCoordinator: 'registerkoordinator'
  },
  nudges: {
    escalateAfterDays: {
      classification: 30,
      acknowledgement: 14,
      training: 30,
      'security-plan': 30,
      'reserve-routines': 30,
      'risk-follow-up': 14,
      'incident-assessment': 1
    },
    dueSoonDays: 14,
    snoozeDays: [7, 14, 30],
    areaResponsibleRoleKey: 'informationsagare',
    fallbackRoleKey: 'informationssakerhetssamordnare'
  }
};

/** Parsed once; a default that fails its own schema is a bug that must fail loudly at start-up. */
export const DEFAULT_REGION_CONFIG: RegionConfig = regionConfigSchema.parse(DEFAULT_REGION_CONFIG_INPUT);
