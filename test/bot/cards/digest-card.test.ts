import type { ActionExecute, ActionShowCard, AdaptiveCard } from '../../../bot/cards/adaptive-card';
import { CARD_VERBS } from '../../../bot/cards/card-actions';
import { digestCard } from '../../../bot/cards/digest-card';
import { SUPPORTED_LOCALES } from '../../../src/domain/shared/localized-text';
import { schemaErrorsOf } from './card-schema';
import { actionsOf, elementsOf, itemContainersOf, textsOf } from './card-walk';
import { MY_TASKS_URL, TEAMS_USER_ID, cardInput, digestVariants, emptyAnswer, managerAnswer, typicalAnswer } from './sample-digests';

const names = (card: AdaptiveCard): string[] => itemContainersOf(card).map((item) => (item.items[0].type === 'TextBlock' ? item.items[0].text : ''));
const executes = (card: AdaptiveCard): ActionExecute[] => actionsOf(card).filter((action): action is ActionExecute => action.type === 'Action.Execute');

describe.each(SUPPORTED_LOCALES)('digestCard (%s): one card per person (R-NDG-1, R-NDG-2)', (locale) => {
  test.each(Object.entries(digestVariants(locale)))('the %s digest is a valid Adaptive Card 1.5 with a refresh for the recipient', (_, input) => {
    const card = digestCard(input);
    expect(schemaErrorsOf(card)).toBe('');
    expect(card.version).toBe('1.5');
    expect(card.refresh).toEqual({ action: expect.objectContaining({ type: 'Action.Execute', verb: CARD_VERBS.refresh }), userIds: [TEAMS_USER_ID] });
    expect(card.actions).toEqual([expect.objectContaining({ type: 'Action.OpenUrl', url: MY_TASKS_URL })]);
  });

  test('topics in My tasks order (incidents to assess first), then escalations by person, then the staff\'s training', () => {
    const card = digestCard(cardInput(managerAnswer, locale));
    const headings = elementsOf(card).flatMap((element) => (element.type === 'TextBlock' && element.style === 'heading' ? [element.text] : []));
    const sv = ['Att göra', 'Händelser att bedöma (1)', 'Systemsäkerhetsplaner (1)', 'Reservrutiner (1)', 'Eskalerat till dig', 'Johan Ek (2)', 'Lena Sjöberg (1)', 'Dina medarbetares försenade utbildning'];
    const en = ['To do', 'Incidents to assess (1)', 'System security plans (1)', 'Reserve routines (1)', 'Escalated to you', 'Johan Ek (2)', 'Lena Sjöberg (1)', "Your staff's overdue training"];
    expect(headings.slice(1)).toEqual(locale === 'sv' ? sv : en);
    // Why it is told to me (R-NDG-3), under the person's name; someone else's item is not addressed to me as "do this".
    const texts = textsOf(card);
    expect(texts).toEqual(expect.arrayContaining(locale === 'sv' ? ['Eskalerat till dig som chef.', 'Eskalerat till dig som ansvarig för området.', 'Bekräftelse av mottagande · Styrdokument', 'Utbildning · 2 av 12 moduler klara'] : ['Escalated to you as the manager.', 'Escalated to you as the person responsible for the area.', 'Acknowledgement of receipt · Governing document', 'Training · 2 of 12 modules done']));
    expect(names(card)).toEqual(['Fax med patientuppgifter skickat till fel mottagare', 'Cosmic', 'Labbsystemet Flexlab', 'Röntgenbilder (PACS)', 'Fördelning av ansvar för informationssäkerhet', 'Platina', expect.any(String), expect.any(String)]);
  });

  test('each item says what is owed, the due date in words and how late', () => {
    const texts = textsOf(digestCard(cardInput(typicalAnswer, locale)));
    const expected =
      locale === 'sv'
        ? ['**Försenad 41 dagar** · senast 3 februari 2026', '**Aldrig gjord** · ska göras nu', '**Förfaller om 5 dagar** · senast 21 mars 2026', 'Risk · Uppföljningen är försenad', 'Utbildning · Gör utbildningen. 7 av 12 moduler klara', 'Informationstillgång · Klassa informationen']
        : ['**Overdue by 41 days** · due date 3 February 2026', '**Never done** · to be done now', '**Due in 5 days** · due date 21 March 2026', 'Risk · The follow-up is overdue', 'Training · Take the training. 7 of 12 modules done', 'Information asset · Classify the information'];
    expect(texts).toEqual(expect.arrayContaining(expected));
    // A course is named by its configured label, not its key.
    expect(texts).toContain(locale === 'sv' ? 'Mikroutbildning i informationssäkerhet' : 'Information security micro-training');
  });

  test('buttons that act: open the SharePoint page (absolute), snooze for each length the region offers, sign an owed acknowledgement', () => {
    const card = digestCard(cardInput(typicalAnswer, locale));
    const opens = actionsOf(card).filter((action) => action.type === 'Action.OpenUrl');
    expect(opens.map((action) => (action.type === 'Action.OpenUrl' ? action.url : ''))).toEqual(
      expect.arrayContaining(['https://regionexempel.sharepoint.com/sites/tillit/Lists/Informationstillgangar/DispForm.aspx?ID=101'.replace('101', typicalAnswer.owed[0].subjectId), MY_TASKS_URL])
    );
    const snoozes = executes(card).filter((action) => action.verb === CARD_VERBS.snooze);
    expect(snoozes).toHaveLength(typicalAnswer.owed.length * typicalAnswer.snoozeDays.length);
    expect(snoozes.filter((action) => action.data?.taskKey === typicalAnswer.owed[0].key).map((action) => action.data?.days)).toEqual([7, 14, 30]);
    expect(snoozes.every((action) => action.associatedInputs === 'none')).toBe(true);
    const signs = executes(card).filter((action) => action.verb === CARD_VERBS.sign);
    expect(signs).toEqual([expect.objectContaining({ data: { taskKey: typicalAnswer.owed[1].key, form: 1 } })]);
  });

  test('the sign form: place, title and printed name required and labelled, prefilled from the recipient, a required confirmation; the signer is not in the card', () => {
    const card = digestCard(cardInput(typicalAnswer, locale));
    const sign = actionsOf(card).find((action): action is ActionShowCard => action.type === 'Action.ShowCard' && action.card.actions?.some((inner) => inner.type === 'Action.Execute' && inner.verb === CARD_VERBS.sign) === true);
    expect(sign).toBeDefined();
    const inputs = (sign as ActionShowCard).card.body.filter((element) => element.type === 'Input.Text' || element.type === 'Input.Toggle');
    expect(inputs.map((input) => input.id)).toEqual(['place.1', 'signerTitle.1', 'printedName.1', 'confirmed.1']);
    for (const input of inputs) expect(input).toEqual(expect.objectContaining({ isRequired: true, label: expect.any(String), errorMessage: expect.any(String) }));
    expect(inputs.map((input) => ('value' in input ? input.value : undefined))).toEqual([undefined, 'Informationssäkerhetssamordnare', 'Åsa Lindström', 'false']);
    const toggle = inputs[3];
    expect(toggle.type === 'Input.Toggle' && toggle.title).toContain(locale === 'sv' ? 'Jag har läst och tagit emot Fördelning av ansvar' : 'I have read and received Fördelning av ansvar');
    expect(JSON.stringify(card)).not.toContain('asa.lindstrom@regionexempel.se');
  });

  test('escalations are snoozed by the escalation\'s key and never signed; the staff\'s training has no snooze', () => {
    const card = digestCard(cardInput(managerAnswer, locale));
    const keys = executes(card).filter((action) => action.verb === CARD_VERBS.snooze).map((action) => action.data?.taskKey);
    for (const escalated of managerAnswer.escalated) expect(keys).toContain(escalated.key);
    for (const staff of managerAnswer.staffTraining) expect(keys).not.toContain(staff.key);
    expect(executes(card).filter((action) => action.verb === CARD_VERBS.sign)).toEqual([]);
    // The incident is assessed in My tasks: the Incidents list is private to its reporters (R-SEC-1).
    const incident = itemContainersOf(card)[0];
    expect(JSON.stringify(incident)).toContain(MY_TASKS_URL);
    expect(textsOf(card)).toEqual(expect.arrayContaining([locale === 'sv' ? 'Ansvarig: Omar Haddad' : 'Responsible: Omar Haddad']));
  });

  test('a notice on top, in the colour of its kind', () => {
    const card = digestCard(cardInput(typicalAnswer, locale, { notice: { kind: 'success', text: 'Undertecknat. 3 uppgifter återstår.' } }));
    expect(card.body[0]).toEqual(expect.objectContaining({ type: 'Container', style: 'good', items: [expect.objectContaining({ text: 'Undertecknat. 3 uppgifter återstår.' })] }));
    const error = digestCard(cardInput(typicalAnswer, locale, { notice: { kind: 'error', text: '*inte* sparad' } }));
    expect(error.body[0]).toEqual(expect.objectContaining({ style: 'attention', items: [expect.objectContaining({ text: '\\*inte\\* sparad' })] }));
  });

  test('nothing owed: "Inget väntar på dig just nu", the snoozed count and My tasks', () => {
    const card = digestCard(cardInput(emptyAnswer, locale));
    expect(textsOf(card)).toEqual(
      locale === 'sv'
        ? ['Inget väntar på dig just nu', expect.stringContaining('inga uppgifter'), '1 uppgift som du har skjutit upp visas inte nu.']
        : ['Nothing is waiting for you right now', expect.stringContaining('no information security tasks'), '1 task you snoozed is not shown now.']
    );
    expect(executes(card)).toEqual([]);
  });
});

describe('digestCard: register text is escaped (issue 9)', () => {
  test('hostile names show as written: no emphasis, link, date function, list or HTML survives', () => {
    const card = digestCard(digestVariants('sv').hostile);
    const texts = textsOf(card).join('\n');
    expect(texts).toContain('\\*Journal\\* \\_\\_viktigt\\_\\_');
    expect(texts).toContain('\\[klicka här\\](javascript:alert(1))');
    expect(texts).not.toMatch(/\{\{(DATE|TIME)\(/);
    expect(texts).not.toMatch(/(^|[^\\])<(b|at|script)>/);
    expect(texts).toContain('\\[Ond\\](javascript:x) \\*Person\\*');
    expect(texts).not.toContain('Rad ett\nRad två');
  });
});
