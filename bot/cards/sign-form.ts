import type { BotText } from '../i18n/bot-translator';
import { text, type ActionShowCard } from './adaptive-card';
import { CARD_VERBS, TOGGLE_OFF, TOGGLE_ON, signInputId, type SignActionData } from './card-actions';
import { escapeCardMarkdown, oneLine } from './card-markdown';

/** What the form is prefilled with (the roster's name and title): the person may correct it; it is printed on the receipt, not the identity. */
export interface Signer {
  readonly name?: string;
  readonly jobTitle?: string;
}

export interface SignFormInput {
  readonly taskKey: string;
  /** The form's number in the card: its inputs' ids end in it (card-actions.ts). */
  readonly form: number;
  readonly documentName: string;
  readonly signer: Signer;
  readonly text: BotText;
}

/** The same bound as the sign request (src/contracts/acknowledgements.ts). */
const FIELD_MAX = 255;

/**
 * "Skriv under" in the card (R-ACK, R-NDG-2): the acknowledgement of receipt's fields (place, title,
 * printed name, the confirmation), as on My acknowledgement. The action carries only the task's key
 * and the form's number: the app service resolves the document version in force from the key and
 * the signer from the Teams user who pressed it, never from the card (R-SEC-1).
 */
export function signFormAction({ taskKey, form, documentName, signer, text: t }: SignFormInput): ActionShowCard {
  const data: SignActionData = { taskKey, form };
  return {
    type: 'Action.ShowCard',
    title: t.t('actions.sign'),
    tooltip: t.t('actions.signTooltip', { name: oneLine(documentName, 60) }),
    card: {
      type: 'AdaptiveCard',
      body: [
        text(t.t('signForm.intro'), { isSubtle: true, size: 'small' }),
        {
          type: 'Input.Text',
          id: signInputId('place', form),
          label: t.t('signForm.place'),
          placeholder: t.t('signForm.placePlaceholder'),
          isRequired: true,
          errorMessage: t.t('signForm.placeError'),
          maxLength: FIELD_MAX
        },
        {
          type: 'Input.Text',
          id: signInputId('signerTitle', form),
          label: t.t('signForm.title'),
          value: oneLine(signer.jobTitle ?? '', FIELD_MAX),
          isRequired: true,
          errorMessage: t.t('signForm.titleError'),
          maxLength: FIELD_MAX
        },
        {
          type: 'Input.Text',
          id: signInputId('printedName', form),
          label: t.t('signForm.printedName'),
          value: oneLine(signer.name ?? '', FIELD_MAX),
          isRequired: true,
          errorMessage: t.t('signForm.printedNameError'),
          maxLength: FIELD_MAX
        },
        {
          type: 'Input.Toggle',
          id: signInputId('confirmed', form),
          label: t.t('signForm.confirmLabel'),
          // The toggle's title is markdown in the renderers: the document's name is escaped like any register text.
          title: t.t('signForm.confirm', { name: escapeCardMarkdown(documentName) }),
          valueOn: TOGGLE_ON,
          valueOff: TOGGLE_OFF,
          value: TOGGLE_OFF,
          isRequired: true,
          errorMessage: t.t('signForm.confirmError'),
          wrap: true
        }
      ],
      actions: [{ type: 'Action.Execute', title: t.t('signForm.submit'), verb: CARD_VERBS.sign, data: { ...data }, style: 'positive', associatedInputs: 'auto' }]
    }
  };
}
