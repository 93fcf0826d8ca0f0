import type { MyAcknowledgementsResponse } from '../../src/contracts/acknowledgements';
import { isOwnSignatureFor, outstandingAcknowledgements } from '../../src/domain/acknowledgements/outstanding-acknowledgements';
import { isManager } from '../../src/domain/people/person';
import { receiptOf } from './sign-acknowledgement';
import { loadSignerContext, mustSign, type SignerServices } from './signer-context';

/**
 * The web part's view of one person (R-ACK): the versions in force with their text, whether the
 * person must sign each and has, earlier versions signed, the roles that oblige them, and what the
 * form is prefilled with. The title is the one the person signed with last (the Staff list holds
 * no job titles), else the first role's name.
 */
export async function myAcknowledgements(services: SignerServices, email: string, mayVerify: boolean): Promise<MyAcknowledgementsResponse> {
  const context = await loadSignerContext(services, email);
  const outstanding = outstandingAcknowledgements(context.inForce, context.signed, context.rolesByPerson, context.roster, services.config, context.today);
  const roles = services.config.roles.filter((role) => context.roles.has(role.key)).map((role) => ({ key: role.key, label: role.label }));
  const inForceIds = new Set(context.inForce.map((version) => version.id));
  const titleOf = new Map(context.versions.map((version) => [`${version.documentKey}\u0000${version.version}`, version.title]));
  const newestFirst = [...context.signed].sort((a, b) => b.signedAt.localeCompare(a.signedAt));
  const own = newestFirst.filter((acknowledgement) => acknowledgement.signedByAccount === acknowledgement.signerEmail);
  return {
    email: context.email,
    today: context.today,
    roles,
    isManager: context.person !== undefined && isManager(context.person, context.today),
    documents: context.inForce.map((version) => {
      const signed = context.signed.find((acknowledgement) => isOwnSignatureFor(acknowledgement, version));
      const due = outstanding.find((row) => row.documentVersionId === version.id && row.personEmail === context.email);
      return {
        documentKey: version.documentKey,
        title: version.title,
        version: version.version,
        publishedOn: version.publishedOn,
        text: version.text,
        mustSign: mustSign(context, version),
        ...(due === undefined ? {} : { dueOn: due.dueOn }),
        ...(signed === undefined ? {} : { signed: receiptOf(signed) })
      };
    }),
    earlier: own
      .filter((acknowledgement) => !context.inForce.some((version) => inForceIds.has(version.id) && isOwnSignatureFor(acknowledgement, version)))
      .map((acknowledgement) => ({ ...receiptOf(acknowledgement), title: titleOf.get(`${acknowledgement.documentKey}\u0000${acknowledgement.version}`) ?? acknowledgement.documentKey })),
    prefill: {
      signerTitle: own[0]?.signerTitle ?? roles[0]?.label.sv ?? '',
      printedName: context.person?.displayName ?? ''
    },
    mayVerify
  };
}
