import type { ProcessingActivity } from '../../domain/processing/processing-activity';
import type { UnitProfile } from './organisation';
import type { SystemKind } from './system-kinds';

/** A kind of personal data processing (GDPR Art. 30) that units of a profile carry out. */
export interface ProcessingTemplate {
  readonly name: string;
  readonly purpose: string;
  readonly legalBasis: ProcessingActivity['legalBasis'];
  /** Art. 9 ground when special categories (health data) are processed. */
  readonly specialCategoryBasis?: string;
  readonly dataSubjects: readonly string[];
  readonly personalData: readonly string[];
  readonly recipients: readonly string[];
  readonly retention: string;
  readonly securityMeasures: string;
  readonly systemKinds: readonly SystemKind[];
  /** A DPIA is typically needed (large-scale health data, new technology, monitoring). */
  readonly highRisk: boolean;
}

export const ART9_HEALTH_CARE = 'Art. 9.2 h – hälso- och sjukvård (patientdatalagen)';
const ART9_PUBLIC_HEALTH = 'Art. 9.2 i – folkhälsa (smittskyddslagen)';
const ART9_EMPLOYMENT = 'Art. 9.2 b – arbetsrätt och arbetsmiljö';
const ART9_RESEARCH = 'Art. 9.2 j – forskning (etikprövad)';
const ART9_PUBLIC_INTEREST = 'Art. 9.2 g – viktigt allmänt intresse';

const RETENTION_JOURNAL = 'Bevaras minst tio år efter sista anteckning (PDL 3 kap. 17 §); därefter gallring eller arkivering enligt dokumenthanteringsplanen.';
const RETENTION_ADMIN = 'Gallras två år efter ärendets avslut enligt dokumenthanteringsplanen.';
const RETENTION_HR = 'Personalakt bevaras; underlag gallras två år efter anställningens upphörande.';
const RETENTION_ARCHIVE = 'Bevaras för arkivändamål enligt arkivlagen.';
const RETENTION_SHORT = 'Gallras efter 30 dagar om inte händelse kräver att materialet sparas.';
const RETENTION_YEAR = 'Gallras vid inaktualitet, senast ett år efter sista kontakt.';

const SECURITY_CARE = 'Behörighetsstyrning efter vårdrelation, stark autentisering med SITHS, loggning och regelbunden loggkontroll, kryptering vid överföring.';
const SECURITY_ADMIN = 'Behörighetsstyrning efter roll, inloggning med regionens konto, säkerhetskopiering.';
const SECURITY_CLOUD = 'Personuppgiftsbiträdesavtal, tvåfaktorsautentisering, kryptering vid lagring och överföring.';

const PATIENTER = 'Patienter';
const NARSTAENDE = 'Närstående';
const MEDARBETARE = 'Medarbetare';
const HALSA = 'Uppgifter om hälsa';
const IDENTITET = 'Namn och personnummer';
const KONTAKT = 'Kontaktuppgifter';

const care = (
  name: string,
  purpose: string,
  extra: { data?: readonly string[]; subjects?: readonly string[]; recipients?: readonly string[]; kinds?: readonly SystemKind[]; highRisk?: boolean; retention?: string; basis?: ProcessingActivity['legalBasis']; art9?: string } = {}
): ProcessingTemplate => ({
  name,
  purpose,
  legalBasis: extra.basis ?? 'public-task',
  specialCategoryBasis: extra.art9 ?? ART9_HEALTH_CARE,
  dataSubjects: extra.subjects ?? [PATIENTER],
  personalData: [IDENTITET, KONTAKT, HALSA, ...(extra.data ?? [])],
  recipients: extra.recipients ?? ['Andra vårdgivare vid sammanhållen journalföring'],
  retention: extra.retention ?? RETENTION_JOURNAL,
  securityMeasures: SECURITY_CARE,
  systemKinds: extra.kinds ?? ['journal'],
  highRisk: extra.highRisk ?? true
});

