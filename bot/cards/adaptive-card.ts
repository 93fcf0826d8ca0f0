/**
 * The part of Adaptive Cards 1.5 the bot's cards use, as plain JSON types: the cards are data the
 * sender serialises, validated in the tests against the official schema
 * (`../shared/schemas/adaptive-card-1.5.json`). Teams renders 1.5 on desktop, web and mobile; nothing
 * here is Teams-only (the schema forbids unknown properties, so no `msteams` extension either).
 */
export const ADAPTIVE_CARD_VERSION = '1.5';
export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export type Spacing = 'none' | 'small' | 'default' | 'medium' | 'large' | 'extraLarge';
export type TextColor = 'default' | 'dark' | 'light' | 'accent' | 'good' | 'warning' | 'attention';
export type ContainerStyle = 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';

interface ElementBase {
  readonly id?: string;
  readonly spacing?: Spacing;
  readonly separator?: boolean;
}

export interface TextBlock extends ElementBase {
  readonly type: 'TextBlock';
  /** Markdown (Teams' subset): register text in it goes through escapeCardMarkdown (card-markdown.ts). */
  readonly text: string;
  readonly wrap?: boolean;
  readonly weight?: 'default' | 'lighter' | 'bolder';
  readonly size?: 'default' | 'small' | 'medium' | 'large' | 'extraLarge';
  readonly color?: TextColor;
  readonly isSubtle?: boolean;
  /** 1.5: `heading` is announced as a heading by screen readers. */
  readonly style?: 'default' | 'heading';
}

export interface Container extends ElementBase {
  readonly type: 'Container';
  readonly items: readonly CardElement[];
  readonly style?: ContainerStyle;
  readonly bleed?: boolean;
}

export interface ActionSet extends ElementBase {
  readonly type: 'ActionSet';
  readonly actions: readonly CardAction[];
}

export interface InputText extends ElementBase {
  readonly type: 'Input.Text';
  readonly id: string;
  readonly label: string;
  readonly value?: string;
  readonly placeholder?: string;
  readonly isRequired?: boolean;
  readonly errorMessage?: string;
  readonly maxLength?: number;
}

export interface InputToggle extends ElementBase {
  readonly type: 'Input.Toggle';
  readonly id: string;
  readonly title: string;
  readonly label?: string;
  readonly value?: string;
  readonly valueOn?: string;
  readonly valueOff?: string;
  readonly isRequired?: boolean;
  readonly errorMessage?: string;
  readonly wrap?: boolean;
}

export interface Fact {
  readonly title: string;
  readonly value: string;
}

export interface FactSet extends ElementBase {
  readonly type: 'FactSet';
  readonly facts: readonly Fact[];
}

export type CardElement = TextBlock | Container | ActionSet | InputText | InputToggle | FactSet;

export interface ActionOpenUrl {
  readonly type: 'Action.OpenUrl';
  readonly title: string;
  readonly url: string;
  readonly tooltip?: string;
}

export interface ActionExecute {
  readonly type: 'Action.Execute';
  readonly title?: string;
  readonly verb: string;
  readonly data?: Readonly<Record<string, unknown>>;
  readonly style?: 'default' | 'positive' | 'destructive';
  readonly tooltip?: string;
  /** 'none' for actions that need no input of the card (snooze), so a half-filled sign form is not validated. */
  readonly associatedInputs?: 'auto' | 'none';
}

export interface ActionShowCard {
  readonly type: 'Action.ShowCard';
  readonly title: string;
  readonly card: AdaptiveCard;
  readonly tooltip?: string;
}

export type CardAction = ActionOpenUrl | ActionExecute | ActionShowCard;

export interface AdaptiveCard {
  readonly type: 'AdaptiveCard';
  /** Absent on a card inside Action.ShowCard (it inherits the outer card's). */
  readonly version?: string;
  readonly $schema?: string;
  readonly body: readonly CardElement[];
  readonly actions?: readonly CardAction[];
  /** Universal Actions: Teams asks the bot for a fresh card for these users when they open the chat. */
  readonly refresh?: { readonly action: ActionExecute; readonly userIds?: readonly string[] };
  readonly fallbackText?: string;
  readonly speak?: string;
  readonly lang?: string;
}

/** A top-level card: version and schema set, as Teams requires. */
export function adaptiveCard(card: Omit<AdaptiveCard, 'type' | 'version' | '$schema'>): AdaptiveCard {
  return { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: ADAPTIVE_CARD_VERSION, ...card };
}

/** A text block that wraps (Teams cuts an unwrapped line at the card's edge). */
export function text(value: string, options: Omit<TextBlock, 'type' | 'text'> = {}): TextBlock {
  return { type: 'TextBlock', text: value, wrap: true, ...options };
}
