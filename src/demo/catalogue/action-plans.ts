import type { ActionPlanItem } from '../../domain/actions/action-plan-item';

/** Who executes an activity, as the plan names it; the generator finds the person. */
export type Responsible = 'forvaltningschef-hos' | 'regionstabschef' | 'omradeschef' | 'objektagare' | 'samordnare' | 'ciso' | 'regiondirektor' | 'it-chef';

export interface ActionBlueprint {
  readonly activity: string;
  readonly targetGroup: string;
  readonly metric: string;
  readonly goal: string;
  readonly responsible: Responsible;
  readonly status: ActionPlanItem['status'];
  readonly progressPercent: number;
}

export interface SeedActionBlueprint extends ActionBlueprint {
  readonly startsOn: string;
  readonly endsOn: string;
}

/** Relative to the year of asOf (Y) for the current plan: [year offset, month, day]. */
export interface CurrentActionBlueprint extends ActionBlueprint {
  readonly starts: readonly [number, number, number];
  readonly ends: readonly [number, number, number];
}

const GOAL_1 = 'Inriktningsmål 1: Regionen har ett tydligt utpekat och utövat informationsägarskap för sina viktigaste informationstillgångar';
const GOAL_2 = 'Inriktningsmål 2: Regionens samhällsviktiga verksamheter uppvisar en robusthet genom att ha en fungerande avbrottshantering för sina kritiska informationstillgångar';
const LEADERS = 'RD, förvaltningsområdeschefer, OC, utsedda informationsägare';
const Y2021 = { startsOn: '2021-01-01', endsOn: '2021-12-31' };
const Y2021_22 = { startsOn: '2021-01-01', endsOn: '2022-12-31' };

