/**
 * The demo region's organisation: förvaltningar › områden › avdelningar › enheter, modelled on a
 * mid-sized Swedish region (the seeds' Region Jämtland Härjedalen: an acute hospital, primary care
 * in the county's municipalities, dental care, shared services and regional development).
 * Order matters: the demo keeps the first children of each unit when it is scaled down, so the
 * units the demo personas belong to, and a few business-critical ones, come first.
 */

/** What kind of work a unit does; it decides job titles, systems, assets and processing in the demo. */
export type UnitProfile =
  | 'ledning'
  | 'sakerhet'
  | 'ekonomi'
  | 'hr'
  | 'akut'
  | 'vard'
  | 'primarvard'
  | 'lab'
  | 'bild'
  | 'lakemedel'
  | 'vardadmin'
  | 'it'
  | 'service'
  | 'tandvard'
  | 'regional';

export interface UnitBlueprint {
  readonly name: string;
  /** Inherited from the parent when absent. */
  readonly profile?: UnitProfile;
  /** A business-critical area (R-RSK-1, R-SYS-2): needs a risk analysis and a dependency analysis. */
  readonly businessCritical?: boolean;
  readonly children: readonly UnitBlueprint[];
}

export interface AdministrationBlueprint extends UnitBlueprint {
  readonly profile: UnitProfile;
  /** Share of the region's staff working in this förvaltning. */
  readonly staffShare: number;
  /** The personuppgiftsansvarig nämnd for its processing (R-ROPA). */
  readonly controller: string;
  readonly directorTitle: string;
  /** Title of the chief of an avdelning: verksamhetschef in health care (HSL), avdelningschef elsewhere. */
  readonly departmentChiefTitle: string;
}

type UnitEntry = string | readonly [string, 'critical'];

const unit = (entry: UnitEntry): UnitBlueprint =>
  typeof entry === 'string' ? { name: entry, children: [] } : { name: entry[0], businessCritical: true, children: [] };

const dept = (name: string, profile: UnitProfile | undefined, units: readonly UnitEntry[], critical = false): UnitBlueprint => ({
  name,
  profile,
  businessCritical: critical,
  children: units.map(unit)
});

const area = (name: string, profile: UnitProfile | undefined, departments: readonly UnitBlueprint[], critical = false): UnitBlueprint => ({
  name,
  profile,
  businessCritical: critical,
  children: departments
});

