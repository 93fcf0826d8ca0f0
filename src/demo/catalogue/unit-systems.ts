import type { UnitProfile } from './organisation';

/** Systems that exist per unit: medical device software and local databases (the long tail of the 700). */
export interface UnitSystemBlueprint {
  readonly name: string;
  readonly profiles: readonly UnitProfile[];
  readonly personalData: boolean;
  /** Critical for care in acute units: samhällsviktig where it runs. */
  readonly societallyImportantIn?: readonly UnitProfile[];
}

const device = (name: string, profiles: readonly UnitProfile[], societallyImportantIn?: readonly UnitProfile[]): UnitSystemBlueprint => ({
  name,
  profiles,
  personalData: true,
  societallyImportantIn
});

export const MEDICAL_DEVICE_SYSTEMS: readonly UnitSystemBlueprint[] = [
  device('Patientövervakningssystem', ['akut', 'vard'], ['akut']),
  device('Infusionspumpar med läkemedelsbibliotek', ['akut', 'vard'], ['akut']),
  device('EKG-arbetsstation', ['akut', 'vard', 'primarvard']),
  device('Ultraljudsarbetsstation', ['vard', 'bild', 'primarvard', 'akut']),
  device('Blodgasinstrument', ['akut', 'vard', 'lab'], ['akut']),
  device('Spirometrisystem', ['primarvard', 'vard']),
  device('Endoskopisystem', ['vard']),
  device('Anestesiapparater med journalkoppling', ['akut', 'vard']),
  device('CTG-övervakning', ['vard']),
  device('Dialysmaskiner', ['vard']),
  device('Audiometer', ['vard', 'primarvard']),
  device('OCT och ögonbildsystem', ['vard']),
  device('Röntgenutrustning', ['bild', 'tandvard', 'akut']),
  device('Intraorala röntgensensorer', ['tandvard']),
  device('Tandläkarunitar med programvara', ['tandvard']),
  device('Laboratorieinstrument', ['lab', 'primarvard']),
  device('Provsorteringsrobot', ['lab']),
  device('Digital mikroskopi', ['lab']),
  device('Patientnära analysinstrument', ['primarvard', 'akut', 'vard']),
  device('Telemedicinsk utrustning', ['primarvard']),
  device('Arbetsprov och ergometri', ['bild', 'vard']),
  device('Gammakamera', ['bild']),
  device('Datortomograf', ['bild'], ['bild']),
  device('Magnetkamera', ['bild']),
  device('Diskdesinfektorer med spårbarhet', ['vard', 'akut']),
  device('Sänglarm och trygghetslarm', ['vard', 'akut']),
  device('Videolaryngoskop', ['akut']),
  device('Defibrillatorer med dataöverföring', ['akut', 'vard', 'primarvard']),
  device('Bladderscanner', ['vard', 'primarvard']),
  device('Sömnregistrering', ['vard']),
  device('Hörapparatsanpassning', ['vard']),
  device('Tandtekniskt CAD/CAM-system', ['tandvard']),
  device('Sterilisatorer med batchdokumentation', ['tandvard', 'vard'])
];

const local = (name: string, personalData = true): UnitSystemBlueprint => ({
  name,
  profiles: ['akut', 'vard', 'primarvard', 'lab', 'bild', 'lakemedel', 'vardadmin', 'tandvard', 'it', 'service', 'ledning', 'sakerhet', 'ekonomi', 'hr', 'regional'],
  personalData
});

export const LOCAL_SYSTEMS: readonly UnitSystemBlueprint[] = [
  local('Lokal kvalitetsdatabas'),
  local('Väntelista i Excel'),
  local('Access-databas för uppföljning'),
  local('Lokalt forskningsregister'),
  local('Bemanningsplanering i Excel'),
  local('Egenutvecklad bokningsapp'),
  local('Delad mapp med patientlistor'),
  local('Implantatregister'),
  local('Inventarieförteckning', false),
  local('Statistikdatabas', false),
  local('Lokal tidbok'),
  local('Kontaktlista för jour och beredskap'),
  local('Uppföljning av vårdskador'),
  local('Nyckel- och kortförteckning'),
  local('Dokumentation av introduktion')
];
