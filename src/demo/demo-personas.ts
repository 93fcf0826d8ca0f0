import type { EmploymentType } from '../domain/people/person';

/** A fixed person of the demo region that tests, the README and a demo script can name. */
export interface DemoPersona {
  readonly email: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly title: string;
  readonly employmentType: EmploymentType;
  /** Unit names from the förvaltning down; the deepest unit that exists at the demo's scale is used. */
  readonly unitPath: readonly string[];
  /** The persona is the chief (manager) of the unit at the end of `unitPath`. */
  readonly isChief: boolean;
  /** Days before asOf the persona started, became a manager, and (consultants) days after asOf the contract ends. */
  readonly tenure: { readonly startedDaysAgo: number; readonly managerDaysAgo?: number; readonly endsInDays?: number };
  /** What the persona holds and owes in the demo (as of an `asOf` in 2025–2027). */
  readonly story: string;
}

const HOS = 'Hälso- och sjukvårdsförvaltningen';
const AKUT = 'Område Akutsjukvård';
const SAKERHET = ['Regionstaben', 'Område Säkerhet och beredskap', 'Säkerhet och beredskap'] as const;

/**
 * The demo personas. Their e-mails never change with the seed or the scale; each persona's units
 * are first children in the organisation catalogue, so they exist at every scale.
 */
