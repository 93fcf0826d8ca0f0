import type { ReportMessages } from './report-messages';

/** The report's own words in English (issue 10; R-REP), typed by the Swedish file. */
export const en: ReportMessages = {
  title: {
    year: 'Information security report {{year}}',
    'tertial-1': 'Information security follow-up, first tertial {{year}}',
    'tertial-2': 'Information security follow-up, second tertial {{year}}',
    'tertial-3': 'Information security follow-up, third tertial {{year}}',
    'half-1': 'Information security follow-up, first half {{year}}',
    'half-2': 'Information security follow-up, full year {{year}}',
    unit: 'Information security follow-up for {{unit}}'
  },
  subtitle: {
    period: 'The period {{from}}–{{to}}. Figures as of {{asOf}}.',
    audience: 'For the care provider and the management review.',
    unitAudience: 'The follow-up for area and department chiefs (section 4 of the action plan).',
    generated: "Written from Tillit's registers at {{computedAt}}."
  },
  basis: {
    and: 'and',
    running: 'The period {{from}}–{{to}} is still running: the figures are as of today, {{day}}.',
    finished: "The period {{from}}–{{to}}. The figures are as of the period's end, {{day}}.",
    kept: {
      daily: 'The KPIs are those kept on {{keptOn}} (the daily snapshot).',
      meeting: "The KPIs are those kept at the council's meeting on {{keptOn}}."
    },
    computed: "No snapshot was kept near the period's end, so the KPIs were computed on {{computedOn}} from the registers as of {{day}}.",
    method: "Overdue work, risks, incidents, maturity, council meetings and the action plan are reported as of {{day}} from the registers' dates; what was recorded later is left out. The registers keep no history of {{keptAsToday}}: these are shown as they are today, {{computedOn}}.",
    keptAsToday: {
      'risk-status': "the risks' status",
      'incident-status': "the incidents' status",
      'action-status': "the action plan's status and progress",
      reviews: "the latest reviews of information assets, systems, security plans and reserve routines",
      organisation: "the organisation's units and which assets and systems exist"
    }
  },
  summary: {
    heading: 'Summary',
    intro: "This report describes the region's information security work during the period, along the five goal areas of the information security policy. Every KPI is shown with its numerator and denominator, so that one can see what a percentage rests on.",
    measuresAtTarget: '{{met}} of {{total}} KPIs with a target meet it.',
    noTargets: 'No KPI with a target could be measured in the period.',
    maturity: '{{atTarget}} of {{applicable}} applicable MSBFS 2020:6 areas have reached the target level {{target}}.',
    risks_one: '{{count}} risk is open, {{severe}} of them at the two highest levels.',
    risks_other: '{{count}} risks are open, {{severe}} of them at the two highest levels.',
    incidents_one: '{{count}} deviation or incident was reported during the period; {{open}} are not closed.',
    incidents_other: '{{count}} deviations and incidents were reported during the period; {{open}} are not closed.',
    overdue_one: '{{count}} task is overdue in the organisation (classifications, acknowledgements, training, system security plans, reserve routines and risk follow-ups).',
    overdue_other: '{{count}} tasks are overdue in the organisation (classifications, acknowledgements, training, system security plans, reserve routines and risk follow-ups).',
    actions: 'The action plan has {{total}} activities: {{done}} done, {{overdue}} overdue.',
    weakest: 'Furthest from its target: {{measure}} ({{percent}} against the target {{target}}).'
  },
  goals: {
    heading: 'Goal attainment per goal area',
    intro: 'The KPIs are measured against the current registers and the current staff roster, never against historical totals.',
    trendHeading: 'Trend',
    trendIntro: "The KPIs at each measurement (the year's last snapshot, council meetings and today's figures).",
    noTrend: 'There are no earlier measurements to compare with yet.',
    chartTitle: '{{area}}: share in per cent',
    noMeasures: 'No KPIs for this goal area.',
    areas: {
      'management-system': 'Information security management system (ISMS)',
      'risk-management': 'Risk management',
      'security-organisation': 'Information security organisation',
      classification: 'Information classification',
      training: 'Information security training'
    },
    goalText: {
      'management-system': "Information security work follows MSB's method support for an ISMS and other applicable external requirements.",
      'risk-management': 'Information security work is risk-based.',
      'security-organisation': 'An organisation with a clear distribution of responsibility for information assets and the roles needed to lead and carry out systematic information security work.',
      classification: 'Information is protected at an appropriate level, based on information classifications and risk analyses.',
      training: 'Every member of staff gets knowledge and information about information security.'
    },
    measures: {
      'areas-at-target-maturity': 'MSBFS 2020:6 areas at the target level',
      'critical-areas-with-risk-analysis': 'Business-critical areas with a valid risk analysis',
      'open-risks-with-owner-and-follow-up': 'Open risks with an owner and a follow-up date',
      'roles-filled': 'Roles filled',
      'roles-with-mandate': 'Roles with a documented mandate',
      'current-systems-classified': 'Current information systems classified',
      'prioritised-assets-classified': 'Prioritised information assets classified'
    }
  },
  table: {
    measure: 'KPI',
    numerator: 'Numerator',
    denominator: 'Denominator',
    percent: 'Share',
    target: 'Target',
    meetsTarget: 'Meets target',
    yes: 'Yes',
    no: 'No',
    notMeasured: 'Not measurable',
    none: '–',
    point: 'Measurement',
    area: 'Area',
    level: 'Level',
    count: 'Count',
    title: 'Title',
    unit: 'Unit',
    owner: 'Owner',
    followUp: 'Follow-up',
    category: 'Category',
    status: 'Status',
    reported: 'Reported',
    deadline: '72-hour deadline',
    activity: 'Activity',
    goal: 'Goal',
    responsible: 'Responsible',
    ends: 'Ends',
    progress: 'Progress',
    state: 'State',
    kind: 'Kind',
    total: 'Total',
    region: 'Whole region',
    regionAverage: 'Average per unit',
    likelihoodConsequence: 'Likelihood \\ Consequence',
    date: 'Date',
    attendees: 'Attendees',
    decisions: 'Decisions',
    actions: 'Actions',
    statusMeaning: 'Meaning'
  },
  points: {
    daily: 'snapshot',
    meeting: 'council meeting',
    live: 'today',
    computed: 'computed'
  },
  maturity: {
    heading: 'Maturity per MSBFS 2020:6',
    intro: "The KPI of the management system is measured with MSB's method support and the regulation MSBFS 2020:6, whose areas cover the organisational requirements of a management system. The target level is {{target}}.",
    notAssessed: '{{status}} (not assessed)',
    chartTitle: 'Maturity level per area (0 = Absent, 5 = Optimised)',
    scaleHeading: 'The scale',
    comments: 'Comments {{year}}',
    noHistory: "No earlier years' assessments exist.",
    meanings: {
      okant: 'Not yet examined',
      'finns-ej': 'No governance, processes or routines at all',
      paborjat: 'Work has started',
      begransat: 'Progressing as planned but not yet complete',
      definierat: 'Documented but not yet implemented, communicated or working',
      managerat: 'Has just begun to be used',
      optimerat: 'Used, working and followed up regularly',
      'ej-applicerbart': "Not applicable to the region's operations"
    }
  },
  risks: {
    heading: 'Risks by level',
    intro: 'Open risks in the risk register by level (likelihood × consequence).',
    chartTitle: 'Open risks by level',
    heatMapHeading: 'Risk matrix',
    highestHeading: 'The highest open risks',
    none: 'There are no open risks.',
    more: '{{count}} more open risks are in the risk register.'
  },
  incidents: {
    heading: 'Deviations and incidents',
    intro: 'Deviations, security incidents and personal data breaches reported in {{year}}. Personal data breaches are assessed by the data protection officer for notification to IMY within 72 hours (GDPR art. 33).',
    chartTitle: 'Reported in {{year}} by category',
    openHeading: 'Not closed',
    noneReported: 'No deviations or incidents were reported during the period.',
    noneOpen: 'Every reported case is closed.',
    more: '{{count}} more cases are not closed.',
    categories: {
      deviation: 'Deviation',
      'security-incident': 'Security incident',
      'personal-data-breach': 'Personal data breach'
    },
    statuses: {
      reported: 'Reported',
      assessed: 'Assessed',
      closed: 'Closed'
    },
    clock: {
      running: '{{hours}} h left',
      overdue: 'Deadline passed',
      'reported-in-time': 'Notified in time',
      'reported-late': 'Notified late',
      'not-reportable': 'Not to be notified',
      'not-a-breach': '–'
    }
  },
  training: {
    heading: 'Training',
    intro: 'Share of training completed per audience, measured against the current staff roster (hourly staff and consultants included).',
    chartTitle: 'Trained per audience (%)',
    seriesDone: 'Completed',
    seriesTarget: 'Target',
    none: 'No training target is measurable.'
  },
  overdue: {
    heading: 'Follow-up per area',
    intro: "Overdue tasks per unit and kind. Units with nothing overdue are left out of the table; the council's tab lists them all.",
    chartTitle: 'Overdue tasks by kind',
    none: 'No tasks are overdue.',
    more: '{{count}} more units have overdue tasks.',
    kinds: {
      classifications: 'Classifications',
      acknowledgements: 'Acknowledgements',
      training: 'Training',
      'system-security-plans': 'System security plans',
      'reserve-routines': 'Reserve routines',
      'risk-follow-ups': 'Risk follow-ups'
    }
  },
  actions: {
    heading: 'The action plan',
    intro: "The action plan's activities with their metrics and progress.",
    chartTitle: 'Activities by state',
    none: 'The action plan has no activities.',
    meetingsHeading: "The information security council's meetings",
    noMeetings: 'The council has held no meetings during the year.',
    states: {
      done: 'Done',
      cancelled: 'Cancelled',
      overdue: 'Overdue',
      'not-started': 'Not started',
      'due-soon': 'Due soon',
      'on-track': 'On track'
    },
    daysOverdue: '{{days}} days late'
  },
  nextYear: {
    heading: 'Continued work in {{year}}',
    intro: 'Activities not done are carried forward, and goal areas below their targets are given priority.',
    carried: 'Activities carried forward',
    focus: 'KPIs below target to prioritise',
    nothing: 'Every activity is done and every KPI meets its target.',
    againstTarget: '{{measure}}: {{percent}} (target {{target}})'
  },
  unit: {
    heading: "The unit's figures",
    intro: "The follow-up for {{unit}} shows the unit's overdue tasks by kind against the whole region, its open risks and its deviations and incidents not yet closed. The region's KPIs are shown for comparison.",
    overdueHeading: 'Overdue tasks',
    overdueChartTitle: 'Overdue tasks: {{unit}} and the average per unit',
    risksHeading: "The unit's open risks",
    incidentsHeading: "The unit's deviations and incidents not closed",
    regionHeading: "The region's KPIs for comparison",
    noRisks: 'The unit has no open risks.',
    noIncidents: 'The unit has no open cases.',
    overdueSummary_one: "{{unit}} has {{count}} overdue task ({{share}} of the region's).",
    overdueSummary_other: "{{unit}} has {{count}} overdue tasks ({{share}} of the region's)."
  },
  chartAlt: '{{title}}. The same figures are in the table beside it.'
};
