import type { SystemKind } from './system-kinds';
import type { UnitPathKey } from './unit-paths';

/** A named IT system of the region (R-SYS). */
export interface SystemBlueprint {
  readonly name: string;
  readonly kind: SystemKind;
  readonly home: UnitPathKey;
  readonly description: string;
  /** samhällsviktig (R-SYS-1) */
  readonly societallyImportant: boolean;
  readonly personalData: boolean;
  readonly cloud: boolean;
  readonly lifecycle: 'planned' | 'active' | 'retired';
  /** A demo persona who owns or administers it, so the personas' stories hold at every scale. */
  readonly ownedBy?: 'systemOwner';
  readonly administeredBy?: 'systemAdministrator' | 'consultant';
}

interface Flags {
  si?: boolean;
  pd?: boolean;
  cloud?: boolean;
  lifecycle?: SystemBlueprint['lifecycle'];
  owner?: SystemBlueprint['ownedBy'];
  admin?: SystemBlueprint['administeredBy'];
}

const sys = (name: string, kind: SystemKind, home: UnitPathKey, description: string, flags: Flags = {}): SystemBlueprint => ({
  name,
  kind,
  home,
  description,
  societallyImportant: flags.si ?? false,
  personalData: flags.pd ?? true,
  cloud: flags.cloud ?? false,
  lifecycle: flags.lifecycle ?? 'active',
  ownedBy: flags.owner,
  administeredBy: flags.admin
});

/**
 * The region's core systems, the most important first: a scaled-down demo keeps the first ones,
 * so the societally important systems and the personas' systems are always there.
 */