const admin = (
  name: string,
  purpose: string,
  extra: { data?: readonly string[]; subjects?: readonly string[]; recipients?: readonly string[]; kinds?: readonly SystemKind[]; highRisk?: boolean; retention?: string; basis?: ProcessingActivity['legalBasis']; art9?: string; security?: string } = {}
): ProcessingTemplate => ({
  name,
  purpose,
  legalBasis: extra.basis ?? 'public-task',
  specialCategoryBasis: extra.art9,
  dataSubjects: extra.subjects ?? [MEDARBETARE],
  personalData: [IDENTITET, KONTAKT, ...(extra.data ?? [])],
  recipients: extra.recipients ?? [],
  retention: extra.retention ?? RETENTION_ADMIN,
  securityMeasures: extra.security ?? SECURITY_ADMIN,
  systemKinds: extra.kinds ?? ['verksamhet'],
  highRisk: extra.highRisk ?? false
});

const vardDokumentation = care('Vårddokumentation', 'Dokumentera vård och behandling för patientsäkerhet och uppföljning (PDL 3 kap.).', { data: ['Diagnoser', 'Läkemedel'] });
const tidbokning = care('Tidbokning och kallelser', 'Boka besök och kalla patienter.', { kinds: ['journal', 'e-tjanst'], highRisk: false, recipients: ['Leverantör av utskickstjänst (biträde)'] });
const remisshantering = care('Remisshantering', 'Skicka och ta emot remisser mellan vårdenheter och vårdgivare.', { recipients: ['Andra vårdgivare'] });
const kvalitetsregister = care('Rapportering till nationella kvalitetsregister', 'Följa upp och utveckla vårdens kvalitet (PDL 7 kap.).', { kinds: ['kvalitetsregister'], recipients: ['Centralt personuppgiftsansvarig myndighet för registret'], retention: 'Enligt registrets föreskrifter; uppgifterna i registret gallras inte.' });
const avvikelser = admin('Avvikelsehantering', 'Rapportera, utreda och lära av avvikelser och vårdskador (patientsäkerhetslagen).', {
  subjects: [PATIENTER, MEDARBETARE],
  data: [HALSA, 'Händelsebeskrivning'],
  art9: ART9_HEALTH_CARE,
  recipients: ['IVO vid lex Maria'],
  kinds: ['verksamhet']
});
const bemanning = admin('Schemaläggning och bemanning', 'Planera bemanning och arbetstid.', { kinds: ['planering'], data: ['Arbetstid', 'Frånvaro'] });
const intygsskrivning = care('Utfärdande av intyg', 'Utfärda medicinska intyg till patient och myndigheter.', { kinds: ['nationell', 'journal'], recipients: ['Försäkringskassan', 'Transportstyrelsen'] });
const forskning = care('Forskningsstudier', 'Klinisk forskning efter etikprövning.', { basis: 'public-task', art9: ART9_RESEARCH, kinds: ['lokal', 'moln'], recipients: ['Samarbetande universitet'], retention: 'Bevaras tio år efter studiens avslut.' });

