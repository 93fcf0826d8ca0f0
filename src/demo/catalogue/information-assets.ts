import type { AssetPriority } from '../../domain/assets/information-asset';
import type { UnitProfile } from './organisation';
import type { SystemKind } from './system-kinds';

/** A kind of information a unit holds (informationstillgång, R-AST), with its typical classification. */
export interface AssetTemplate {
  readonly name: string;
  /** verksamhetsprocess */
  readonly process: string;
  readonly priority: AssetPriority;
  /** Typical consequence levels: konfidentialitet, riktighet, tillgänglighet, spårbarhet (0–3). */
  readonly levels: readonly [number, number, number, number];
  readonly systemKinds: readonly SystemKind[];
  readonly description: string;
}

type Levels = AssetTemplate['levels'];

const asset = (name: string, process: string, priority: AssetPriority, levels: Levels, systemKinds: readonly SystemKind[], description: string): AssetTemplate => ({
  name,
  process,
  priority,
  levels,
  systemKinds,
  description
});

const VARD = 'Vård och behandling';
const DIAGNOSTIK = 'Diagnostik';
const LAKEMEDEL = 'Läkemedelshantering';
const ADMIN = 'Vårdadministration';
const LEDNING = 'Ledning och styrning';

const journal = asset('Patientjournal', VARD, 'business-critical', [3, 3, 3, 3], ['journal'], 'Journalanteckningar, diagnoser, åtgärder och epikriser för enhetens patienter.');
const ordinationer = asset('Läkemedelsordinationer', LAKEMEDEL, 'business-critical', [3, 3, 3, 3], ['journal', 'lakemedel'], 'Ordinationer, administrering och läkemedelslistor.');
const remisser = asset('Remisser och remissvar', VARD, 'prioritised', [3, 3, 2, 3], ['journal'], 'In- och utgående remisser med svar.');
const provsvar = asset('Provsvar och laboratorieresultat', DIAGNOSTIK, 'prioritised', [3, 3, 3, 2], ['lab', 'journal'], 'Analyssvar som används i vården av patienten.');
const vardplaner = asset('Vårdplaner och omvårdnadsdokumentation', VARD, 'prioritised', [3, 3, 2, 2], ['journal'], 'Omvårdnadsbedömningar och vårdplaner.');
const tidbok = asset('Tidbok och kallelser', ADMIN, 'normal', [2, 2, 2, 1], ['journal', 'e-tjanst'], 'Bokade besök och kallelser.');
const vantelista = asset('Väntelista för planerade åtgärder', ADMIN, 'prioritised', [2, 3, 2, 2], ['journal', 'planering'], 'Patienter som väntar på besök eller operation, för vårdgarantin.');
const schema = asset('Bemanningsschema', 'Bemanning', 'normal', [1, 2, 2, 1], ['planering'], 'Scheman och bemanning per pass.');
const avvikelser = asset('Avvikelserapporter', 'Kvalitet och patientsäkerhet', 'normal', [2, 2, 1, 2], ['verksamhet'], 'Rapporterade avvikelser, tillbud och vårdskador.');
const samtycken = asset('Samtycken och spärrar', VARD, 'prioritised', [3, 3, 2, 3], ['journal', 'nationell'], 'Samtycken till sammanhållen journalföring och spärrar.');
const matdata = asset('Medicintekniska mätdata', DIAGNOSTIK, 'prioritised', [2, 3, 3, 2], ['medicinteknik'], 'Vitalparametrar och mätvärden från medicinteknisk utrustning.');
const overrapportering = asset('Överrapportering mellan arbetspass', VARD, 'normal', [2, 2, 2, 1], ['lokal'], 'Underlag för överrapportering mellan skift.');
const kvalitetsregister = asset('Kvalitetsregisterdata', 'Kvalitetsuppföljning', 'normal', [2, 2, 1, 2], ['kvalitetsregister'], 'Uppgifter som rapporteras till nationella kvalitetsregister.');
const intyg = asset('Intyg och utlåtanden', VARD, 'prioritised', [3, 3, 1, 2], ['nationell', 'journal'], 'Medicinska intyg till Försäkringskassan och andra.');