/** The 2021–2022 action plan of the seed (handlingsplan-2021-2022.txt, section 2), with where each activity ended up. */
export const SEED_ACTION_PLAN: readonly SeedActionBlueprint[] = [
  {
    activity: 'Identifiera regionens viktigaste övergripande informationstillgångar och koppla dessa tillgångar till verksamhetsprocesser som dokumenteras på en generell nivå.',
    targetGroup: LEADERS,
    metric: 'Regionens viktigaste övergripande informationstillgångar är identifierade och listade i central förteckning/verktyg (löpande med avstämning vid kalenderårsslut)',
    goal: GOAL_1,
    responsible: 'forvaltningschef-hos',
    status: 'in-progress',
    progressPercent: 70,
    ...Y2021_22
  },
  {
    activity: 'Identifiera och utse informationsägare för regionens viktigaste verksamhetskritiska informationstillgångar.',
    targetGroup: LEADERS,
    metric: 'Informationsägare är utsedda för samtliga prioriterade informationstillgångar (löpande med avstämning vid kalenderårsslut)',
    goal: GOAL_1,
    responsible: 'forvaltningschef-hos',
    status: 'done',
    progressPercent: 100,
    ...Y2021_22
  },
  {
    activity: 'Genomför informationsklassning av regionens viktigaste informationstillgångar för att säkerställa att krav på hantering och skydd för dessa tillgångar är tydliggjorda.',
    targetGroup: LEADERS,
    metric: 'Informationsklassning är genomförd och dokumenterad för samtliga prioriterade informationstillgångar (löpande med avstämning vid kalenderårsslut)',
    goal: GOAL_1,
    responsible: 'forvaltningschef-hos',
    status: 'in-progress',
    progressPercent: 45,
    ...Y2021_22
  },
  {
    activity: 'Ta fram skyddsåtgärder inklusive hanteringsregler för regionens viktigaste informationstillgångar.',
    targetGroup: LEADERS,
    metric: 'Skyddsåtgärder har identifierats och dokumenterats för samtliga prioriterade informationstillgångar (löpande med avstämning vid kalenderårsslut)',
    goal: GOAL_1,
    responsible: 'forvaltningschef-hos',
    status: 'planned',
    progressPercent: 10,
    ...Y2021_22
  },
  {
    activity: 'Genomföra e-utbildning för medarbetare.',
    targetGroup: 'Samtliga medarbetare',
    metric: '80% av medarbetare ska ha genomgått utbildning',
    goal: GOAL_1,
    responsible: 'omradeschef',
    status: 'cancelled',
    progressPercent: 48,
    ...Y2021
  },
  {
    activity: 'Genomför e-utbildning för chefer i informationssäkerhet och dataskydd.',
    targetGroup: 'RD, förvaltningsområdeschefer, OC, AC, EC',
    metric: 'Samtliga regionens chefer har genomgått e-utbildning vid planeringsperiodens första uppföljning (2020-12-31). Samtliga nya chefer har genomgått e-utbildningen senast 3 månader efter att de påbörjat sin chefstjänst.',
    goal: GOAL_1,
    responsible: 'regionstabschef',
    status: 'done',
    progressPercent: 100,
    ...Y2021
  },
  {
    activity: 'Genomför e-utbildning för etablerade objekts förvaltningsledare i informationssäkerhet/systemsäkerhetsplan.',
    targetGroup: 'Förvaltningsledare',
    metric: 'E-utbildning för utsedda förvaltningsledare i informationssäkerhet har fullföljts av samtliga förvaltningsledare för förvaltningsobjekt vid planeringsperiodens första uppföljning (2021-12-31).',
    goal: GOAL_1,
    responsible: 'objektagare',
    status: 'in-progress',
    progressPercent: 60,
    ...Y2021
  },
  {
    activity: 'Genomför e-utbildning för Regionstyrelsen i informationssäkerhet och dataskydd.',
    targetGroup: 'Regionstyrelsen',
    metric: 'Utbildning framtagen för Regionstyrelsen. Samtliga av Regionstyrelsens medlemmar har genomgått utbildningen vid planeringsperiodens första uppföljning (2021-12-31).',
    goal: GOAL_1,
    responsible: 'regionstabschef',
    status: 'done',
    progressPercent: 100,
    ...Y2021
  },
  {
    activity: 'Steg 1. Kartlägg och beskriv verksamhetens beroende av kritiska funktioner/processer och deras informationstillgångar på områdesnivå.',
    targetGroup: 'OC, AC, EC',
    metric: 'Kritiska beroenden i konsekvensanalys är framtagna och godkända för samtliga områden/avdelningar.',
    goal: GOAL_2,
    responsible: 'omradeschef',
    status: 'in-progress',
    progressPercent: 55,
    ...Y2021
  },
  {
    activity: 'Steg 2. Utarbeta och godkänn reservrutiner för samhällsviktiga IT-system baserat på verksamheternas beskrivna beroenden (i steg 1).',
    targetGroup: 'OC, AC, EC',
    metric: 'Reservrutiner är framtagna och godkända för samtliga verksamhetskritiska IT-system.',
    goal: GOAL_2,
    responsible: 'omradeschef',
    status: 'in-progress',
    progressPercent: 30,
    ...Y2021_22
  },
  {
    activity: 'Ta fram systemsäkerhetsplan (SSP) för samhällsviktiga IT-system.',
    targetGroup: 'Förvaltningsansvariga och informationsägare',
    metric: 'Systemsäkerhetsplan är framtagen och godkända för samtliga samhällsviktiga IT-system.',
    goal: GOAL_2,
    responsible: 'objektagare',
    status: 'in-progress',
    progressPercent: 50,
    startsOn: '2020-01-01',
    endsOn: '2021-12-31'
  }
];

const AREA_1 = 'Målområde 1: Ledningssystem för informationssäkerhet (LIS)';
const AREA_2 = 'Målområde 2: Riskhantering';
const AREA_3 = 'Målområde 3: Informationssäkerhetsorganisation';
const AREA_4 = 'Målområde 4: Informationsklassning';
const AREA_5 = 'Målområde 5: Informationssäkerhetsutbildning';

/**
 * The current two-year plan, from the 2023 report's "Fortsatt arbete": dates relative to the
 * year of asOf (Y-1 … Y), so some activities are always past their end and not done.
 */
