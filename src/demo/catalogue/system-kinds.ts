/** Kinds of IT systems in the demo region; the kind is written into the system's description. */
export type SystemKind =
  | 'journal'
  | 'lab'
  | 'pacs'
  | 'lakemedel'
  | 'ekonomi'
  | 'hr'
  | 'e-tjanst'
  | 'moln'
  | 'medicinteknik'
  | 'kvalitetsregister'
  | 'dokument'
  | 'infrastruktur'
  | 'kommunikation'
  | 'tandvard'
  | 'planering'
  | 'lokal'
  | 'integration'
  | 'nationell'
  | 'verksamhet';

export const SYSTEM_KIND_LABELS: Readonly<Record<SystemKind, string>> = {
  journal: 'Journalsystem',
  lab: 'Laboratoriesystem',
  pacs: 'Röntgen och bildhantering (RIS/PACS)',
  lakemedel: 'Läkemedelssystem',
  ekonomi: 'Ekonomisystem',
  hr: 'HR- och lönesystem',
  'e-tjanst': 'E-tjänst för invånare',
  moln: 'Molntjänst',
  medicinteknik: 'Medicinteknisk programvara',
  kvalitetsregister: 'Nationellt kvalitetsregister',
  dokument: 'Dokument- och ärendehantering',
  infrastruktur: 'IT-infrastruktur',
  kommunikation: 'Kommunikation och telefoni',
  tandvard: 'Tandvårdssystem',
  planering: 'Planering och resursstyrning',
  lokal: 'Lokal applikation eller databas',
  integration: 'Integration',
  nationell: 'Nationell e-hälsotjänst',
  verksamhet: 'Verksamhetssystem'
};

/** Consequence levels (konfidentialitet, riktighet, tillgänglighet, spårbarhet) a system of the kind is typically classified at. */
export const SYSTEM_KIND_LEVELS: Readonly<Record<SystemKind, readonly [number, number, number, number]>> = {
  journal: [3, 3, 3, 3],
  lab: [3, 3, 3, 2],
  pacs: [3, 3, 3, 2],
  lakemedel: [3, 3, 3, 3],
  ekonomi: [1, 3, 2, 3],
  hr: [2, 3, 2, 3],
  'e-tjanst': [3, 2, 2, 2],
  moln: [1, 1, 1, 1],
  medicinteknik: [2, 3, 3, 1],
  kvalitetsregister: [2, 2, 1, 2],
  dokument: [2, 3, 2, 3],
  infrastruktur: [3, 3, 3, 3],
  kommunikation: [2, 2, 3, 2],
  tandvard: [3, 3, 2, 3],
  planering: [1, 2, 2, 1],
  lokal: [2, 2, 1, 1],
  integration: [3, 3, 3, 2],
  nationell: [3, 3, 2, 3],
  verksamhet: [1, 2, 2, 1]
};
