import type { Risk } from '../../domain/risks/risk';
import type { SystemKind } from './system-kinds';

/** A risk scenario of the kind a region's risk register holds (R-RSK), with a typical likelihood (1–4) and consequence (0–3). */
export interface RiskTemplate {
  readonly title: string;
  readonly description: string;
  readonly subjectKind: Risk['subjectKind'];
  readonly likelihood: number;
  readonly consequence: number;
  /** For system risks: the kinds of system the scenario concerns. */
  readonly systemKinds?: readonly SystemKind[];
}

const risk = (title: string, description: string, subjectKind: Risk['subjectKind'], likelihood: number, consequence: number, systemKinds?: readonly SystemKind[]): RiskTemplate => ({
  title,
  description,
  subjectKind,
  likelihood,
  consequence,
  systemKinds
});

export const RISK_TEMPLATES: readonly RiskTemplate[] = [
  risk('Ransomware slår ut journalsystemet', 'Krypterande skadlig kod gör journalen otillgänglig i flera dygn; vården går över till reservrutiner.', 'system', 2, 3, ['journal']),
  risk('Nyfikenhetsläsning i patientjournal', 'Medarbetare tar del av journaluppgifter utan vårdrelation; upptäcks sent utan systematisk loggkontroll.', 'system', 3, 2, ['journal']),
  risk('Avbrott i nätet mellan sjukhus och hälsocentraler', 'Fiberavbrott eller fel i brandvägg gör centrala system oåtkomliga för länets hälsocentraler.', 'system', 2, 3, ['infrastruktur']),
  risk('Leverantör saknar personuppgiftsbiträdesavtal', 'Personuppgifter behandlas hos leverantör utan avtal och instruktioner.', 'system', 3, 2, ['moln']),
  risk('Molntjänst används utan auktorisation', 'Verksamheten använder en molntjänst som inte prövats av IT-säkerhet; data kan föras till tredje land.', 'system', 4, 2, ['moln']),
  risk('Reservrutiner är inte övade', 'Reservrutinerna finns på papper men har inte övats; personalen känner inte till dem vid avbrott.', 'area', 3, 3),
  risk('Beroende av en nyckelperson', 'Förvaltningen av systemet bygger på en enda person utan dokumentation eller ersättare.', 'system', 3, 2, ['lab', 'pacs', 'medicinteknik', 'lokal']),
  risk('Föråldrat operativsystem i medicinteknisk utrustning', 'Utrustning kör operativsystem utan säkerhetsuppdateringar och är ansluten till vårdnätet.', 'system', 3, 3, ['medicinteknik']),
  risk('Behörigheter tas inte bort vid byte av tjänst', 'Medarbetare behåller åtkomst till patientuppgifter efter att ha bytt enhet eller slutat.', 'process', 3, 2),
  risk('Utskrifter med patientuppgifter lämnas i skrivare', 'Utskrifter hämtas inte och kan läsas av obehöriga.', 'asset', 3, 1),
  risk('Felsänd e-post med känsliga uppgifter', 'Patientuppgifter skickas med vanlig e-post till fel mottagare.', 'process', 3, 2),
  risk('Strömavbrott i serverhallen', 'Avbrott i kraftförsörjningen utan fungerande reservkraft slår ut centrala tjänster.', 'area', 1, 3),
  risk('Driftavbrott hos molnleverantör', 'Leverantörens avbrott gör tjänsten otillgänglig utan möjlighet att påverka.', 'system', 2, 2, ['moln', 'e-tjanst']),
  risk('Nätfiske mot medarbetare', 'Medarbetare lämnar ut inloggningsuppgifter via falska e-postmeddelanden.', 'area', 4, 2),
  risk('Bristande gallring av personuppgifter', 'Uppgifter sparas längre än ändamålet kräver.', 'process', 3, 1),
  risk('Tredjelandsöverföring utan skyddsåtgärd', 'Personuppgifter förs till USA utan giltig överföringsmekanism.', 'system', 2, 2, ['moln']),
  risk('Säkerhetskopior återläses aldrig', 'Kopiorna tas men återläsning testas inte; data kan inte återskapas vid haveri.', 'system', 2, 3, ['infrastruktur']),
  risk('Delade konton på avdelningen', 'Flera medarbetare använder samma inloggning; spårbarheten går förlorad.', 'area', 2, 2),
  risk('Felaktiga provsvar kopplas till fel patient', 'Fel i integrationen ger provsvar på fel patient.', 'system', 1, 3, ['lab', 'integration']),
  risk('Obehörig åtkomst till lokaler med patientjournaler', 'Pappersjournaler och arkiv förvaras i olåsta utrymmen.', 'asset', 2, 2),
  risk('Lokal databas utan säkerhetskopiering', 'Verksamheten har viktiga uppgifter i en lokal databas utanför IT:s drift.', 'system', 3, 2, ['lokal']),
  risk('Överbelastningsattack mot e-tjänster', 'Invånarnas e-tjänster blir otillgängliga vid en DDoS-attack.', 'system', 2, 2, ['e-tjanst']),
  risk('Avbrott i telefoni till 1177 och växel', 'Invånare når inte vården vid avbrott i telefoniplattformen.', 'system', 2, 3, ['kommunikation']),
  risk('Brister i informationsklassning', 'Tillgångar saknar klassning och får därför inte rätt skydd.', 'asset', 3, 2),
  risk('Otillräcklig loggkontroll', 'Loggkontroller enligt patientdatalagen genomförs inte regelbundet.', 'process', 3, 2)
];

/** Titles of the risk analyses of business-critical areas (KPI: % of such areas analysed, R-KPI 2). */
export const RISK_ANALYSIS_TITLES: readonly string[] = [
  'Risk- och sårbarhetsanalys',
  'Riskanalys av informationssäkerhet',
  'Konsekvensanalys av kritiska beroenden (steg 1)',
  'Riskanalys inför verksamhetsförändring'
];
