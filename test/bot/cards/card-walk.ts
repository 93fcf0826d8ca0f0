import type { AdaptiveCard, CardAction, CardElement } from '../../../bot/cards/adaptive-card';

/** Every element of a card, show cards' included, depth first, in order. */
export function elementsOf(card: AdaptiveCard): CardElement[] {
  const found: CardElement[] = [];
  function visitCard(inner: AdaptiveCard): void {
    inner.body.forEach(visit);
    for (const action of inner.actions ?? []) if (action.type === 'Action.ShowCard') visitCard(action.card);
  }
  function visit(element: CardElement): void {
    found.push(element);
    if (element.type === 'Container') element.items.forEach(visit);
    if (element.type === 'ActionSet') for (const action of element.actions) if (action.type === 'Action.ShowCard') visitCard(action.card);
  }
  visitCard(card);
  return found;
}

/** Every action of a card, in action sets, show cards and the card's own, in order. */
export function actionsOf(card: AdaptiveCard): CardAction[] {
  const found: CardAction[] = [];
  function visitActions(actions: readonly CardAction[] | undefined): void {
    for (const action of actions ?? []) {
      found.push(action);
      if (action.type === 'Action.ShowCard') visitCard(action.card);
    }
  }
  function visit(element: CardElement): void {
    if (element.type === 'Container') element.items.forEach(visit);
    if (element.type === 'ActionSet') visitActions(element.actions);
  }
  function visitCard(inner: AdaptiveCard): void {
    inner.body.forEach(visit);
    visitActions(inner.actions);
  }
  visitCard(card);
  return found;
}

/** The texts of the card's text blocks, in order (show cards included). */
export function textsOf(card: AdaptiveCard): string[] {
  return elementsOf(card).flatMap((element) => (element.type === 'TextBlock' ? [element.text] : []));
}

/** The item containers of a digest: the unstyled containers (a notice and a section's band have a style). */
export function itemContainersOf(card: AdaptiveCard): Array<Extract<CardElement, { type: 'Container' }>> {
  return card.body.flatMap((element) => (element.type === 'Container' && element.style === undefined ? [element] : []));
}