export const ASSET_TEMPLATES: Readonly<Record<UnitProfile, readonly AssetTemplate[]>> = {
  akut: [
    journal,
    asset('Larm- och dirigeringsuppgifter', 'Prehospital vård', 'business-critical', [2, 3, 3, 3], ['kommunikation'], 'Larm, prioriteringar och dirigering av ambulanser.'),
    asset('Triageringsunderlag', VARD, 'business-critical', [3, 3, 3, 2], ['journal'], 'Bedömning av medicinsk angelägenhetsgrad vid ankomst.'),
    ordinationer,
    provsvar,
    matdata,
    asset('Beläggningsöversikt', 'Vårdplatskoordinering', 'prioritised', [1, 2, 3, 1], ['planering'], 'Lediga vårdplatser och överbeläggningar.'),
    asset('Katastrofmedicinsk plan', 'Krisberedskap', 'prioritised', [1, 3, 3, 1], ['dokument'], 'Plan för allvarlig händelse och masskadeläge.'),
    schema,
    avvikelser,
    overrapportering
  ],
  vard: [journal, ordinationer, remisser, provsvar, vardplaner, vantelista, samtycken, intyg, matdata, tidbok, schema, avvikelser, kvalitetsregister, overrapportering],
  primarvard: [
    journal,
    ordinationer,
    tidbok,
    asset('Vaccinationsuppgifter', 'Förebyggande vård', 'prioritised', [2, 3, 2, 2], ['verksamhet'], 'Givna vaccinationer för invånare.'),
    asset('Listning av patienter', ADMIN, 'prioritised', [2, 3, 2, 2], ['journal'], 'Vilka invånare som är listade på hälsocentralen.'),
    remisser,
    provsvar,
    asset('Barnhälsovårdsjournal', VARD, 'business-critical', [3, 3, 2, 3], ['journal'], 'Hälsobesök, vaccinationer och tillväxt för barn.'),
    intyg,
    schema,
    avvikelser,
    kvalitetsregister
  ],
  lab: [
    asset('Provsvar och laboratorieresultat', DIAGNOSTIK, 'business-critical', [3, 3, 3, 3], ['lab'], 'Analyssvar från laboratoriet.'),
    asset('Beställningar av analyser', DIAGNOSTIK, 'prioritised', [3, 3, 3, 2], ['lab', 'journal'], 'Elektroniska beställningar från vården.'),
    asset('Blodgivarregister', 'Blodverksamhet', 'business-critical', [3, 3, 3, 3], ['lab'], 'Blodgivare, hälsodeklarationer och tappningar.'),
    asset('Biobanksprover och förteckning', DIAGNOSTIK, 'prioritised', [3, 3, 1, 3], ['lab'], 'Sparade prover enligt biobankslagen.'),
    asset('Kvalitetskontroller och kalibrering', DIAGNOSTIK, 'prioritised', [0, 3, 2, 2], ['lab', 'medicinteknik'], 'Kontroller och kalibreringar av instrument.'),
    asset('Metodbeskrivningar', DIAGNOSTIK, 'normal', [0, 3, 1, 1], ['dokument'], 'Analysmetoder och instruktioner.'),
    asset('Provtagningsanvisningar', DIAGNOSTIK, 'normal', [0, 2, 2, 0], ['verksamhet'], 'Anvisningar för provtagning till vården.'),
    asset('Smittskyddsanmälningar', 'Smittskydd', 'prioritised', [3, 3, 2, 2], ['nationell'], 'Anmälningspliktiga fynd.'),
    schema,
    avvikelser
  ],
  bild: [
    asset('Röntgenbilder', DIAGNOSTIK, 'business-critical', [3, 3, 3, 2], ['pacs'], 'Bilder från röntgen, CT, MR och ultraljud.'),
    asset('Röntgensvar och utlåtanden', DIAGNOSTIK, 'business-critical', [3, 3, 3, 3], ['pacs'], 'Granskning och svar till remittenten.'),
    remisser,
    asset('Stråldosregistrering', DIAGNOSTIK, 'prioritised', [1, 3, 1, 2], ['pacs', 'medicinteknik'], 'Stråldoser per undersökning.'),
    asset('Screeningdata mammografi', 'Screening', 'prioritised', [3, 3, 2, 2], ['pacs'], 'Kallelser och resultat i mammografiscreeningen.'),
    tidbok,
    matdata,
    schema,
    avvikelser
  ],
  lakemedel: [
    ordinationer,
    asset('Läkemedelssortiment och beställningar', LAKEMEDEL, 'prioritised', [0, 3, 3, 1], ['lakemedel'], 'Sortiment, beställningar och leveranser.'),
    asset('Narkotikajournaler', LAKEMEDEL, 'business-critical', [2, 3, 2, 3], ['lakemedel'], 'Förbrukning av narkotikaklassade läkemedel.'),
    asset('Cytostatikaberedning', LAKEMEDEL, 'business-critical', [2, 3, 3, 3], ['lakemedel'], 'Beredningsprotokoll för cytostatika.'),
    asset('Läkemedelsgenomgångar', LAKEMEDEL, 'prioritised', [3, 3, 1, 2], ['journal'], 'Genomgångar av patienters läkemedel.'),
    asset('Läkemedelsstatistik', LAKEMEDEL, 'normal', [1, 2, 1, 1], ['verksamhet'], 'Förskrivning och kostnader.'),
    avvikelser,
    schema
  ],
  vardadmin: [
    asset('Patientregister och folkbokföringsuppgifter', ADMIN, 'business-critical', [3, 3, 3, 2], ['journal'], 'Patientens identitet, adress och skyddade personuppgifter.'),
    asset('Sjukresebeställningar', ADMIN, 'prioritised', [2, 2, 2, 1], ['verksamhet'], 'Beställda sjukresor och ersättningar.'),
    asset('Patientavgifter och fakturor', ADMIN, 'prioritised', [2, 3, 1, 2], ['ekonomi'], 'Debiterade avgifter och högkostnadsskydd.'),
    asset('Vårdgarantiuppföljning', ADMIN, 'normal', [1, 2, 1, 1], ['nationell'], 'Väntetider och vårdgarantiärenden.'),
    asset('Journalkopior och utlämnanden', ADMIN, 'prioritised', [3, 3, 1, 3], ['journal', 'dokument'], 'Begäran om och utlämnande av journalkopior.'),
    asset('Samtal till 1177 på telefon', 'Rådgivning', 'prioritised', [3, 2, 2, 2], ['kommunikation', 'journal'], 'Inspelade samtal och rådgivningsjournal.'),
    asset('Diktat', ADMIN, 'normal', [3, 2, 2, 1], ['verksamhet'], 'Diktat som väntar på utskrift.'),
    tidbok,
    schema
  ],
  tandvard: [
    asset('Tandvårdsjournal', 'Tandvård', 'business-critical', [3, 3, 2, 3], ['tandvard'], 'Journal, status och behandlingar.'),
    asset('Röntgenbilder tandvård', 'Tandvård', 'prioritised', [3, 3, 2, 2], ['tandvard'], 'Intraorala och panoramabilder.'),
    asset('Behandlingsplaner och kostnadsförslag', 'Tandvård', 'prioritised', [2, 3, 1, 2], ['tandvard'], 'Planerade behandlingar och kostnader.'),
    asset('Kallelser och revisionsintervall', 'Tandvård', 'normal', [2, 2, 2, 1], ['tandvard'], 'Kallelser till återbesök.'),
    asset('Tandvårdsstöd och frikort', 'Tandvård', 'prioritised', [3, 3, 1, 2], ['nationell', 'tandvard'], 'Särskilt tandvårdsstöd och intyg.'),
    asset('Patientavgifter tandvård', 'Tandvård', 'prioritised', [2, 3, 1, 2], ['tandvard', 'ekonomi'], 'Debitering mot patient och Försäkringskassan.'),
    asset('Sterilprotokoll', 'Tandvård', 'normal', [0, 3, 2, 2], ['medicinteknik'], 'Dokumentation av sterilisering.'),
    schema,
    avvikelser
  ],
  it: [
    asset('Behörighetsdata och konton', 'IT-drift', 'business-critical', [3, 3, 3, 3], ['infrastruktur'], 'Konton, grupper och behörigheter.'),
    asset('Säkerhetsloggar', 'Informationssäkerhet', 'business-critical', [3, 3, 2, 3], ['infrastruktur'], 'Loggar från servrar, nät och system.'),
    asset('Konfigurationsdatabas (CMDB)', 'IT-förvaltning', 'prioritised', [2, 3, 2, 2], ['moln'], 'Konfigurationsobjekt och beroenden.'),
    asset('Nätverksdokumentation', 'IT-drift', 'prioritised', [3, 3, 2, 1], ['dokument', 'infrastruktur'], 'Nätverkstopologi, adresser och brandväggsregler.'),
    asset('Säkerhetskopior', 'IT-drift', 'business-critical', [3, 3, 3, 2], ['infrastruktur'], 'Kopior av servrar och databaser.'),
    asset('Ärenden i servicedesk', 'IT-support', 'normal', [2, 2, 2, 2], ['moln'], 'Incidenter och beställningar.'),
    asset('Systemdokumentation och systemsäkerhetsplaner', 'IT-förvaltning', 'prioritised', [2, 2, 2, 1], ['dokument'], 'Dokumentation av system och deras säkerhet.'),
    asset('Certifikat och kryptonycklar', 'Informationssäkerhet', 'business-critical', [3, 3, 3, 3], ['infrastruktur'], 'Certifikat, nycklar och lösenordsvalv.'),
    asset('Inventarieförteckning IT', 'IT-förvaltning', 'normal', [1, 2, 1, 1], ['verksamhet'], 'Datorer, skrivare och mobiler.'),
    asset('Medicinteknisk förteckning', 'Medicinsk teknik', 'prioritised', [1, 3, 2, 2], ['medicinteknik'], 'Medicinteknisk utrustning och underhåll.')
  ],
  service: [
    asset('Passagelogg och kortregister', 'Säkerhet och passage', 'prioritised', [2, 2, 2, 3], ['infrastruktur'], 'Passerkort och passager.'),
    asset('Ritningar och fastighetsdata', 'Fastighetsförvaltning', 'prioritised', [2, 2, 2, 1], ['verksamhet'], 'Ritningar, installationer och skyddsobjekt.'),
    asset('Larmloggar', 'Säkerhet och passage', 'prioritised', [2, 3, 3, 2], ['infrastruktur'], 'Inbrotts-, brand- och överfallslarm.'),
    asset('Kameraövervakningsmaterial', 'Säkerhet och passage', 'prioritised', [3, 2, 2, 3], ['infrastruktur'], 'Inspelat material från kameror.'),
    asset('Matbeställningar och specialkost', 'Måltidsservice', 'normal', [2, 2, 3, 1], ['verksamhet'], 'Beställningar per patient och avdelning.'),
    asset('Transportbokningar', 'Logistik', 'normal', [1, 2, 2, 1], ['verksamhet'], 'Transporter av gods och prover.'),
    asset('Tolkbokningar', 'Tolkförmedling', 'prioritised', [2, 2, 2, 1], ['verksamhet'], 'Beställda tolkuppdrag med patientens språk.'),
    asset('Lagerförteckning och beställningar', 'Logistik', 'normal', [0, 2, 2, 1], ['verksamhet'], 'Artiklar, saldon och beställningar.'),
    asset('Samtalsloggar i växeln', 'Kontaktcenter', 'prioritised', [2, 2, 3, 2], ['kommunikation'], 'Inkommande samtal och kopplingar.'),
    asset('Leverantörsavtal', 'Inköp', 'normal', [1, 2, 1, 2], ['dokument'], 'Avtal med serviceleverantörer.')
  ],
  ledning: [
    asset('Diarieförda handlingar', 'Ärendehantering och diarieföring', 'prioritised', [2, 3, 2, 3], ['dokument'], 'Inkomna och upprättade allmänna handlingar.'),
    asset('Protokoll och beslut', LEDNING, 'prioritised', [1, 3, 2, 3], ['dokument'], 'Nämndernas och ledningens beslut.'),
    asset('Delegationsordning', LEDNING, 'normal', [0, 3, 1, 2], ['dokument'], 'Vem som får besluta vad.'),
    asset('Styrdokument i ledningssystemet', LEDNING, 'prioritised', [0, 3, 2, 2], ['dokument'], 'Policyer, riktlinjer och rutiner.'),
    asset('Arkivredovisning', 'Arkiv', 'normal', [1, 2, 1, 2], ['dokument'], 'Arkivbeskrivningar och förteckningar.'),
    asset('Patientklagomål och synpunkter', 'Kvalitet och patientsäkerhet', 'prioritised', [3, 2, 1, 2], ['dokument'], 'Klagomål från patienter och närstående.'),
    asset('Lex Maria-utredningar', 'Kvalitet och patientsäkerhet', 'prioritised', [3, 3, 1, 3], ['dokument'], 'Utredningar av allvarliga vårdskador.'),
    asset('Webbpublicering', 'Kommunikation', 'normal', [0, 2, 2, 1], ['verksamhet'], 'Innehåll på webbplats och intranät.'),
    asset('Verksamhetsplan och budget', LEDNING, 'normal', [1, 2, 1, 1], ['verksamhet'], 'Mål, aktiviteter och budget.')
  ],
  sakerhet: [
    asset('Krisledningsplan', 'Krisberedskap', 'business-critical', [2, 3, 3, 2], ['dokument', 'kommunikation'], 'Regionens plan för kris och höjd beredskap.'),
    asset('Risk- och sårbarhetsanalys', 'Krisberedskap', 'prioritised', [3, 3, 2, 2], ['dokument'], 'Regionens RSA.'),
    asset('Informationsklassningar', 'Informationssäkerhet', 'prioritised', [2, 3, 2, 2], ['dokument'], 'Genomförda klassningar och skyddsåtgärder.'),
    asset('Incidentrapporter', 'Informationssäkerhet', 'prioritised', [3, 3, 2, 3], ['verksamhet'], 'Säkerhetsincidenter och personuppgiftsincidenter.'),
    asset('Registerförteckning', 'Dataskydd', 'prioritised', [1, 3, 2, 2], ['dokument'], 'Förteckning över personuppgiftsbehandlingar (art. 30).'),
    asset('Säkerhetsskyddsanalys', 'Säkerhetsskydd', 'business-critical', [3, 3, 2, 3], ['dokument'], 'Skyddsvärden och sårbarheter enligt säkerhetsskyddslagen.'),
    asset('Beredskapsplaner och larmlistor', 'Krisberedskap', 'prioritised', [2, 3, 3, 2], ['kommunikation'], 'Larmlistor och kontaktuppgifter.'),
    asset('Övningsdokumentation', 'Krisberedskap', 'normal', [1, 2, 1, 1], ['dokument'], 'Genomförda övningar och lärdomar.')
  ],
  ekonomi: [
    asset('Leverantörsfakturor', 'Ekonomistyrning', 'prioritised', [1, 3, 2, 3], ['ekonomi'], 'Fakturor och attester.'),
    asset('Bokföring och redovisning', 'Ekonomistyrning', 'business-critical', [1, 3, 2, 3], ['ekonomi'], 'Huvudbok och bokslut.'),
    asset('Budget och prognos', 'Ekonomistyrning', 'normal', [1, 2, 1, 1], ['ekonomi'], 'Budget och prognoser per verksamhet.'),
    asset('Upphandlingsdokument', 'Inköp', 'prioritised', [2, 3, 1, 2], ['ekonomi'], 'Förfrågningsunderlag, anbud och tilldelningsbeslut.'),
    asset('Avtal', 'Inköp', 'prioritised', [2, 3, 1, 2], ['dokument'], 'Ingångna avtal och personuppgiftsbiträdesavtal.'),
    asset('Kundfakturor', 'Ekonomistyrning', 'normal', [1, 2, 1, 2], ['ekonomi'], 'Fakturering till kunder.'),
    asset('Anläggningsregister', 'Ekonomistyrning', 'normal', [0, 2, 1, 1], ['ekonomi'], 'Inventarier och avskrivningar.')
  ],
  hr: [
    asset('Personalakter', 'Personaladministration', 'business-critical', [3, 3, 1, 3], ['hr'], 'Anställningsavtal, betyg och beslut.'),
    asset('Lönedata', 'Lön och pension', 'business-critical', [2, 3, 3, 3], ['hr'], 'Löner, avdrag och utbetalningar.'),
    asset('Rehabiliteringsärenden', 'Personaladministration', 'prioritised', [3, 3, 1, 3], ['hr', 'journal'], 'Arbetslivsinriktad rehabilitering.'),
    asset('Rekryteringsunderlag', 'Kompetensförsörjning', 'prioritised', [2, 2, 1, 1], ['hr'], 'Ansökningar, intervjuer och referenser.'),
    asset('Arbetstidsuppgifter', 'Lön och pension', 'prioritised', [1, 3, 2, 2], ['planering'], 'Arbetad tid, jour och beredskap.'),
    asset('Kompetens- och utbildningsregister', 'Kompetensförsörjning', 'normal', [1, 2, 1, 1], ['verksamhet'], 'Genomförda utbildningar och legitimationer.'),
    asset('Företagshälsovårdsjournal', 'Företagshälsovård', 'business-critical', [3, 3, 2, 3], ['journal'], 'Journal för medarbetares besök.'),
    asset('Pensionsuppgifter', 'Lön och pension', 'prioritised', [2, 3, 1, 2], ['hr'], 'Pensionsgrundande uppgifter.')
  ],
  regional: [
    asset('Kundregister kollektivtrafik', 'Kollektivtrafik', 'prioritised', [2, 2, 2, 2], ['verksamhet'], 'Resenärer, kort och reskassa.'),
    asset('Trafikdata och tidtabeller', 'Kollektivtrafik', 'normal', [0, 2, 3, 1], ['planering'], 'Linjer, turer och realtidsdata.'),
    asset('Färdtjänsttillstånd', 'Kollektivtrafik', 'prioritised', [3, 3, 2, 2], ['verksamhet'], 'Beslut om färdtjänst med hälsouppgifter.'),
    asset('Elevregister folkhögskola', 'Utbildning', 'prioritised', [2, 2, 1, 1], ['verksamhet'], 'Deltagare, närvaro och intyg.'),
    asset('Bidragsansökningar', 'Regional utveckling', 'normal', [1, 2, 1, 2], ['dokument'], 'Ansökningar om projekt- och företagsstöd.'),
    asset('Samlingsregister', 'Kultur', 'normal', [0, 2, 1, 1], ['verksamhet'], 'Föremål och arkivalier.'),
    asset('Statistikunderlag', 'Regional utveckling', 'normal', [1, 2, 1, 1], ['verksamhet'], 'Statistik om länets utveckling.'),
    asset('Deltagarlistor för evenemang', 'Kultur', 'normal', [1, 1, 1, 1], ['moln'], 'Anmälningar till kurser och evenemang.')
  ]
};
