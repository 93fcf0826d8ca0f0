import { createHash } from 'node:crypto';
import type { AcknowledgementReceipt, SignAcknowledgementRequest } from '../../src/contracts/acknowledgements';
import type { Acknowledgement, SignedContent } from '../../src/domain/acknowledgements/acknowledgement';
import { isOwnSignatureFor } from '../../src/domain/acknowledgements/outstanding-acknowledgements';
import { utcSeconds } from '../../src/domain/acknowledgements/acknowledgement-chain';
import type { AcknowledgementChainStore } from '../../src/sharepoint/acknowledgements/acknowledgement-chain-store';
import { HttpProblem } from '../http/http-problem';
import { loadSignerContext, mustSign, type SignerServices } from './signer-context';

export interface SigningServices extends SignerServices {
  /** Undefined when the app service has no acknowledgement key: nothing can be signed then. */
  readonly acknowledgementChain: AcknowledgementChainStore | undefined;
}

export interface SignOutcome {
  readonly receipt: AcknowledgementReceipt;
  readonly alreadySigned: boolean;
}

/** SHA-256 of the version's text as shown: what the signer confirmed (R-ACK). */
export function documentDigest(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function receiptOf(acknowledgement: Acknowledgement): AcknowledgementReceipt {
  const { id, documentKey, version, signedOn, signedAt, place, signerTitle, printedName, sequence, contentHash } = acknowledgement;
  // The instant as SharePoint keeps it (UTC, whole seconds): a receipt reads the same before and after a reload.
  return { id, documentKey, version, signedOn, signedAt: utcSeconds(signedAt), place, signerTitle, printedName, sequence, contentHash };
}

/**
 * Signs the version in force of a document for `signerEmail` — always the authenticated caller
 * (the web part's `callerOf(request)`, the Teams bot's user), never a value from a request body
 * (R-ACK, R-SEC-1). The version must be the one in force and the signer must owe it (a role it
 * names, or a manager); a repeat returns the first receipt and writes nothing. The instant is the
 * app service's clock; the app writes the sealed link with its own identity (R-SEC-4).
 */
export async function signAcknowledgement(services: SigningServices, signerEmail: string, request: Omit<SignAcknowledgementRequest, 'confirmed'>): Promise<SignOutcome> {
  const chain = services.acknowledgementChain;
  if (chain === undefined) throw new HttpProblem(503, 'acknowledgement-key-missing', 'The app service has no acknowledgement key (TILLIT_ACKNOWLEDGEMENT_KEY): nothing can be signed.');
  const email = signerEmail.toLowerCase();
  const context = await loadSignerContext(services, email);
  const version = context.inForce.find((candidate) => candidate.documentKey === request.documentKey);
  if (version === undefined) throw new HttpProblem(404, 'document-not-found', `No version of the document "${request.documentKey}" is in force.`);
  if (version.version !== request.version) {
    throw new HttpProblem(409, 'version-not-in-force', `Version ${request.version} of "${version.title}" is not the one in force (${version.version}): reload the page and read the current version.`);
  }
  const existing = (): Acknowledgement | undefined => context.signed.find((acknowledgement) => isOwnSignatureFor(acknowledgement, version));
  const earlier = existing();
  if (earlier !== undefined) return { receipt: receiptOf(earlier), alreadySigned: true };
  if (!mustSign(context, version)) {
    throw new HttpProblem(403, 'not-a-signatory', `${email} holds no role that must acknowledge "${version.title}" ${version.version}, and is not a manager it names.`);
  }
  const content: SignedContent = {
    documentKey: version.documentKey,
    version: version.version,
    documentDigest: documentDigest(version.text),
    signerEmail: email,
    signedByAccount: email,
    signedOn: context.today,
    signedAt: context.at,
    place: request.place,
    signerTitle: request.signerTitle,
    printedName: request.printedName
  };
  const outcome = await chain.append(content, async () => {
    // Inside the chain's queue: a second click that raced the first finds the first's item.
    const again = await loadSignerContext(services, email);
    return again.signed.find((acknowledgement) => isOwnSignatureFor(acknowledgement, version));
  });
  return { receipt: receiptOf(outcome.acknowledgement), alreadySigned: !outcome.created };
}
