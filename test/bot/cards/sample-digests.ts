import type { DigestCardInput } from '../../../bot/cards/digest-card';
import type { EscalatedTask, MyTasksAnswer, TaskItem } from '../../../src/contracts/my-tasks';
import { DEFAULT_REGION_CONFIG } from '../../../src/config/default-region';
import { isoDate } from '../../../src/domain/shared/calendar';
import type { Locale } from '../../../src/domain/shared/localized-text';

/**
 * Digests the card tests render (unit and browser): a typical information owner's, a manager's with
 * escalations and staff training, one of hostile register names, a huge one, and the empty one.
 */
export const SITE_URL = 'https://regionexempel.sharepoint.com/sites/tillit';
export const MY_TASKS_URL = 'https://regionexempel.sharepoint.com/sites/tillit/SitePages/Mina-uppgifter.aspx';
export const TEAMS_USER_ID = '29:1a2b3c-recipient';
export const AS_OF = isoDate('2026-03-16');

let counter = 0;
type TaskSpec = Omit<Partial<TaskItem>, 'dueOn'> & Pick<TaskItem, 'topic' | 'subjectKind' | 'subjectName'> & { readonly dueOn?: string };

export function task(spec: TaskSpec): TaskItem {
  counter += 1;
  const partial = { ...spec, dueOn: 'dueOn' in spec ? (spec.dueOn === undefined ? undefined : isoDate(spec.dueOn)) : isoDate('2026-03-04') };
  const subjectId = partial.subjectId ?? String(100 + counter);
  const list = { asset: 'Informationstillgangar', system: 'ITSystem', risk: 'Risker', document: 'Styrdokument', incident: 'Incidenter', course: 'Utbildning' }[partial.subjectKind] ?? 'Lista';
  return {
    key: `${partial.topic}:${partial.subjectKind}:${subjectId}:${counter}`,
    detail: '',
    subjectId,
    responsibleEmail: 'asa.lindstrom@regionexempel.se',
    urgency: 'overdue',
    link: `/sites/tillit/Lists/${list}/DispForm.aspx?ID=${subjectId}`,
    daysOverdue: 12,
    ...partial
  };
}

const escalation = (item: TaskItem, route = 'manager'): EscalatedTask => ({ key: `escalation:${item.key}`, route, item });

function answer(partial: Partial<MyTasksAnswer>): MyTasksAnswer {
  return { asOf: AS_OF, email: 'asa.lindstrom@regionexempel.se', owed: [], escalated: [], staffTraining: [], snoozedCount: 0, snoozeDays: [...DEFAULT_REGION_CONFIG.nudges.snoozeDays], ...partial };
}

/** An information owner's ordinary morning: a few things of several topics, one document to sign. */
export const typicalAnswer = answer({
  owed: [
    task({ topic: 'classification', subjectKind: 'asset', subjectName: 'Journaluppgifter i TakeCare', urgency: 'overdue', daysOverdue: 41, dueOn: '2026-02-03' }),
    task({ topic: 'acknowledgement', subjectKind: 'document', subjectName: 'Fördelning av ansvar för informationssäkerhet', urgency: 'overdue', daysOverdue: 12, dueOn: '2026-03-04' }),
    task({ topic: 'classification', subjectKind: 'asset', subjectName: 'Remisser till primärvården', urgency: 'missing', dueOn: undefined, daysOverdue: 0 }),
    task({ topic: 'risk-follow-up', subjectKind: 'risk', subjectName: 'Obehörig åtkomst till journal via delade konton', detail: 'follow-up-overdue', urgency: 'overdue', daysOverdue: 3, dueOn: '2026-03-13' }),
    task({ topic: 'training', subjectKind: 'course', subjectId: 'mikroutbildning', subjectName: 'mikroutbildning', detail: '7/12', urgency: 'due-soon', daysOverdue: 0, dueOn: '2026-03-21', link: undefined })
  ],
  snoozedCount: 2
});

/** A unit chief: an incident to assess first, her own items, escalations from two people, her staff's training. */
export const managerAnswer = answer({
  email: 'maria.berg@regionexempel.se',
  owed: [
    task({ topic: 'security-plan', subjectKind: 'system', subjectName: 'Cosmic', urgency: 'due-soon', daysOverdue: 0, dueOn: '2026-04-01' }),
    task({ topic: 'incident-assessment', subjectKind: 'incident', subjectName: 'Fax med patientuppgifter skickat till fel mottagare', urgency: 'due-soon', daysOverdue: 0, dueOn: '2026-03-17', link: undefined }),
    task({ topic: 'reserve-routines', subjectKind: 'system', subjectName: 'Labbsystemet Flexlab', urgency: 'overdue', daysOverdue: 95, dueOn: '2025-12-11' })
  ],
  escalated: [
    escalation(task({ topic: 'classification', subjectKind: 'asset', subjectName: 'Röntgenbilder (PACS)', responsibleEmail: 'johan.ek@regionexempel.se', responsibleName: 'Johan Ek', daysOverdue: 64, dueOn: '2026-01-11' })),
    escalation(task({ topic: 'acknowledgement', subjectKind: 'document', subjectName: 'Fördelning av ansvar för informationssäkerhet', responsibleEmail: 'johan.ek@regionexempel.se', responsibleName: 'Johan Ek', daysOverdue: 45, dueOn: '2026-01-30' })),
    escalation(task({ topic: 'security-plan', subjectKind: 'system', subjectName: 'Platina', responsibleEmail: 'lena.sjoberg@regionexempel.se', responsibleName: 'Lena Sjöberg', daysOverdue: 30, dueOn: '2026-02-14' }), 'area-responsible')
  ],
  staffTraining: [
    task({ topic: 'training', subjectKind: 'course', subjectId: 'grundutbildning', subjectName: 'grundutbildning', responsibleEmail: 'omar.haddad@regionexempel.se', responsibleName: 'Omar Haddad', daysOverdue: 20, dueOn: '2026-02-24', link: undefined }),
    task({ topic: 'training', subjectKind: 'course', subjectId: 'mikroutbildning', subjectName: 'mikroutbildning', detail: '2/12', responsibleEmail: 'sara.lund@regionexempel.se', responsibleName: 'Sara Lund', daysOverdue: 8, dueOn: '2026-03-08', link: undefined })
  ]
});