export const CURRENT_ACTION_PLAN: readonly CurrentActionBlueprint[] = [
  {
    activity: 'Införa mikroutbildning i informationssäkerhet för alla medarbetare, timanställda och konsulter inräknade.',
    targetGroup: 'Samtliga medarbetare',
    metric: '80 % av aktuella medarbetare har genomfört samtliga moduler (mätt mot aktuell personalförteckning)',
    goal: AREA_5,
    responsible: 'samordnare',
    status: 'in-progress',
    progressPercent: 70,
    starts: [-1, 1, 1],
    ends: [0, 12, 31]
  },
  {
    activity: 'Ta fram en enhetlig metod för riskhantering med verktygsstöd (GRC).',
    targetGroup: 'Informationssäkerhetsfunktionen, områdeschefer',
    metric: 'Metod beslutad och verktyg infört i samtliga förvaltningar',
    goal: AREA_2,
    responsible: 'ciso',
    status: 'in-progress',
    progressPercent: 60,
    starts: [-1, 1, 1],
    ends: [0, 6, 30]
  },
  {
    activity: 'Inventera regionens informationssystem och molntjänster (mörkertalet).',
    targetGroup: 'IT, förvaltningsledare, systemägare',
    metric: 'Samtliga system i registret har systemägare och förvaltningsledare',
    goal: AREA_4,
    responsible: 'it-chef',
    status: 'in-progress',
    progressPercent: 80,
    starts: [-1, 1, 1],
    ends: [-1, 12, 31]
  },
  {
    activity: 'Omvandla rollen informationssäkerhetssamordnare till informationssäkerhetsansvarig (CISO).',
    targetGroup: 'Regiondirektör',
    metric: 'Rollbeskrivning och mandat beslutade',
    goal: AREA_3,
    responsible: 'regiondirektor',
    status: 'done',
    progressPercent: 100,
    starts: [-1, 1, 1],
    ends: [-1, 6, 30]
  },
  {
    activity: 'Fastställa roller, ansvar och mandat i säkerhetsorganisationen.',
    targetGroup: 'Regionledningen',
    metric: 'Samtliga roller tillsatta med dokumenterat mandat',
    goal: AREA_3,
    responsible: 'ciso',
    status: 'in-progress',
    progressPercent: 50,
    starts: [-1, 3, 1],
    ends: [0, 12, 31]
  },
  {
    activity: 'Använda registerkoordinatorerna som verksamhetsnära stöd i informationssäkerhet.',
    targetGroup: 'Registerkoordinatorer, områdeschefer',
    metric: 'Registerkoordinator utsedd med mandat för samtliga områden',
    goal: AREA_3,
    responsible: 'samordnare',
    status: 'planned',
    progressPercent: 0,
    starts: [-1, 9, 1],
    ends: [0, 3, 31]
  },
  {
    activity: 'Klassa samtliga aktuella informationssystem.',
    targetGroup: 'Systemägare, informationsägare',
    metric: 'Andel klassade av antalet aktuella informationssystem',
    goal: AREA_4,
    responsible: 'samordnare',
    status: 'in-progress',
    progressPercent: 40,
    starts: [-1, 1, 1],
    ends: [0, 12, 31]
  },
  {
    activity: 'Fastställa ny riktlinje för informationssäkerhet.',
    targetGroup: 'Informationssäkerhetsfunktionen',
    metric: 'Riktlinjen fastställd av regiondirektören',
    goal: AREA_1,
    responsible: 'ciso',
    status: 'done',
    progressPercent: 100,
    starts: [-1, 1, 1],
    ends: [-1, 9, 30]
  },
  {
    activity: 'Bedöma mognaden med MSB:s Infosäkkollen.',
    targetGroup: 'Informationssäkerhetsansvarig',
    metric: 'Mognad bedömd för samtliga områden i MSBFS 2020:6',
    goal: AREA_1,
    responsible: 'ciso',
    status: 'planned',
    progressPercent: 0,
    starts: [0, 9, 1],
    ends: [0, 11, 30]
  },
  {
    activity: 'Öva reservrutinerna för samhällsviktiga IT-system.',
    targetGroup: 'Områdeschefer, systemägare',
    metric: 'Reservrutiner övade för samtliga samhällsviktiga system',
    goal: AREA_2,
    responsible: 'omradeschef',
    status: 'in-progress',
    progressPercent: 20,
    starts: [0, 1, 1],
    ends: [0, 10, 31]
  },
  {
    activity: 'Genomföra riskanalys för samtliga verksamhetskritiska områden.',
    targetGroup: 'Områdeschefer',
    metric: 'Andel verksamhetskritiska områden med riskanalys',
    goal: AREA_2,
    responsible: 'omradeschef',
    status: 'in-progress',
    progressPercent: 60,
    starts: [-1, 1, 1],
    ends: [-1, 12, 31]
  }
];