export const REGION_ORGANISATION: readonly AdministrationBlueprint[] = [
  {
    name: 'Hälso- och sjukvårdsförvaltningen',
    profile: 'vard',
    staffShare: 0.7,
    controller: 'Hälso- och sjukvårdsnämnden',
    directorTitle: 'Hälso- och sjukvårdsdirektör',
    departmentChiefTitle: 'Verksamhetschef',
    children: [
      area(
        'Område Akutsjukvård',
        'akut',
        [
          dept('Akutmottagningen', 'akut', ['Akutmottagning Östersund', 'Akutvårdsavdelningen', 'Observationsenheten'], true),
          dept('Ambulanssjukvården', 'akut', [['Ambulansdirigering', 'critical'], 'Ambulansstation Östersund', 'Ambulansstation Sveg', 'Ambulansstation Strömsund'], true),
          dept('Intensivvården', 'akut', [['Intensivvårdsavdelningen (IVA)', 'critical'], 'Postoperativa avdelningen'], true)
        ],
        true
      ),
      area(
        'Område Diagnostik',
        undefined,
        [
          dept('Laboratoriemedicin', 'lab', ['Klinisk kemi', 'Klinisk mikrobiologi', 'Klinisk patologi och cytologi', ['Transfusionsmedicin och blodcentralen', 'critical']], true),
          dept('Bild- och funktionsmedicin', 'bild', ['Röntgen Östersund', 'Röntgen Sveg', 'Klinisk fysiologi', 'Nuklearmedicin'], true)
        ],
        true
      ),
      area('Område Kirurgi', 'vard', [
        dept('Operation och anestesi', 'vard', [['Centraloperation', 'critical'], 'Dagkirurgiska enheten', 'Anestesimottagningen', ['Sterilcentralen', 'critical']], true),
        dept('Kirurgkliniken', 'vard', ['Vårdavdelning 21', 'Vårdavdelning 22', 'Kirurgmottagningen']),
        dept('Ortopedkliniken', 'vard', ['Ortopedavdelning 24', 'Ortopedmottagningen', 'Handkirurgiska mottagningen']),
        dept('Urologkliniken', 'vard', ['Urologmottagningen', 'Urologavdelningen'])
      ]),
      area('Område Medicin', 'vard', [
        dept('Medicinkliniken', 'vard', ['Vårdavdelning 3', 'Vårdavdelning 4', 'Hjärtintensiven (HIA)', 'Medicinmottagningen']),
        dept('Infektionskliniken', 'vard', ['Infektionsavdelningen', 'Vårdhygien', 'Smittskyddsenheten']),
        dept('Njurmedicin', 'vard', [['Dialysenheten', 'critical'], 'Njurmottagningen']),
        dept('Geriatrik och strokevård', 'vard', ['Strokeenheten', 'Geriatriska avdelningen'])
      ]),
      area('Område Barn och kvinna', 'vard', [
        dept('Kvinnokliniken', 'vard', [['Förlossningen', 'critical'], 'BB-avdelningen', 'Kvinnomottagningen', 'Mödrahälsovården']),
        dept('Barn- och ungdomskliniken', 'vard', ['Barnavdelningen', 'Barnmottagningen', 'Neonatalavdelningen']),
        dept('Barn- och ungdomspsykiatrin', 'vard', ['BUP-mottagning Östersund', 'BUP-mottagning Sveg'])
      ]),
      area('Område Psykiatri', 'vard', [
        dept('Vuxenpsykiatrin', 'vard', [['Psykiatriska akutmottagningen', 'critical'], 'Vårdavdelning 53', 'Allmänpsykiatriska mottagningen']),
        dept('Rättspsykiatrin', 'vard', ['Rättspsykiatriska avdelningen']),
        dept('Beroendevården', 'vard', ['Beroendemottagningen', 'Mottagningen för läkemedelsassisterad behandling'])
      ]),
      area('Område Primärvård', 'primarvard', [
        dept('Hälsocentraler Östersund', 'primarvard', ['Hälsocentral Z-gränd', 'Hälsocentral Lugnvik', 'Hälsocentral Odensala', 'Hälsocentral Brittsbo']),
        dept('Hälsocentraler norr', 'primarvard', ['Hälsocentral Strömsund', 'Hälsocentral Hammarstrand', 'Hälsocentral Krokom', 'Hälsocentral Föllinge']),
        dept('Hälsocentraler söder', 'primarvard', ['Hälsocentral Sveg', 'Hälsocentral Funäsdalen', 'Hälsocentral Bräcke', 'Hälsocentral Hede']),
        dept('Barnhälsovård och ungdomsmottagningar', 'primarvard', ['Barnhälsovårdsenheten', 'Ungdomsmottagningen Östersund'])
      ]),
      area('Område Rehabilitering och habilitering', 'vard', [
        dept('Rehabiliteringsmedicin', 'vard', ['Rehabiliteringsavdelningen', 'Arbetsterapin', 'Fysioterapin']),
        dept('Habiliteringen', 'vard', ['Barn- och ungdomshabiliteringen', 'Vuxenhabiliteringen']),
        dept('Hörsel och syn', 'vard', ['Hörselvården', 'Syncentralen', 'Ögonmottagningen'])
      ]),
      area('Område Cancer och specialistvård', 'vard', [
        dept('Onkologi', 'vard', ['Onkologmottagningen', 'Strålbehandlingen', 'Cytostatikaenheten']),
        dept('Hudkliniken', 'vard', ['Hudmottagningen']),
        dept('Öron-, näs- och halskliniken', 'vard', ['ÖNH-mottagningen', 'Logopedmottagningen'])
      ]),
      area('Område Vårdadministration och läkemedel', 'vardadmin', [
        dept('Läkemedel och sjukhusapotek', 'lakemedel', ['Läkemedelsenheten', ['Läkemedelsförsörjningen', 'critical']], true),
        dept('Vårdadministration', 'vardadmin', ['Patientadministrationen', 'Sjukresor', 'Medicinska sekreterare']),
        dept('1177 och vårdgaranti', 'vardadmin', ['1177 Vårdguiden på telefon', 'Vårdgarantikansliet'])
      ])
    ]
  },
  {
    name: 'Regionstaben',
    profile: 'ledning',
    staffShare: 0.06,
    controller: 'Regionstyrelsen',
    directorTitle: 'Regionstabschef',
    departmentChiefTitle: 'Avdelningschef',
    children: [
      area('Område Säkerhet och beredskap', 'sakerhet', [
        dept('Säkerhet och beredskap', 'sakerhet', ['Informationssäkerhet', 'Krisberedskap', 'Säkerhetsenheten'], true),
        dept('Samordningskansliet', 'sakerhet', ['Dataskydd', 'Strategisk samordning'])
      ]),
      area('Område Ledningsstöd', 'ledning', [
        dept('Kansliavdelningen', 'ledning', ['Nämndsekretariatet', 'Registratur och arkiv', 'Juridiska enheten']),
        dept('Kvalitet och patientsäkerhet', 'ledning', ['Patientsäkerhetsenheten', 'Kvalitetsledning', 'Patientnämndens kansli'])
      ]),
      area('Område Ekonomi', 'ekonomi', [dept('Ekonomiavdelningen', 'ekonomi', ['Redovisning', 'Controllerenheten', 'Upphandlingsenheten'])]),
      area('Område HR', 'hr', [dept('HR-avdelningen', 'hr', ['HR-stöd', 'Lön och pension', 'Kompetensförsörjning', 'Företagshälsovården'])]),
      area('Område Kommunikation', 'ledning', [dept('Kommunikationsavdelningen', 'ledning', ['Webb och digitala kanaler', 'Press och intern kommunikation'])])
    ]
  },
  {
    name: 'Regionservice',
    profile: 'service',
    staffShare: 0.12,
    controller: 'Regionstyrelsen',
    directorTitle: 'Servicedirektör',
    departmentChiefTitle: 'Avdelningschef',
    children: [
      area(
        'Område Digitalisering och IT',
        'it',
        [
          dept('IT-drift', 'it', [['Serverdrift', 'critical'], ['Nätverk och telefoni', 'critical'], 'Klientdrift'], true),
          dept('IT-förvaltning', 'it', ['Systemförvaltning vård', 'Systemförvaltning administration', 'Integrationer']),
          dept('IT-support', 'it', ['Servicedesk', 'Fältservice']),
          dept('Medicinsk teknik', 'it', ['MT-service', 'MT-IT'])
        ],
        true
      ),
      area('Område Fastighet', 'service', [
        dept('Fastighetsförvaltning', 'service', ['Drift och underhåll', 'Lokalförsörjning']),
        dept('Säkerhet och passage', 'service', ['Bevakning och larm', 'Passage och kort'])
      ]),
      area('Område Service och logistik', 'service', [
        dept('Logistik', 'service', ['Centralförrådet', 'Transporter', 'Post och godsmottagning']),
        dept('Måltidsservice', 'service', ['Sjukhusköket', 'Patientmåltider']),
        dept('Lokalvård', 'service', ['Lokalvård Östersund', 'Lokalvård länet'])
      ]),
      area('Område Tolk och kontaktcenter', 'service', [
        dept('Tolkförmedlingen', 'service', ['Tolkförmedling']),
        dept('Kontaktcenter', 'service', [['Växel och kontaktcenter', 'critical']])
      ])
    ]
  },
  {
    name: 'Folktandvården',
    profile: 'tandvard',
    staffShare: 0.08,
    controller: 'Hälso- och sjukvårdsnämnden',
    directorTitle: 'Tandvårdsdirektör',
    departmentChiefTitle: 'Verksamhetschef',
    children: [
      area('Område Allmäntandvård', 'tandvard', [
        dept('Allmäntandvård Östersund', 'tandvard', ['Folktandvården Centrum', 'Folktandvården Lugnvik', 'Folktandvården Odenskog']),
        dept('Allmäntandvård norr', 'tandvard', ['Folktandvården Strömsund', 'Folktandvården Krokom', 'Folktandvården Järpen']),
        dept('Allmäntandvård söder', 'tandvard', ['Folktandvården Sveg', 'Folktandvården Bräcke'])
      ]),
      area('Område Specialisttandvård', 'tandvard', [
        dept('Specialisttandvården', 'tandvard', ['Käkkirurgi', 'Ortodonti', 'Pedodonti', 'Sjukhustandvården'])
      ])
    ]
  },
  {
    name: 'Regionala utvecklingsförvaltningen',
    profile: 'regional',
    staffShare: 0.04,
    controller: 'Regionala utvecklingsnämnden',
    directorTitle: 'Regional utvecklingsdirektör',
    departmentChiefTitle: 'Avdelningschef',
    children: [
      area('Område Kollektivtrafik', 'regional', [dept('Kollektivtrafikmyndigheten', 'regional', ['Trafikplanering', 'Kundtjänst kollektivtrafik'])]),
      area('Område Kultur och bildning', 'regional', [
        dept('Kultur', 'regional', ['Regionbiblioteket', 'Kulturutveckling']),
        dept('Folkhögskolan', 'regional', ['Folkhögskolan Birka', 'Kurs- och konferens'])
      ]),
      area('Område Näringsliv och samhällsutveckling', 'regional', [
        dept('Näringsliv', 'regional', ['Företagsstöd', 'Besöksnäring']),
        dept('Samhällsplanering', 'regional', ['Regional planering', 'Statistik och analys'])
      ])
    ]
  }
];