export const CORE_SYSTEMS: readonly SystemBlueprint[] = [
  sys('COSMIC', 'journal', 'hos', 'Regionens vårdinformationssystem (Cambio COSMIC): journal, ordination, remisser, vårdadministration och beslutsstöd.', { si: true, owner: 'systemOwner', admin: 'systemAdministrator' }),
  sys('Sectra IDS7 PACS', 'pacs', 'bild', 'Bildarkiv och granskning av röntgen, CT, MR och ultraljud.', { si: true }),
  sys('Flexlab', 'lab', 'lab', 'Laboratoriedatasystem för klinisk kemi: beställning, analys och svar.', { si: true }),
  sys('Ambulink ambulansjournal', 'journal', 'ambulans', 'Mobil ambulansjournal med överföring av vitalparametrar till akutmottagningen.', { si: true }),
  sys('Active Directory och Entra ID', 'infrastruktur', 'itDrift', 'Katalogtjänst för konton, grupper och inloggning till regionens system.', { si: true, admin: 'consultant' }),
  sys('Nätverksinfrastruktur (LAN/WAN, brandväggar)', 'infrastruktur', 'natverk', 'Regionens nät mellan sjukhus, hälsocentraler och tandvårdskliniker, med brandväggar och VPN.', { si: true, pd: false }),
  sys('Telefoniplattform MX-ONE', 'kommunikation', 'natverk', 'Växel- och telefoniplattform för sjukhus och hälsocentraler.', { si: true }),
  sys('Journalen (1177)', 'e-tjanst', 'e1177', 'Invånarnas åtkomst till sin journal via nätet (Inera).', { owner: 'systemOwner' }),
  sys('Sectra RIS', 'pacs', 'bild', 'Röntgeninformationssystem: remisser, tidbokning och svar.', { si: true }),
  sys('ProSang', 'lab', 'blodcentral', 'Blodverksamhetssystem för blodgivare, blodkomponenter och transfusioner.', { si: true }),
  sys('Pascal', 'lakemedel', 'lakemedel', 'Ordination av dosdispenserade läkemedel (Inera).', { si: true }),
  sys('Rakel', 'kommunikation', 'krisberedskap', 'Radiokommunikation för skydd och säkerhet vid kris och katastrof.', { si: true, pd: false }),
  sys('CoordCom ambulansdirigering', 'kommunikation', 'ambulans', 'Dirigering av ambulanser tillsammans med SOS Alarm.', { si: true }),
  sys('Centricity Critical Care', 'journal', 'iva', 'Intensivvårdsjournal med automatisk insamling från övervakningsutrustning.', { si: true }),
  sys('Obstetrix', 'journal', 'kvinna', 'Förlossnings- och mödravårdsjournal med CTG-övervakning.', { si: true, owner: 'systemOwner' }),
  sys('Orbit operationsplanering', 'planering', 'operation', 'Planering och dokumentation av operationer.', { si: true }),
  sys('Microsoft 365', 'moln', 'itDrift', 'E-post, Teams, SharePoint och OneDrive för alla medarbetare.', { si: true, cloud: true }),
  sys('Citrix Virtual Apps', 'infrastruktur', 'itDrift', 'Publicering av applikationer till vårdens arbetsstationer.', { si: true, admin: 'consultant' }),
  sys('VMware vSphere', 'infrastruktur', 'itDrift', 'Virtualiseringsplattform för regionens servrar.', { si: true, pd: false, admin: 'consultant' }),
  sys('Veeam säkerhetskopiering', 'infrastruktur', 'itDrift', 'Säkerhetskopiering och återläsning av servrar och databaser.', { si: true }),
  sys('Integrationsmotor (Rhapsody)', 'integration', 'integrationer', 'Meddelandeflöden mellan journal, labb, röntgen och nationella tjänster.', { si: true }),
  sys('HSA-katalogen', 'nationell', 'itForvaltning', 'Nationell katalog över personal och verksamheter i vården (Inera).', { si: true }),
  sys('SITHS och eTjänstekort', 'infrastruktur', 'itDrift', 'Kort och certifikat för stark autentisering i vården.', { si: true }),
  sys('T4 tandvårdsjournal', 'tandvard', 'tandvard', 'Folktandvårdens journal-, boknings- och ekonomisystem.', { si: true }),
  sys('Aria strålbehandling', 'medicinteknik', 'onkologi', 'Planering och styrning av strålbehandling.', { si: true }),
  sys('IntelliVue Information Center', 'medicinteknik', 'iva', 'Central övervakning av patienter på intensivvård och hjärtintensiv.', { si: true }),
  sys('Euclid dialysjournal', 'medicinteknik', 'njur', 'Dokumentation och styrning av dialysbehandlingar.', { si: true }),
  sys('T-DOC sterilspårbarhet', 'medicinteknik', 'operation', 'Spårbarhet för instrument genom sterilcentralen.', { si: true, pd: false }),
  sys('Identitets- och behörighetshantering (IAM)', 'infrastruktur', 'itDrift', 'Beställning, tilldelning och borttag av behörigheter.', { si: true }),
  sys('PKI och certifikatstjänst', 'infrastruktur', 'itDrift', 'Regionens certifikatutfärdare för servrar och tjänster.', { si: true, pd: false }),
  sys('Säkerhetsövervakning (SIEM)', 'infrastruktur', 'itDrift', 'Insamling och analys av säkerhetsloggar, kopplad till SOC.', { si: true }),
  sys('WIS', 'kommunikation', 'krisberedskap', 'Nationellt webbaserat informationssystem för krisledning (MSB).', { si: true, pd: false }),
  sys('Everbridge utalarmering', 'kommunikation', 'krisberedskap', 'Utalarmering av personal vid allvarlig händelse.', { si: true, cloud: true }),
  sys('Puzzel kontaktcenter', 'kommunikation', 'kontaktcenter', 'Kontaktcenter och köhantering för växel och 1177.', { si: true, cloud: true }),
  sys('Passersystem', 'infrastruktur', 'passage', 'Passerkort, behörigheter till lokaler och passageloggar.', { si: true }),
  sys('Nationell patientöversikt (NPÖ)', 'nationell', 'hos', 'Sammanhållen journalföring: åtkomst till andra vårdgivares journaluppgifter.', { owner: 'systemOwner' }),
  sys('1177 e-tjänster', 'e-tjanst', 'e1177', 'Invånarnas ärenden, bokningar och meddelanden till vården.'),
  sys('Alltid öppet', 'e-tjanst', 'e1177', 'Videomöten med vården för invånare.', { cloud: true, owner: 'systemOwner' }),
  sys('Stöd och behandling', 'e-tjanst', 'psykiatri', 'Internetbaserad behandling (KBT) via 1177.'),
  sys('Webcert', 'nationell', 'hos', 'Utfärdande av medicinska intyg (Inera).'),
  sys('Nationella läkemedelslistan', 'nationell', 'lakemedel', 'Samlad bild av förskrivna och uthämtade läkemedel (E-hälsomyndigheten).'),
  sys('SmiNet', 'nationell', 'smittskydd', 'Anmälan av smittsamma sjukdomar (Folkhälsomyndigheten).'),
  sys('Svevac', 'verksamhet', 'primarvard', 'Registrering av vaccinationer.'),
  sys('Clinisys mikrobiologi', 'lab', 'lab', 'Laboratoriesystem för klinisk mikrobiologi.'),
  sys('Sympathy', 'lab', 'lab', 'Laboratoriesystem för patologi och cytologi.'),
  sys('Cobas IT 1000', 'lab', 'lab', 'Hantering av patientnära analysinstrument.'),
  sys('Sectra UniView', 'pacs', 'bild', 'Bildvisning i journalen för remittenter.'),
  sys('Sectra mammografiscreening', 'pacs', 'bild', 'Kallelser och granskning i mammografiscreeningen.'),
  sys('MUSE EKG-system', 'medicinteknik', 'medicin', 'Lagring och tolkning av EKG.'),
  sys('Cytodos', 'lakemedel', 'onkologi', 'Ordination och beredning av cytostatika.'),
  sys('Omnicell läkemedelsautomater', 'lakemedel', 'lakemedel', 'Läkemedelsskåp med uttagskontroll på vårdavdelningar.'),
  sys('Janusmed', 'lakemedel', 'lakemedel', 'Kunskapsstöd för interaktioner och läkemedelsval.', { pd: false, cloud: true }),
  sys('Apoteksbeställning (sjukhusapotek)', 'lakemedel', 'lakemedel', 'Beställning av läkemedel till avdelningar och mottagningar.', { pd: false }),
  sys('Lifecare SP', 'planering', 'vardadmin', 'Samordnad individuell planering med kommunerna vid utskrivning.'),
  sys('Time Care Planering', 'planering', 'hr', 'Schemaläggning och bemanning.'),
  sys('Time Care Pool', 'planering', 'hr', 'Bokning av timanställda och bemanningspool.'),
  sys('Heroma', 'hr', 'hr', 'Personal- och lönesystem: anställningar, lön, frånvaro och självservice.'),
  sys('Varbi rekrytering', 'hr', 'hr', 'Annonsering och hantering av ansökningar.', { cloud: true }),
  sys('Företagshälsovårdens journal', 'journal', 'fhv', 'Journal för företagshälsovårdens insatser för medarbetare.'),
  sys('Raindance', 'ekonomi', 'ekonomi', 'Ekonomisystem: redovisning, leverantörs- och kundreskontra.'),
  sys('Proceedo', 'ekonomi', 'ekonomi', 'E-handel och fakturahantering.', { cloud: true }),
  sys('Hypergene', 'ekonomi', 'ekonomi', 'Budget, prognos och verksamhetsuppföljning.', { pd: false, cloud: true }),
  sys('TendSign', 'ekonomi', 'upphandling', 'Upphandlingsverktyg för annonsering och anbud.', { cloud: true }),
  sys('Patientavgifter och fakturering', 'ekonomi', 'vardadmin', 'Debitering av patientavgifter och högkostnadsskydd.'),
  sys('Public 360', 'dokument', 'arkiv', 'Diarium och ärendehantering.'),
  sys('Centuri', 'dokument', 'kvalitet', 'Ledningssystem och styrdokument, med rådets minnesanteckningar.'),
  sys('E-arkiv', 'dokument', 'arkiv', 'Långtidsbevarande av elektroniska handlingar.'),
  sys('Journalarkiv (skannade journaler)', 'dokument', 'arkiv', 'Äldre pappersjournaler i skannad form.'),
  sys('Synergi avvikelsehantering', 'verksamhet', 'kvalitet', 'Rapportering och utredning av avvikelser, tillbud och risker.'),
  sys('Loggranskningssystem', 'verksamhet', 'kvalitet', 'Uppföljning av åtkomst till patientuppgifter (loggkontroll enligt patientdatalagen).', { si: true }),
  sys('Stratsys', 'verksamhet', 'regionstaben', 'Verksamhetsplanering och måluppföljning.', { pd: false, cloud: true }),
  sys('Qlik Sense', 'verksamhet', 'ekonomi', 'Analys och rapporter ur vårdens och ekonomins data.'),
  sys('Utbildningsportalen (LMS)', 'verksamhet', 'hr', 'Webbutbildningar, bland dem regionens mikroutbildning i informationssäkerhet.', { cloud: true }),
  sys('Sitevision webbplats', 'verksamhet', 'kommunikation', 'Regionens externa webbplats.', { pd: false, cloud: true }),
  sys('Sitevision intranät', 'verksamhet', 'kommunikation', 'Regionens intranät.'),
  sys('ServiceNow', 'moln', 'itSupport', 'Ärendehantering och konfigurationsdatabas för IT.', { cloud: true }),
  sys('Microsoft Intune', 'infrastruktur', 'itDrift', 'Hantering av datorer och mobiler.', { cloud: true }),
  sys('Microsoft Defender för endpoint', 'infrastruktur', 'itDrift', 'Skydd mot skadlig kod och EDR.', { cloud: true }),
  sys('Utskriftshantering (uniFLOW)', 'infrastruktur', 'itDrift', 'Säker utskrift med kortinloggning.'),
  sys('Säker digital kommunikation (SDK)', 'nationell', 'arkiv', 'Säker meddelandeöverföring mellan myndigheter.'),
  sys('Infektionsverktyget', 'nationell', 'smittskydd', 'Registrering av vårdrelaterade infektioner och antibiotika (Inera).'),
  sys('e-Frikort', 'nationell', 'vardadmin', 'Nationellt högkostnadsskydd (Inera).'),
  sys('Väntetider i vården', 'nationell', 'e1177', 'Inrapportering av väntetider (SKR).', { pd: false }),
  sys('Svenska Intensivvårdsregistret', 'kvalitetsregister', 'iva', 'Nationellt kvalitetsregister för intensivvård.'),
  sys('Riksstroke', 'kvalitetsregister', 'medicin', 'Nationellt kvalitetsregister för strokevård.'),
  sys('Nationella diabetesregistret', 'kvalitetsregister', 'primarvard', 'Nationellt kvalitetsregister för diabetesvård.'),
  sys('Senior alert', 'kvalitetsregister', 'medicin', 'Förebyggande vård för äldre: fall, trycksår, undernäring.'),
  sys('Swedeheart', 'kvalitetsregister', 'medicin', 'Nationellt kvalitetsregister för hjärtsjukvård.'),
  sys('Svenska ledprotesregistret', 'kvalitetsregister', 'operation', 'Nationellt kvalitetsregister för höft- och knäproteser.'),
  sys('INCA cancerregister', 'kvalitetsregister', 'onkologi', 'Regionala cancercentrums kvalitetsregister.'),
  sys('Graviditetsregistret', 'kvalitetsregister', 'kvinna', 'Nationellt kvalitetsregister för mödra- och förlossningsvård.'),
  sys('Svenska palliativregistret', 'kvalitetsregister', 'onkologi', 'Nationellt kvalitetsregister för vård i livets slutskede.'),
  sys('Auditbase', 'journal', 'horsel', 'Journal och audiometri för hörselvården.'),
  sys('WebSesam hjälpmedel', 'verksamhet', 'rehab', 'Förskrivning och logistik för hjälpmedel.'),
  sys('Planet sjukresor', 'verksamhet', 'sjukresor', 'Beställning och samordning av sjukresor.'),
  sys('Tolkportalen', 'verksamhet', 'tolk', 'Beställning och förmedling av tolkar.'),
  sys('Romexis', 'tandvard', 'tandvard', 'Röntgen och bildhantering i tandvården.'),
  sys('Digital diktering (Winscribe)', 'verksamhet', 'vardadmin', 'Diktering och skrivkö för medicinska sekreterare.'),
  sys('Utskick av kallelser', 'verksamhet', 'vardadmin', 'Digitala och tryckta kallelser till patienter.', { cloud: true }),
  sys('Matilda måltidssystem', 'verksamhet', 'maltid', 'Beställning av patientmåltider och specialkost.'),
  sys('Lagersystem Centralförrådet', 'verksamhet', 'logistik', 'Lager, beställningar och leveranser till vården.', { pd: false }),
  sys('Vitec fastighetssystem', 'verksamhet', 'fastighet', 'Fastighetsförvaltning, hyror och underhåll.', { pd: false }),
  sys('Milestone kameraövervakning', 'infrastruktur', 'passage', 'Kameraövervakning av entréer och akutmottagning.'),
  sys('Hogia trafikplanering', 'planering', 'kollektivtrafik', 'Planering av linjer, turer och fordon.', { pd: false }),
  sys('Biljett- och betalsystem', 'verksamhet', 'kollektivtrafik', 'Biljetter, reskassa och kundkonton i kollektivtrafiken.', { cloud: true }),
  sys('SchoolSoft', 'verksamhet', 'folkhogskola', 'Elevadministration för folkhögskolan.', { cloud: true }),
  sys('Koha bibliotekssystem', 'verksamhet', 'kultur', 'Regionbibliotekets katalog och lån.'),
  sys('Melior', 'journal', 'hos', 'Tidigare journalsystem, ersatt av COSMIC; kvar för läsning.', { lifecycle: 'retired' }),
  sys('VAS', 'journal', 'vardadmin', 'Äldre patientadministrativt system, avvecklat.', { lifecycle: 'retired' }),
  sys('Digital patologi (införande)', 'lab', 'lab', 'Helsnittsskanning och digital granskning av patologipreparat.', { lifecycle: 'planned' }),
  sys('Vårdhandboken', 'nationell', 'hos', 'Kunskapsstöd för vårdens metoder (Inera).', { pd: false, cloud: true }),
  sys('Kliniskt kunskapsstöd', 'nationell', 'primarvard', 'Nationellt kunskapsstöd för primärvården (Inera).', { pd: false, cloud: true })
];
