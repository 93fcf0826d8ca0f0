import type { Acknowledgement, SignedContent } from './acknowledgement';

/**
 * The tamper-evident chain of acknowledgements (R-ACK, R-SEC-4). Each acknowledgement is sealed
 * with a keyed hash (HMAC-SHA256 in production, seal-adapter) over a canonical text of what was
 * signed, its place in the chain and the previous acknowledgement's seal. Keyed, because a site
 * administrator may edit the list: without the key an edited, removed or inserted item cannot be
 * given a seal that verifies. Pure: the keyed hash is handed in as `seal`.
 */
export type Seal = (text: string) => string;

/** The previous hash of the first acknowledgement. */
export const GENESIS_HASH = '0'.repeat(64);

/** The newest link of the chain: what the next acknowledgement chains to. */
export interface ChainHead {
  readonly sequence: number;
  readonly hash: string;
}

export const EMPTY_CHAIN: ChainHead = { sequence: 0, hash: GENESIS_HASH };

export type ChainLink = Pick<Acknowledgement, 'sequence' | 'previousHash' | 'contentHash'>;

/**
 * An instant as SharePoint gives it back: UTC, whole seconds (`2026-01-12T08:15:30Z`), however it
 * was written (`+01:00`, milliseconds). The seal covers this form so a round trip keeps it valid;
 * the signing service takes its instant in whole seconds for the same reason.
 */
export function utcSeconds(instant: string): string {
  const epochMs = Date.parse(instant);
  return Number.isNaN(epochMs) ? instant : new Date(Math.floor(epochMs / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/**
 * The exact text a seal covers, one JSON array so that no field can bleed into the next. Versioned
 * (`tillit-ack-1`) so that a later canonical form can be told apart. E-mails lower-cased: the
 * registers store people that way.
 */
export function acknowledgementCanonicalText(content: SignedContent, sequence: number, previousHash: string): string {
  return JSON.stringify([
    'tillit-ack-1',
    content.documentKey,
    content.version,
    content.documentDigest,
    content.signerEmail.toLowerCase(),
    content.signedByAccount.toLowerCase(),
    content.signerTitle,
    content.place,
    content.signedOn,
    utcSeconds(content.signedAt),
    content.printedName,
    sequence,
    previousHash
  ]);
}

/** Seals `content` as the link after `head`. */
export function sealAcknowledgement(content: SignedContent, head: ChainHead, seal: Seal): ChainLink {
  const sequence = head.sequence + 1;
  return { sequence, previousHash: head.hash, contentHash: seal(acknowledgementCanonicalText(content, sequence, head.hash)) };
}

/** Whether an acknowledgement's seal is the one its content, place and previous hash give under the key. */
export function hasValidSeal(acknowledgement: SignedContent & ChainLink, seal: Seal): boolean {
  return seal(acknowledgementCanonicalText(acknowledgement, acknowledgement.sequence, acknowledgement.previousHash)) === acknowledgement.contentHash;
}

/**
 * The head as the app keeps it in the Settings list, sealed: removing the newest acknowledgements
 * leaves a valid-looking chain, and only a head the app wrote (and an administrator cannot forge)
 * shows that items are missing at the end.
 */
export interface SealedHead extends ChainHead {
  readonly seal: string;
}

function headText(head: ChainHead): string {
  return JSON.stringify(['tillit-ack-head-1', head.sequence, head.hash]);
}

export function sealHead(head: ChainHead, seal: Seal): SealedHead {
  return { sequence: head.sequence, hash: head.hash, seal: seal(headText(head)) };
}

export function hasValidHeadSeal(head: SealedHead, seal: Seal): boolean {
  return seal(headText(head)) === head.seal;
}

/**
 * Chains acknowledgements in the order given (the demo's, by signedAt) after `head`: each gets the
 * next sequence and the previous one's seal. Returns them sealed and the new head.
 */
export function chainAll<T extends SignedContent>(contents: readonly T[], head: ChainHead, seal: Seal): { readonly sealed: Array<T & ChainLink>; readonly head: ChainHead } {
  let current = head;
  const sealed = contents.map((content) => {
    const link = sealAcknowledgement(content, current, seal);
    current = { sequence: link.sequence, hash: link.contentHash };
    return { ...content, ...link };
  });
  return { sealed, head: current };
}