export const PROCESSING_TEMPLATES: Readonly<Record<UnitProfile, readonly ProcessingTemplate[]>> = {
  akut: [
    vardDokumentation,
    care('Ambulansuppdrag och prehospital vård', 'Dokumentera prehospital bedömning och vård.', { kinds: ['journal', 'kommunikation'], recipients: ['SOS Alarm', 'Mottagande akutmottagning'] }),
    care('Triagering på akutmottagningen', 'Bedöma medicinsk angelägenhetsgrad.', { basis: 'vital-interests' }),
    care('Överföring av vitalparametrar', 'Föra över mätvärden från ambulans och övervakning.', { kinds: ['medicinteknik'] }),
    avvikelser,
    bemanning,
    kvalitetsregister
  ],
  vard: [vardDokumentation, tidbokning, remisshantering, intygsskrivning, kvalitetsregister, avvikelser, bemanning, forskning,
    care('Läkemedelshantering', 'Ordinera, iordningställa och administrera läkemedel.', { data: ['Läkemedel'], kinds: ['journal', 'lakemedel'] }),
    care('Videobesök', 'Genomföra vårdbesök på distans.', { kinds: ['e-tjanst', 'moln'], recipients: ['Leverantör av videotjänst (biträde)'] })],
  primarvard: [vardDokumentation, tidbokning, remisshantering, intygsskrivning, kvalitetsregister, avvikelser, bemanning,
    care('Listning av invånare', 'Hålla förteckning över listade invånare för vårdval.', { highRisk: false, data: ['Adress'] }),
    care('Vaccinationer', 'Registrera och följa upp vaccinationer.', { kinds: ['verksamhet'], art9: ART9_PUBLIC_HEALTH, recipients: ['Folkhälsomyndigheten'] }),
    care('Barnhälsovård', 'Hälsoövervakning av barn enligt nationellt program.', { subjects: ['Barn', 'Vårdnadshavare'] })],
  lab: [
    care('Analys av prover', 'Analysera prover och lämna svar till vården.', { kinds: ['lab'] }),
    care('Blodgivning', 'Registrera blodgivare och blodkomponenter (lagen om blodsäkerhet).', { subjects: ['Blodgivare'], kinds: ['lab'], retention: 'Bevaras 30 år (blodsäkerhetslagen).' }),
    care('Biobank', 'Spara prover för vård och forskning (biobankslagen).', { kinds: ['lab'] }),
    care('Smittskyddsanmälan', 'Anmäla smittsamma sjukdomar.', { art9: ART9_PUBLIC_HEALTH, kinds: ['nationell'], recipients: ['Smittskyddsläkaren', 'Folkhälsomyndigheten'] }),
    avvikelser,
    bemanning
  ],
  bild: [
    care('Bilddiagnostik', 'Genomföra och besvara röntgen- och bildundersökningar.', { kinds: ['pacs'] }),
    care('Mammografiscreening', 'Kalla och undersöka kvinnor i screeningprogrammet.', { subjects: ['Kallade kvinnor'], kinds: ['pacs'] }),
    care('Stråldosregistrering', 'Följa upp stråldoser (strålskyddslagen).', { kinds: ['pacs', 'medicinteknik'], basis: 'legal-obligation', highRisk: false }),
    tidbokning,
    avvikelser
  ],
  lakemedel: [
    care('Läkemedelsförsörjning', 'Beställa och leverera läkemedel till vården.', { highRisk: false, kinds: ['lakemedel'] }),
    care('Narkotikakontroll', 'Föra narkotikajournal (läkemedelslagen).', { basis: 'legal-obligation', kinds: ['lakemedel'] }),
    care('Cytostatikaberedning', 'Bereda patientspecifika läkemedel.', { kinds: ['lakemedel'] }),
    avvikelser
  ],
  vardadmin: [
    care('Patientadministration', 'Registrera patienter, avgifter och vårdtillfällen.', { kinds: ['journal', 'ekonomi'], highRisk: false }),
    care('Sjukresor', 'Pröva och samordna sjukresor.', { kinds: ['verksamhet'], recipients: ['Taxibolag (biträde)'] }),
    care('Utlämnande av journalkopior', 'Pröva och lämna ut allmänna handlingar (OSL).', { kinds: ['journal', 'dokument'], recipients: ['Den enskilde', 'Myndigheter'] }),
    care('Sjukvårdsrådgivning 1177', 'Ge sjukvårdsrådgivning per telefon och dokumentera samtal.', { kinds: ['kommunikation', 'journal'], recipients: ['Inera (biträde)'] }),
    care('Diktering och skrivning', 'Överföra diktat till journal.', { kinds: ['verksamhet'], highRisk: false })
  ],
  tandvard: [
    care('Tandvårdsdokumentation', 'Dokumentera tandvård (PDL).', { kinds: ['tandvard'] }),
    care('Kallelser till revisionsbesök', 'Kalla patienter till återbesök.', { kinds: ['tandvard'], highRisk: false }),
    care('Tandvårdsstöd', 'Hantera särskilt tandvårdsstöd och frikort.', { kinds: ['tandvard', 'nationell'], recipients: ['Försäkringskassan'] }),
    care('Debitering av tandvård', 'Debitera patient och statligt tandvårdsstöd.', { kinds: ['tandvard', 'ekonomi'], highRisk: false, recipients: ['Försäkringskassan'] }),
    avvikelser,
    bemanning
  ],
  it: [
    admin('Behörighetsadministration', 'Skapa, ändra och ta bort konton och behörigheter.', { kinds: ['infrastruktur'], data: ['Användarnamn', 'Behörigheter'] }),
    admin('Loggning och säkerhetsövervakning', 'Upptäcka och utreda säkerhetsincidenter.', { kinds: ['infrastruktur'], data: ['IP-adresser', 'Loggposter'], highRisk: true, security: SECURITY_ADMIN + ' Loggar skyddas mot ändring.' }),
    admin('IT-support', 'Hantera ärenden och beställningar.', { kinds: ['moln'], subjects: [MEDARBETARE], data: ['Ärendebeskrivning'], security: SECURITY_CLOUD }),
    admin('Hantering av mobila enheter', 'Hantera och skydda datorer och mobiler.', { kinds: ['infrastruktur'], data: ['Enhetsinformation'] }),
    admin('Medicinteknisk service', 'Underhålla medicinteknisk utrustning; service hos leverantör kan ge åtkomst till patientdata.', { kinds: ['medicinteknik'], subjects: [PATIENTER, MEDARBETARE], data: [HALSA], art9: ART9_HEALTH_CARE, recipients: ['Leverantörer (biträden)'] })
  ],
  service: [
    admin('Passerkontroll', 'Styra och följa upp passage i regionens lokaler.', { kinds: ['infrastruktur'], data: ['Kortnummer', 'Passager'], retention: RETENTION_YEAR }),
    admin('Kameraövervakning', 'Förebygga brott och skydda personal på akutmottagning och entréer.', { kinds: ['infrastruktur'], subjects: [PATIENTER, MEDARBETARE, 'Besökare'], data: ['Bild'], retention: RETENTION_SHORT, highRisk: true }),
    admin('Tolkförmedling', 'Förmedla tolk till vårdbesök.', { kinds: ['verksamhet'], subjects: [PATIENTER, 'Tolkar'], data: ['Språk'], recipients: ['Tolkbolag (biträde)'] }),
    admin('Beställning av specialkost', 'Leverera måltider efter patientens behov.', { kinds: ['verksamhet'], subjects: [PATIENTER], data: [HALSA], art9: ART9_HEALTH_CARE }),
    admin('Växel och kontaktcenter', 'Koppla och besvara samtal.', { kinds: ['kommunikation'], subjects: ['Invånare', MEDARBETARE], data: ['Telefonnummer'], retention: RETENTION_SHORT })
  ],
  ledning: [
    admin('Diarieföring och ärendehantering', 'Registrera allmänna handlingar (OSL 5 kap.).', { kinds: ['dokument'], subjects: ['Invånare', MEDARBETARE, 'Företrädare för företag'], retention: RETENTION_ARCHIVE, basis: 'legal-obligation' }),
    admin('Nämndadministration', 'Förbereda och protokollföra nämndernas sammanträden.', { kinds: ['dokument'], subjects: ['Förtroendevalda'], retention: RETENTION_ARCHIVE }),
    admin('Hantering av patientklagomål', 'Ta emot och besvara klagomål (patientsäkerhetslagen).', { kinds: ['dokument'], subjects: [PATIENTER, NARSTAENDE], data: [HALSA], art9: ART9_HEALTH_CARE }),
    admin('Nyhetsbrev och prenumerationer', 'Skicka nyhetsbrev till prenumeranter.', { kinds: ['moln'], subjects: ['Prenumeranter'], basis: 'consent', retention: 'Tills samtycket återkallas.', security: SECURITY_CLOUD }),
    admin('Webbplats och sociala medier', 'Informera invånare och besvara frågor.', { kinds: ['moln'], subjects: ['Besökare på webbplatsen'], data: ['Kommentarer'], security: SECURITY_CLOUD }),
    admin('Lex Maria-utredningar', 'Utreda och anmäla allvarliga vårdskador.', { kinds: ['dokument'], subjects: [PATIENTER, MEDARBETARE], data: [HALSA], art9: ART9_HEALTH_CARE, basis: 'legal-obligation', recipients: ['IVO'] })
  ],
  sakerhet: [
    admin('Incidenthantering', 'Hantera säkerhets- och personuppgiftsincidenter och anmäla till IMY.', { kinds: ['verksamhet'], subjects: [PATIENTER, MEDARBETARE], data: [HALSA], art9: ART9_PUBLIC_INTEREST, basis: 'legal-obligation', recipients: ['IMY'], highRisk: true }),
    admin('Krisledning och larmlistor', 'Larma och leda vid allvarlig händelse.', { kinds: ['kommunikation'], data: ['Telefonnummer'] }),
    admin('Säkerhetsprövning', 'Pröva personal i säkerhetsklass (säkerhetsskyddslagen).', { kinds: ['dokument'], data: ['Registerkontroll'], basis: 'legal-obligation', highRisk: true }),
    admin('Registerförteckning', 'Föra förteckning över behandlingar (art. 30).', { kinds: ['dokument'], basis: 'legal-obligation' })
  ],
  ekonomi: [
    admin('Leverantörsreskontra', 'Betala leverantörsfakturor.', { kinds: ['ekonomi'], subjects: ['Företrädare för leverantörer'], basis: 'legal-obligation', retention: 'Bevaras sju år (bokföringslagen).' }),
    admin('Upphandling', 'Genomföra offentlig upphandling (LOU).', { kinds: ['ekonomi'], subjects: ['Anbudsgivare'], basis: 'legal-obligation' }),
    admin('Fakturering', 'Fakturera kunder och patienter.', { kinds: ['ekonomi'], subjects: ['Kunder', PATIENTER], basis: 'legal-obligation' })
  ],
  hr: [
    admin('Anställning och personaladministration', 'Administrera anställningar.', { kinds: ['hr'], basis: 'contract', retention: RETENTION_HR, data: ['Anställningsuppgifter'] }),
    admin('Löneutbetalning', 'Betala lön och rapportera till Skatteverket.', { kinds: ['hr'], basis: 'legal-obligation', data: ['Lön', 'Bankkonto', 'Fackföreningstillhörighet'], art9: ART9_EMPLOYMENT, recipients: ['Skatteverket', 'Pensionsförvaltare'] }),
    admin('Rekrytering', 'Rekrytera medarbetare.', { kinds: ['hr'], subjects: ['Arbetssökande'], basis: 'contract', retention: 'Gallras två år efter avslutad rekrytering.', security: SECURITY_CLOUD }),
    admin('Rehabilitering', 'Arbetslivsinriktad rehabilitering.', { kinds: ['hr'], data: [HALSA], art9: ART9_EMPLOYMENT, basis: 'legal-obligation', recipients: ['Försäkringskassan'], highRisk: true }),
    admin('Företagshälsovård', 'Förebyggande insatser och hälsokontroller för medarbetare.', { kinds: ['journal'], data: [HALSA], art9: ART9_HEALTH_CARE, retention: RETENTION_JOURNAL, highRisk: true }),
    admin('Kompetensregister och webbutbildningar', 'Följa upp utbildningar, bland dem informationssäkerhet.', { kinds: ['verksamhet', 'moln'], data: ['Genomförda utbildningar'], security: SECURITY_CLOUD })
  ],
  regional: [
    admin('Biljettförsäljning och reskassa', 'Sälja biljetter och hantera kundkonton.', { kinds: ['verksamhet'], subjects: ['Resenärer'], basis: 'contract', data: ['Köphistorik'] }),
    admin('Färdtjänst', 'Pröva och administrera färdtjänst.', { kinds: ['verksamhet'], subjects: ['Sökande'], data: [HALSA], art9: ART9_PUBLIC_INTEREST, basis: 'public-task', highRisk: true }),
    admin('Folkhögskolans elevadministration', 'Administrera deltagare och intyg.', { kinds: ['verksamhet'], subjects: ['Deltagare'], data: ['Studieresultat'] }),
    admin('Projektstöd och bidrag', 'Pröva ansökningar om regionala bidrag.', { kinds: ['dokument'], subjects: ['Sökande'] }),
    admin('Kursanmälningar och evenemang', 'Administrera anmälningar.', { kinds: ['moln'], subjects: ['Deltagare'], basis: 'consent', retention: RETENTION_YEAR, security: SECURITY_CLOUD })
  ]
};
