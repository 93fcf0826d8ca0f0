/**
 * One record per list with every optional field set, and one with only what is required, each
 * passed through its domain schema so that a fixture is a record the registers would accept.
 * Ids are SharePoint item ids; instants are in the form SharePoint answers (UTC, whole seconds).
 */
import { acknowledgementSchema, documentVersionSchema } from '../../../src/domain/acknowledgements/acknowledgement';
import { actionPlanItemSchema } from '../../../src/domain/actions/action-plan-item';
import { informationAssetSchema } from '../../../src/domain/assets/information-asset';
import { classificationSchema } from '../../../src/domain/classification/classification';
import { incidentSchema } from '../../../src/domain/incidents/incident';
import { maturityAssessmentSchema } from '../../../src/domain/maturity/maturity-assessment';
import { councilMeetingSchema } from '../../../src/domain/meetings/council-meeting';
import { orgUnitSchema } from '../../../src/domain/organisation/org-unit';
import { personSchema } from '../../../src/domain/people/person';
import { processingActivitySchema } from '../../../src/domain/processing/processing-activity';
import { riskAnalysisSchema, riskSchema } from '../../../src/domain/risks/risk';
import { roleAssignmentSchema } from '../../../src/domain/roles/role-assignment';
import { itSystemSchema } from '../../../src/domain/systems/it-system';
import { trainingRecordSchema } from '../../../src/domain/training/training-record';
import { botInstallationSchema } from '../../../src/sharepoint/mappers/records/bot-installation';
import { nudgeLogEntrySchema } from '../../../src/sharepoint/mappers/records/nudge-log-entry';
import { settingSchema } from '../../../src/sharepoint/mappers/records/setting';
import { snoozeSchema } from '../../../src/domain/nudges/snooze';
import { kpiSnapshotSchema } from '../../../src/domain/kpi/kpi-snapshot';
import { councilDashboardPartSchema } from '../../../src/sharepoint/mappers/records/council-dashboard-part';
import { SiteDirectory } from './simulated-site';

/** Spelled as the directory spells them; the domain keeps them lower-case. */
export const DIRECTORY = new SiteDirectory([
  'Anna.Berg@Region.se',
  'erik.lund@region.se',
  'Karin.Nystrom@region.se',
  'mats.hedlund@region.se',
  'sara.ek@region.se',
  'DSO@region.se'
]);

const HASH = 'a3f1c2d4e5b60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90';