/** Register text that tries to be markup: the card must show it as written. */
export const HOSTILE_NAMES = [
  '*Journal* __viktigt__',
  '[klicka här](javascript:alert(1))',
  'Möte {{DATE(2017-02-14T06:08:39Z, SHORT)}} kl {{TIME(2017-02-14T06:08:39Z)}}',
  '1. Första systemet',
  '- Punkt i lista',
  '# Rubrik',
  '<b>fet</b> <at>Åsa</at> <script>alert(1)</script>',
  'Ekonomi & lön &amp; R&D `kod` ~~struken~~ > citat | rör \\ snedstreck',
  'Rad ett\nRad två\n\n- tredje'
] as const;

export const hostileAnswer = answer({
  owed: HOSTILE_NAMES.map((subjectName, at) =>
    at === 1 ? task({ topic: 'acknowledgement', subjectKind: 'document', subjectName }) : task({ topic: at % 2 === 0 ? 'classification' : 'security-plan', subjectKind: at % 2 === 0 ? 'asset' : 'system', subjectName })
  ),
  escalated: [escalation(task({ topic: 'classification', subjectKind: 'asset', subjectName: '**Okänd**', responsibleEmail: 'x@regionexempel.se', responsibleName: '[Ond](javascript:x) *Person*' }))]
});

/** Far more than fits in one card: 2,000 items with long names (a coordinator of a badly kept register). */
export function hugeAnswer(count = 2000): MyTasksAnswer {
  const topics = ['classification', 'security-plan', 'reserve-routines', 'risk-follow-up', 'acknowledgement'] as const;
  const kinds = { classification: 'asset', 'security-plan': 'system', 'reserve-routines': 'system', 'risk-follow-up': 'risk', acknowledgement: 'document' } as const;
  const owed = Array.from({ length: count }, (_, at) => {
    const topic = topics[at % topics.length];
    return task({
      topic,
      subjectKind: kinds[topic],
      subjectName: `Informationstillgång nummer ${at + 1} med ett mycket långt namn som går över flera rader för att se hur kortet klarar det — åäö ÅÄÖ `.repeat(3),
      detail: topic === 'risk-follow-up' ? 'no-owner' : '',
      daysOverdue: count - at,
      dueOn: '2025-06-01'
    });
  });
  const escalated = Array.from({ length: 50 }, (_, at) =>
    escalation(task({ topic: 'classification', subjectKind: 'asset', subjectName: `Eskalerad tillgång ${at + 1}`, responsibleEmail: `person${at % 7}@regionexempel.se`, responsibleName: `Person ${at % 7}` }))
  );
  return answer({ owed, escalated, snoozedCount: 4 });
}

export const emptyAnswer = answer({ snoozedCount: 1 });

export function cardInput(answerOf: MyTasksAnswer, locale: Locale, extra: Partial<DigestCardInput> = {}): DigestCardInput {
  return {
    answer: answerOf,
    recipient: { name: 'Åsa Lindström', jobTitle: 'Informationssäkerhetssamordnare' },
    locale,
    siteUrl: SITE_URL,
    myTasksUrl: MY_TASKS_URL,
    refreshUserIds: [TEAMS_USER_ID],
    courses: DEFAULT_REGION_CONFIG.training.courses,
    ...extra
  };
}

/** Every digest variant the tests render, by name. */
export function digestVariants(locale: Locale): Record<string, DigestCardInput> {
  return {
    typical: cardInput(typicalAnswer, locale),
    'after-signing': cardInput(typicalAnswer, locale, { notice: { kind: 'success', text: locale === 'sv' ? 'Undertecknat. 4 uppgifter återstår.' : 'Signed. 4 tasks remain.' } }),
    'with-warning': cardInput(typicalAnswer, locale, { notice: { kind: 'warning', text: locale === 'sv' ? '”Remisser till primärvården” visas igen 23 mars 2026.' : '"Remisser till primärvården" shows again on 23 March 2026.' } }),
    'with-error': cardInput(typicalAnswer, locale, { notice: { kind: 'error', text: locale === 'sv' ? 'SharePoint svarar inte just nu. Försök igen om en stund.' : 'SharePoint is not answering right now. Try again in a while.' } }),
    manager: cardInput(managerAnswer, locale),
    hostile: cardInput(hostileAnswer, locale),
    huge: cardInput(hugeAnswer(), locale),
    empty: cardInput(emptyAnswer, locale),
    'no-name': cardInput(typicalAnswer, locale, { recipient: {} })
  };
}
