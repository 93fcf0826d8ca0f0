/** Unit paths in the organisation catalogue that the other catalogues point at (a system's home, a council member's unit). */
const HOS = 'Hälso- och sjukvårdsförvaltningen';
const RS = 'Regionstaben';
const RSE = 'Regionservice';
const IT = 'Område Digitalisering och IT';
const VA = 'Område Vårdadministration och läkemedel';

export const UNIT_PATHS = {
  hos: [HOS],
  akut: [HOS, 'Område Akutsjukvård'],
  akutmottagning: [HOS, 'Område Akutsjukvård', 'Akutmottagningen'],
  ambulans: [HOS, 'Område Akutsjukvård', 'Ambulanssjukvården'],
  iva: [HOS, 'Område Akutsjukvård', 'Intensivvården'],
  lab: [HOS, 'Område Diagnostik', 'Laboratoriemedicin'],
  blodcentral: [HOS, 'Område Diagnostik', 'Laboratoriemedicin', 'Transfusionsmedicin och blodcentralen'],
  bild: [HOS, 'Område Diagnostik', 'Bild- och funktionsmedicin'],
  operation: [HOS, 'Område Kirurgi', 'Operation och anestesi'],
  kvinna: [HOS, 'Område Barn och kvinna', 'Kvinnokliniken'],
  medicin: [HOS, 'Område Medicin', 'Medicinkliniken'],
  njur: [HOS, 'Område Medicin', 'Njurmedicin'],
  smittskydd: [HOS, 'Område Medicin', 'Infektionskliniken', 'Smittskyddsenheten'],
  psykiatri: [HOS, 'Område Psykiatri'],
  primarvard: [HOS, 'Område Primärvård'],
  rehab: [HOS, 'Område Rehabilitering och habilitering'],
  horsel: [HOS, 'Område Rehabilitering och habilitering', 'Hörsel och syn'],
  onkologi: [HOS, 'Område Cancer och specialistvård', 'Onkologi'],
  lakemedel: [HOS, VA, 'Läkemedel och sjukhusapotek'],
  vardadmin: [HOS, VA, 'Vårdadministration'],
  sjukresor: [HOS, VA, 'Vårdadministration', 'Sjukresor'],
  e1177: [HOS, VA, '1177 och vårdgaranti'],
  regionstaben: [RS],
  sakerhet: [RS, 'Område Säkerhet och beredskap', 'Säkerhet och beredskap'],
  krisberedskap: [RS, 'Område Säkerhet och beredskap', 'Säkerhet och beredskap', 'Krisberedskap'],
  kansli: [RS, 'Område Ledningsstöd', 'Kansliavdelningen'],
  arkiv: [RS, 'Område Ledningsstöd', 'Kansliavdelningen', 'Registratur och arkiv'],
  kvalitet: [RS, 'Område Ledningsstöd', 'Kvalitet och patientsäkerhet'],
  ekonomi: [RS, 'Område Ekonomi'],
  upphandling: [RS, 'Område Ekonomi', 'Ekonomiavdelningen', 'Upphandlingsenheten'],
  hr: [RS, 'Område HR'],
  fhv: [RS, 'Område HR', 'HR-avdelningen', 'Företagshälsovården'],
  kommunikation: [RS, 'Område Kommunikation'],
  itDrift: [RSE, IT, 'IT-drift'],
  natverk: [RSE, IT, 'IT-drift', 'Nätverk och telefoni'],
  itForvaltning: [RSE, IT, 'IT-förvaltning'],
  integrationer: [RSE, IT, 'IT-förvaltning', 'Integrationer'],
  itSupport: [RSE, IT, 'IT-support'],
  medicinskTeknik: [RSE, IT, 'Medicinsk teknik'],
  fastighet: [RSE, 'Område Fastighet'],
  passage: [RSE, 'Område Fastighet', 'Säkerhet och passage'],
  logistik: [RSE, 'Område Service och logistik', 'Logistik'],
  maltid: [RSE, 'Område Service och logistik', 'Måltidsservice'],
  tolk: [RSE, 'Område Tolk och kontaktcenter', 'Tolkförmedlingen'],
  kontaktcenter: [RSE, 'Område Tolk och kontaktcenter', 'Kontaktcenter'],
  tandvard: ['Folktandvården'],
  kollektivtrafik: ['Regionala utvecklingsförvaltningen', 'Område Kollektivtrafik'],
  folkhogskola: ['Regionala utvecklingsförvaltningen', 'Område Kultur och bildning', 'Folkhögskolan'],
  kultur: ['Regionala utvecklingsförvaltningen', 'Område Kultur och bildning', 'Kultur'],
  regionalUtveckling: ['Regionala utvecklingsförvaltningen']
} as const satisfies Record<string, readonly string[]>;

export type UnitPathKey = keyof typeof UNIT_PATHS;