export const FIXTURES = {
  units: [
    orgUnitSchema.parse({ id: '4', name: 'Område Psykiatri', level: 'omrade', parentId: '1', businessCritical: true }),
    orgUnitSchema.parse({ id: '1', name: 'Hälso- och sjukvårdsförvaltningen', level: 'forvaltning' })
  ],
  staff: [
    personSchema.parse({
      email: 'anna.berg@region.se',
      displayName: 'Anna Berg',
      unitId: '4',
      managerEmail: 'erik.lund@region.se',
      employmentType: 'permanent',
      startDate: '2019-08-19',
      endDate: '2027-03-31',
      managerSince: '2026-03-30',
      groups: ['regionstyrelsen', 'Krisledningsgruppen']
    }),
    personSchema.parse({ email: 'sara.ek@region.se', displayName: 'Sara Ek', unitId: '4', employmentType: 'hourly', startDate: '2026-10-25' })
  ],
  systems: [
    itSystemSchema.parse({
      id: '7',
      name: 'Journalsystemet',
      description: 'Vårddokumentation för hela regionen.',
      lifecycle: 'active',
      unitId: '4',
      ownerEmail: 'karin.nystrom@region.se',
      administratorEmail: 'mats.hedlund@region.se',
      assetIds: ['12', '13'],
      handlesPersonalData: true,
      societallyImportant: true,
      cloudService: false,
      securityPlan: { status: 'approved', approvedOn: '2026-12-31' },
      reserveRoutines: { status: 'draft' },
      continuityPlan: { status: 'approved', approvedOn: '2027-01-01' },
      authorisation: { status: 'approved', decidedOn: '2025-06-01' }
    }),
    itSystemSchema.parse({ id: '8', name: 'Okänd molntjänst', unitId: '1' })
  ],
  assets: [
    informationAssetSchema.parse({
      id: '12',
      name: 'Patientjournaler',
      description: 'Journaler enligt patientdatalagen.',
      businessProcess: 'Vård och behandling',
      unitId: '4',
      ownerEmail: 'erik.lund@region.se',
      priority: 'business-critical',
      protectiveMeasures: ['atkomststyrning', 'loggning'],
      handlingRules: 'Får inte skickas med vanlig e-post.',
      systemIds: ['7'],
      lastReviewedOn: '2025-12-31',
      nextReviewOn: '2026-12-31'
    }),
    informationAssetSchema.parse({ id: '13', name: 'Lokalbokningar', unitId: '1', priority: 'normal' })
  ],
  classifications: [
    classificationSchema.parse({
      id: '30',
      targetKind: 'asset',
      targetId: '12',
      levels: { confidentiality: 3, integrity: 3, availability: 2, traceability: 3 },
      classifiedBy: 'erik.lund@region.se',
      classifiedOn: '2026-03-29',
      nextReviewOn: '2026-10-25',
      comment: 'Sekretess enligt OSL 25 kap.'
    }),
    classificationSchema.parse({
      id: '31',
      targetKind: 'system',
      targetId: '7',
      levels: { confidentiality: 0, integrity: 1, availability: 2 },
      classifiedBy: 'karin.nystrom@region.se',
      classifiedOn: '2027-01-01'
    })
  ],
  processing: [
    processingActivitySchema.parse({
      id: '40',
      name: 'Journalföring',
      purpose: 'Dokumentera vård och behandling.',
      legalBasis: 'legal-obligation',
      specialCategoryBasis: 'Art. 9.2 h',
      dataSubjectCategories: ['Patienter', 'Närstående'],
      personalDataCategories: ['Personnummer', 'Hälsouppgifter'],
      recipients: ['Försäkringskassan'],
      thirdCountryTransfers: [
        { country: 'USA', safeguard: 'Standardavtalsklausuler: art. 46.2 c' },
        { country: 'Indien', safeguard: 'Beslut om adekvat skyddsnivå saknas, se DPIA' }
      ],
      retention: 'Gallras tidigast 10 år efter sista anteckning.',
      securityMeasures: 'Behörighetsstyrning och loggkontroll.',
      controller: 'Hälso- och sjukvårdsnämnden',
      unitId: '4',
      registerOwnerEmail: 'karin.nystrom@region.se',
      informationOwnerEmail: 'erik.lund@region.se',
      registryCoordinatorEmail: 'sara.ek@region.se',
      systemIds: ['7', '8'],
      dpia: 'done',
      gapAnalysis: 'in-progress',
      actionPlan: 'not-started',
      lastReviewedOn: '2026-03-01'
    }),
    processingActivitySchema.parse({
      id: '41',
      name: 'Lokalbokning',
      purpose: 'Boka lokaler.',
      legalBasis: 'public-task',
      dataSubjectCategories: ['Medarbetare'],
      personalDataCategories: ['Namn'],
      retention: 'Gallras efter ett år.',
      controller: 'Regionstyrelsen',
      unitId: '1'
    })
  ],
  risks: [
    riskSchema.parse({
      id: '50',
      title: 'Obehörig åtkomst till journaler',
      description: 'Delade konton på akuten.',
      subjectKind: 'system',
      subjectId: '7',
      unitId: '4',
      ownerEmail: 'erik.lund@region.se',
      likelihood: 3,
      consequence: 3,
      treatment: 'mitigate',
      status: 'in-treatment',
      identifiedOn: '2026-02-01',
      followUpOn: '2026-06-30'
    }),
    riskSchema.parse({
      id: '51',
      title: 'Reservrutin saknas för remisshantering',
      subjectKind: 'process',
      subjectId: 'Remisshantering',
      unitId: '4',
      likelihood: 1,
      consequence: 0,
      identifiedOn: '2026-02-01'
    }),
    riskSchema.parse({ id: '52', title: 'Nyckelperson', subjectKind: 'area', subjectId: '4', unitId: '4', likelihood: 2, consequence: 2, identifiedOn: '2026-02-01' }),
    riskSchema.parse({ id: '53', title: 'Läckage via USB', subjectKind: 'asset', subjectId: '12', unitId: '4', likelihood: 2, consequence: 3, identifiedOn: '2026-02-01' })
  ],
  riskAnalyses: [
    riskAnalysisSchema.parse({ id: '60', unitId: '4', title: 'Riskanalys psykiatri 2026', performedOn: '2026-03-29', approvedOn: '2026-04-15' }),
    riskAnalysisSchema.parse({ id: '61', unitId: '1', title: 'Riskanalys förvaltningen', performedOn: '2026-12-31' })
  ],
  incidents: [
    incidentSchema.parse({
      id: '70',
      title: 'Journalutdrag skickat till fel mottagare',
      description: 'Utdrag faxades till fel vårdcentral.',
      category: 'personal-data-breach',
      status: 'assessed',
      unitId: '4',
      reportedBy: 'sara.ek@region.se',
      reportedAt: '2026-03-29T01:30:00Z',
      discoveredAt: '2026-03-28T23:30:00Z',
      assessedBy: 'dso@region.se',
      reportableToAuthority: true,
      reportedToAuthorityAt: '2026-03-30T08:00:00Z',
      systemIds: ['7']
    }),
    incidentSchema.parse({
      id: '71',
      title: 'Borttappad passerbricka',
      category: 'deviation',
      unitId: '1',
      reportedBy: 'anna.berg@region.se',
      reportedAt: '2026-05-01T10:00:00Z',
      discoveredAt: '2026-05-01T09:00:00Z'
    }),
    incidentSchema.parse({
      id: '72',
      title: 'Misstänkt nätfiske',
      category: 'security-incident',
      unitId: '1',
      reportedBy: 'anna.berg@region.se',
      reportedAt: '2026-05-02T10:00:00Z',
      discoveredAt: '2026-05-02T09:00:00Z',
      reportableToAuthority: false
    })
  ],
  documentVersions: [
    documentVersionSchema.parse({
      id: '80',
      documentKey: 'fordelning-av-ansvar',
      title: 'Fördelning av ansvar för informationssäkerhet',
      version: '2.0',
      publishedOn: '2026-01-01',
      requiredForRoles: ['informationsagare', 'systemagare'],
      requiredForManagers: true,
      url: 'https://region.sharepoint.com/sites/tillit/Dokument/F%C3%B6rdelning%20av%20ansvar%20f%C3%B6r%20informationss%C3%A4kerhet%20version%202.0%20slutlig%20beslutad%20av%20regiondirekt%C3%B6ren%20den%2015%20december%202025%20efter%20samverkan%20med%20fackliga%20organisationer%20och%20dataskyddsombudet.pdf'
    }),
    documentVersionSchema.parse({ id: '81', documentKey: 'policy', title: 'Informationssäkerhetspolicy', version: '1', publishedOn: '2025-10-26' })
  ],
  acknowledgements: [
    acknowledgementSchema.parse({
      id: '90',
      documentKey: 'fordelning-av-ansvar',
      version: '2.0',
      signerEmail: 'karin.nystrom@region.se',
      signedByAccount: 'karin.nystrom@region.se',
      documentDigest: HASH,
      signedOn: '2026-01-12',
      signedAt: '2026-01-12T08:15:30Z',
      place: 'Östersund',
      signerTitle: 'Systemägare',
      printedName: 'Karin Nyström',
      sequence: 12,
      previousHash: '0'.repeat(64),
      contentHash: HASH
    })
  ],
  trainingRecords: [
    trainingRecordSchema.parse({ id: '100', personEmail: 'anna.berg@region.se', courseKey: 'mikroutbildning', module: 3, completedOn: '2026-03-29' }),
    trainingRecordSchema.parse({ id: '101', personEmail: 'sara.ek@region.se', courseKey: 'grundutbildning', completedOn: '2027-01-01' })
  ],
  actions: [
    actionPlanItemSchema.parse({
      id: '110',
      activity: `Utbilda samtliga chefer i informationssäkerhet och informationsklassning; ${'nya chefer inom tre månader från tillträdet, '.repeat(6)}enligt handlingsplanen.`,
      targetGroup: 'Chefer',
      metric: 'Andel utbildade chefer',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      responsibleEmail: 'erik.lund@region.se',
      contactEmail: 'anna.berg@region.se',
      goal: 'Inriktningsmål 1',
      status: 'in-progress',
      progressPercent: 62.5
    }),
    actionPlanItemSchema.parse({ id: '111', activity: 'Inventera molntjänster', startsOn: '2026-03-29', endsOn: '2026-03-29' })
  ],
  maturity: [
    maturityAssessmentSchema.parse({
      id: '120',
      areaKey: 'riskbedomning',
      year: 2026,
      statusKey: 'paborjat',
      assessedOn: '2026-10-26',
      assessedBy: 'anna.berg@region.se',
      comment: 'Metodstöd infört i två områden.'
    }),
    maturityAssessmentSchema.parse({ id: '121', areaKey: 'utbildning', year: 2025, statusKey: 'okant', assessedOn: '2025-12-31' })
  ],
  roleAssignments: [
    roleAssignmentSchema.parse({
      id: '130',
      roleKey: 'registerkoordinator',
      unitId: '4',
      holderEmail: 'sara.ek@region.se',
      since: '2026-01-01',
      until: '2027-12-31',
      mandateDocumented: true
    }),
    roleAssignmentSchema.parse({ id: '131', roleKey: 'dataskyddsombud' })
  ],
  meetings: [
    councilMeetingSchema.parse({
      id: '140',
      heldOn: '2026-03-30',
      attendeeEmails: ['anna.berg@region.se', 'erik.lund@region.se', 'dso@region.se'],
      minutes: 'Rådet gick igenom riskläget.\nInga övriga frågor.',
      decisions: ['Godkänna handlingsplanen 2026', 'Ge samordnaren i uppdrag att följa upp klassningar'],
      actionIds: ['110', '111']
    }),
    councilMeetingSchema.parse({ id: '141', heldOn: '2026-12-31' })
  ],
  nudgeLog: [
    nudgeLogEntrySchema.parse({
      id: '150',
      kind: 'message',
      key: '2026-03-29:0123456789abcdef:erik.lund@region.se',
      recipientEmail: 'erik.lund@region.se',
      itemKeys: ['classification:asset:12:erik.lund@region.se', 'escalation:training:course:grund:sara.ek@region.se:erik.lund@region.se', 'risk-follow-up:risk:7:no-owner:anna.berg@region.se'],
      contentDigest: '0123456789abcdef',
      holder: 'app-1:4242:abcd1234',
      attempts: 2,
      runDay: '2026-03-29',
      sentAt: '2026-03-29T05:00:12Z',
      outcome: 'sent',
      conversationId: 'a:1Hj9-personal',
      activityId: '1:1Xy',
      error: ''
    }),
    nudgeLogEntrySchema.parse({
      id: '151',
      kind: 'message',
      key: '2027-01-01:fedcba9876543210:sara.ek@region.se',
      recipientEmail: 'sara.ek@region.se',
      itemKeys: ['training:course:grundutbildning:sara.ek@region.se'],
      runDay: '2027-01-01',
      outcome: 'dead-letter',
      attempts: 6,
      error: 'the Bot Connector answered 503 (after 6 attempts)'
    }),
    nudgeLogEntrySchema.parse({
      id: '152',
      kind: 'run',
      key: 'run:2027-01-01',
      runDay: '2027-01-01',
      outcome: 'running',
      holder: 'app-2:77:0badf00d',
      leaseUntil: '2027-01-01T06:35:00Z',
      attempts: 1,
      sentAt: '2027-01-01T06:30:00Z'
    })
  ],
  botInstallations: [
    botInstallationSchema.parse({
      id: '160',
      email: 'Anna.Berg@Region.se',
      aadObjectId: '6f1c6a5e-2f7b-4c1e-9a0d-1b2c3d4e5f60',
      teamsUserId: '29:1abcDEF',
      conversationReference: JSON.stringify({
        bot: { id: '28:tillit', name: 'Tillit' },
        conversation: { id: 'a:1Hj9-personal', conversationType: 'personal', tenantId: 'tenant' },
        serviceUrl: 'https://smba.trafficmanager.net/emea/'
      }),
      installedAt: '2026-01-05T07:59:59Z',
      uninstalledAt: '2026-06-01T12:00:00Z'
    }),
    botInstallationSchema.parse({
      id: '161',
      email: 'erik.lund@region.se',
      aadObjectId: '0e1f',
      teamsUserId: '29:2ghi',
      conversationReference: '{"conversation":{"id":"a:2"}}',
      installedAt: '2026-01-06T08:00:00Z'
    })
  ],
  snoozes: [
    snoozeSchema.parse({
      id: '180',
      itemKey: 'classification:asset:12:erik.lund@region.se',
      personEmail: 'Erik.Lund@region.se',
      dueState: 'overdue:2026-03-01',
      until: '2026-04-05',
      setAt: '2026-03-29T05:15:00Z'
    }),
    snoozeSchema.parse({
      id: '181',
      itemKey: 'escalation:training:course:grundutbildning:sara.ek@region.se:mats.hedlund@region.se',
      personEmail: 'mats.hedlund@region.se',
      dueState: 'missing:never-done',
      until: '2027-01-31',
      setAt: '2027-01-01T23:30:00Z'
    })
  ],
  kpiSnapshots: [
    kpiSnapshotSchema.parse({
      id: '190',
      asOf: '2026-03-29',
      takenAt: '2026-03-29T04:15:00Z',
      source: 'daily',
      goalAreas: [
        { area: 'management-system', measures: [{ key: 'areas-at-target-maturity', numerator: 3, denominator: 11 }] },
        { area: 'training', measures: [{ key: 'trained:alla-medarbetare', numerator: 1520, denominator: 4012, targetPercent: 80 }] }
      ]
    }),
    kpiSnapshotSchema.parse({
      id: '191',
      asOf: '2026-05-12',
      takenAt: '2026-05-12T12:30:00Z',
      source: 'meeting',
      takenBy: 'Asa.Lindstrom@region.se',
      goalAreas: [{ area: 'classification', measures: [{ key: 'current-systems-classified', numerator: 0, denominator: 0, targetPercent: 100 }] }]
    })
  ],
  councilDashboards: [
    councilDashboardPartSchema.parse({ id: '200', year: 2026, generation: '2026-11-23t09:00:00z-5f3a9c', part: 0, parts: 2, computedAt: '2026-11-23T09:00:00Z', data: 'H4sIAAAAAAAAA6tWSk' }),
    councilDashboardPartSchema.parse({ id: '201', year: 2026, generation: '2026-11-23t09:00:00z-5f3a9c', part: 1, parts: 2, computedAt: '2026-11-23T09:00:00Z', data: 'ywSs5RsjI0MDAwMAA==' })
  ],
  settings: [
    settingSchema.parse({ id: '170', key: 'region-config', value: JSON.stringify({ regionName: 'Region Jämtland Härjedalen', nudges: { dueSoonDays: 14 } }) }),
    settingSchema.parse({ id: '171', key: 'nudges-paused', value: 'false' })
  ]
};
