import type { EmploymentType } from '../../domain/people/person';
import type { UnitProfile } from './organisation';

type Weighted<T> = ReadonlyArray<readonly [T, number]>;

/** Job titles per kind of unit, weighted roughly as a Swedish region's workforce is. */
export const JOB_TITLES: Readonly<Record<UnitProfile, Weighted<string>>> = {
  akut: [['Sjuksköterska', 30], ['Undersköterska', 25], ['Ambulanssjuksköterska', 10], ['Specialistläkare', 8], ['ST-läkare', 6], ['Överläkare', 5], ['Medicinsk sekreterare', 5], ['Vårdadministratör', 3]],
  vard: [
    ['Sjuksköterska', 28], ['Undersköterska', 24], ['Specialistläkare', 7], ['Överläkare', 5], ['ST-läkare', 5], ['AT-läkare', 2], ['Barnmorska', 3],
    ['Fysioterapeut', 4], ['Arbetsterapeut', 3], ['Kurator', 3], ['Psykolog', 3], ['Medicinsk sekreterare', 6], ['Dietist', 1], ['Logoped', 1], ['Skötare', 3]
  ],
  primarvard: [['Distriktssköterska', 20], ['Sjuksköterska', 14], ['Specialistläkare i allmänmedicin', 12], ['Undersköterska', 16], ['Fysioterapeut', 6], ['Kurator', 4], ['Psykolog', 4], ['Medicinsk sekreterare', 8], ['Vårdadministratör', 6]],
  lab: [['Biomedicinsk analytiker', 50], ['Laboratorieassistent', 15], ['Överläkare', 6], ['Kemist', 4], ['Medicinsk sekreterare', 5]],
  bild: [['Röntgensjuksköterska', 40], ['Biomedicinsk analytiker', 12], ['Överläkare', 8], ['Specialistläkare', 6], ['Undersköterska', 8], ['Medicinsk sekreterare', 8], ['Sjukhusfysiker', 3]],
  lakemedel: [['Apotekare', 10], ['Receptarie', 12], ['Apotekstekniker', 10], ['Läkemedelsstrateg', 3], ['Logistiker', 4]],
  vardadmin: [['Vårdadministratör', 20], ['Medicinsk sekreterare', 20], ['Sjukresehandläggare', 8], ['Sjuksköterska', 10], ['Handläggare', 6]],
  tandvard: [['Tandsköterska', 40], ['Tandläkare', 25], ['Tandhygienist', 15], ['Specialisttandläkare', 5], ['Receptionist', 5]],
  it: [
    ['IT-tekniker', 15], ['Systemförvaltare', 14], ['Drifttekniker', 10], ['Nätverkstekniker', 6], ['IT-arkitekt', 4], ['Systemutvecklare', 8],
    ['Förvaltningsledare', 8], ['Medicintekniker', 8], ['Supporttekniker', 12], ['Informationssäkerhetsspecialist', 2]
  ],
  service: [['Fastighetstekniker', 12], ['Lokalvårdare', 20], ['Kock', 8], ['Måltidsbiträde', 8], ['Logistiker', 10], ['Chaufför', 6], ['Tolkförmedlare', 4], ['Växeltelefonist', 6], ['Väktare', 4], ['Handläggare', 4]],
  ledning: [['Handläggare', 10], ['Utredare', 8], ['Jurist', 4], ['Nämndsekreterare', 3], ['Registrator', 4], ['Arkivarie', 2], ['Kommunikatör', 6], ['Kvalitetsutvecklare', 4], ['Patientsäkerhetssamordnare', 2]],
  sakerhet: [['Säkerhetssamordnare', 4], ['Beredskapssamordnare', 4], ['Informationssäkerhetsspecialist', 3], ['Jurist', 2], ['Utredare', 3]],
  ekonomi: [['Controller', 10], ['Redovisningsekonom', 8], ['Ekonomiassistent', 8], ['Upphandlare', 6], ['Ekonom', 4]],
  hr: [['HR-specialist', 10], ['HR-konsult', 6], ['Lönespecialist', 10], ['Rekryterare', 3], ['Företagssköterska', 3], ['Företagsläkare', 1], ['Beteendevetare', 2]],
  regional: [
    ['Trafikplanerare', 6], ['Kundtjänstmedarbetare', 6], ['Bibliotekarie', 4], ['Kulturutvecklare', 4], ['Folkhögskollärare', 8],
    ['Näringslivsutvecklare', 4], ['Analytiker', 3], ['Samhällsplanerare', 3], ['Handläggare', 6]
  ]
};

/** How staff are employed, per kind of unit: health care leans on hourly staff and hired doctors, IT on consultants. */
export function employmentMix(profile: UnitProfile): Weighted<EmploymentType> {
  switch (profile) {
    case 'akut':
    case 'vard':
    case 'primarvard':
    case 'lab':
    case 'bild':
    case 'tandvard':
      return [['permanent', 74], ['temporary', 10], ['hourly', 12], ['consultant', 4]];
    case 'it':
      return [['permanent', 68], ['temporary', 5], ['hourly', 2], ['consultant', 25]];
    case 'service':
      return [['permanent', 78], ['temporary', 8], ['hourly', 12], ['consultant', 2]];
    default:
      return [['permanent', 84], ['temporary', 9], ['hourly', 4], ['consultant', 3]];
  }
}

/** Towns of the demo county, for the place (ort) on a signed acknowledgement. */
export const TOWNS: readonly string[] = ['Östersund', 'Östersund', 'Östersund', 'Sveg', 'Strömsund', 'Järpen', 'Krokom', 'Bräcke', 'Hammarstrand', 'Funäsdalen', 'Frösön'];