export const DEMO_PERSONAS = {
  regionDirector: {
    email: 'per-olof.dahlen@regionexempel.se',
    firstName: 'Per-Olof',
    lastName: 'Dahlén',
    title: 'Regiondirektör',
    employmentType: 'permanent',
    unitPath: ['Regionstaben'],
    isChief: false,
    tenure: { startedDaysAgo: 2200, managerDaysAgo: 2200 },
    story: 'Top of the hierarchy: the förvaltningschefer report to him and he has no manager.'
  },
  ciso: {
    email: 'johan.bjork@regionexempel.se',
    firstName: 'Johan',
    lastName: 'Björk',
    title: 'Informationssäkerhetsansvarig (CISO)',
    employmentType: 'permanent',
    unitPath: [...SAKERHET, 'Informationssäkerhet'],
    isChief: false,
    tenure: { startedDaysAgo: 880 },
    story: 'Holds the CISO role with a documented mandate; assesses maturity; has signed the current "Fördelning av ansvar".'
  },
  securityCoordinator: {
    email: 'asa.lindstrom@regionexempel.se',
    firstName: 'Åsa',
    lastName: 'Lindström',
    title: 'Informationssäkerhetssamordnare',
    employmentType: 'permanent',
    unitPath: [...SAKERHET, 'Informationssäkerhet'],
    isChief: false,
    tenure: { startedDaysAgo: 3300 },
    story: 'Security coordinator: convenes the council, is the contact for the action plan and the fallback for items whose area has no information owner.'
  },
  dataProtectionOfficer: {
    email: 'eva.sjoberg@regionexempel.se',
    firstName: 'Eva',
    lastName: 'Sjöberg',
    title: 'Dataskyddsombud',
    employmentType: 'permanent',
    unitPath: ['Regionstaben', 'Område Säkerhet och beredskap', 'Samordningskansliet', 'Dataskydd'],
    isChief: false,
    tenure: { startedDaysAgo: 2600 },
    story: 'DSO: assesses personal data breaches, among them one inside and one past the 72-hour window.'
  },
  deputyDataProtectionOfficer: {
    email: 'maria.forsberg@regionexempel.se',
    firstName: 'Maria',
    lastName: 'Forsberg',
    title: 'Biträdande dataskyddsombud',
    employmentType: 'permanent',
    unitPath: [HOS],
    isChief: false,
    tenure: { startedDaysAgo: 2100 },
    story: 'Deputy DSO of Hälso- och sjukvårdsförvaltningen with a documented mandate: compiles the administration\'s part of the record of processing (R-ROPA-2).'
  },
  councilChair: {
    email: 'mats.hedlund@regionexempel.se',
    firstName: 'Mats',
    lastName: 'Hedlund',
    title: 'Beredskapschef',
    employmentType: 'permanent',
    unitPath: [...SAKERHET],
    isChief: true,
    tenure: { startedDaysAgo: 5500, managerDaysAgo: 2900 },
    story: 'Chairs the security council; chief of the department Säkerhet och beredskap, where the CISO and the coordinator work.'
  },
  informationOwner: {
    email: 'lars.oberg@regionexempel.se',
    firstName: 'Lars',
    lastName: 'Öberg',
    title: 'Områdeschef',
    employmentType: 'permanent',
    unitPath: [HOS, AKUT],
    isChief: true,
    tenure: { startedDaysAgo: 8000, managerDaysAgo: 2200 },
    story: 'Områdeschef and information owner of Område Akutsjukvård: owns assets with overdue and missing classifications and a risk past follow-up.'
  },
  systemOwner: {
    email: 'karin.nystrom@regionexempel.se',
    firstName: 'Karin',
    lastName: 'Nyström',
    title: 'Biträdande hälso- och sjukvårdsdirektör',
    employmentType: 'permanent',
    unitPath: [HOS],
    isChief: false,
    tenure: { startedDaysAgo: 6600 },
    story: 'System owner (registerägare) of COSMIC, Journalen and other clinical systems: COSMIC\'s reserve routines have expired and Journalen was never classified; she has signed only the old "Fördelning av ansvar".'
  },
  systemAdministrator: {
    email: 'mikael.hagg@regionexempel.se',
    firstName: 'Mikael',
    lastName: 'Hägg',
    title: 'Förvaltningsledare',
    employmentType: 'permanent',
    unitPath: ['Regionservice', 'Område Digitalisering och IT', 'IT-förvaltning', 'Systemförvaltning vård'],
    isChief: false,
    tenure: { startedDaysAgo: 4000 },
    story: 'Förvaltningsledare of COSMIC: has not done the förvaltningsledare training (R-TRN-3).'
  },
  registryCoordinator: {
    email: 'sofia.akesson@regionexempel.se',
    firstName: 'Sofia',
    lastName: 'Åkesson',
    title: 'Medicinsk sekreterare',
    employmentType: 'permanent',
    unitPath: [HOS, AKUT, 'Akutmottagningen'],
    isChief: false,
    tenure: { startedDaysAgo: 1800 },
    story: 'Registerkoordinator of Område Akutsjukvård with a documented mandate; keeps its processing activities.'
  },
  newManager: {
    email: 'erik.stahl@regionexempel.se',
    firstName: 'Erik',
    lastName: 'Ståhl',
    title: 'Enhetschef',
    employmentType: 'permanent',
    unitPath: [HOS, AKUT, 'Akutmottagningen', 'Akutmottagning Östersund'],
    isChief: true,
    tenure: { startedDaysAgo: 3300, managerDaysAgo: 80 },
    story: 'Became a manager 80 days before asOf: the managers\' course is due soon and his acknowledgement is overdue and escalated.'
  },
  employee: {
    email: 'anna.svensson@regionexempel.se',
    firstName: 'Anna',
    lastName: 'Svensson',
    title: 'Undersköterska',
    employmentType: 'permanent',
    unitPath: [HOS, AKUT, 'Akutmottagningen', 'Akutmottagning Östersund'],
    isChief: false,
    tenure: { startedDaysAgo: 1500 },
    story: 'A plain employee holding no role: has done 5 of the 12 micro-training modules, so she owes training only.'
  },
  consultant: {
    email: "liam.o'brien@regionexempel.se",
    firstName: 'Liam',
    lastName: "O'Brien",
    title: 'IT-konsult',
    employmentType: 'consultant',
    unitPath: ['Regionservice', 'Område Digitalisering och IT', 'IT-drift', 'Serverdrift'],
    isChief: false,
    tenure: { startedDaysAgo: 400, endsInDays: 200 },
    story: 'A consultant with an apostrophe in his name and e-mail (escaping); counts in the all-staff training audience and has not started the micro-training.'
  },
  boardMember: {
    email: 'ingrid.olund@regionexempel.se',
    firstName: 'Ingrid',
    lastName: 'Ölund',
    title: 'Ledamot i regionstyrelsen',
    employmentType: 'temporary',
    unitPath: ['Regionstaben', 'Område Ledningsstöd', 'Kansliavdelningen', 'Nämndsekretariatet'],
    isChief: false,
    tenure: { startedDaysAgo: 1000 },
    story: 'A regional board member (group "regionstyrelsen", no manager) who has not done the board\'s training.'
  }
} as const satisfies Record<string, DemoPersona>;

export type DemoPersonaKey = keyof typeof DEMO_PERSONAS;

export const DEMO_PERSONA_LIST: readonly DemoPersona[] = Object.values(DEMO_PERSONAS);
