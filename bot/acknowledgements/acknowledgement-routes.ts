import express, { type Router } from 'express';
import { signAcknowledgementRequestSchema, type SignAcknowledgementResponse, type VerificationResponse } from '../../src/contracts/acknowledgements';
import { ConflictError } from '../../src/domain/shared/errors';
import { verifyStoredChain } from '../../src/sharepoint/acknowledgements/acknowledgement-chain-reader';
import { isSiteOwner } from '../../src/sharepoint/acknowledgements/site-identity';
import type { AppApiServices } from '../api/app-api-services';
import { HttpProblem, parseRequest } from '../http/http-problem';
import { myTasksOf } from '../tasks/my-tasks';
import { myAcknowledgements } from './my-acknowledgements';
import { signAcknowledgement } from './sign-acknowledgement';

/**
 * `/api/acknowledgements…` (R-ACK): thin routes over the signing service, which the Teams bot's
 * "sign" card calls too. The signer is always the caller the request authenticates, never a field
 * of its body (R-SEC-1); the strict body schema refuses one that tries (`signerEmail` → 400).
 */
export function acknowledgementRoutes(services: AppApiServices): Router {
  const router = express.Router();

  router.get('/acknowledgements/mine', async (request, response) => {
    const caller = await services.callerOf(request);
    response.json(await myAcknowledgements(services, caller.email, await isSiteOwner(services.site, caller.email)));
  });

  router.post('/acknowledgements', async (request, response) => {
    const caller = await services.callerOf(request);
    const body = parseRequest(signAcknowledgementRequestSchema, request.body, 'The acknowledgement');
    try {
      const outcome = await signAcknowledgement(services, caller.email, body);
      // What the signer owes changed: her My tasks (and the bot's digest) reads the day's plan afresh.
      if (!outcome.alreadySigned) myTasksOf(services).plans.invalidate();
      const answer: SignAcknowledgementResponse = outcome;
      response.status(outcome.alreadySigned ? 200 : 201).json(answer);
    } catch (error) {
      if (error instanceof ConflictError) throw new HttpProblem(409, 'conflict', `${error.message}. Try again.`);
      throw error;
    }
  });

  // R-SEC-4: the chain's verification, for those who answer for it (the site owners: the security coordinator's office).
  router.get('/acknowledgements/verification', async (request, response) => {
    const caller = await services.callerOf(request);
    if (!(await isSiteOwner(services.site, caller.email))) {
      throw new HttpProblem(403, 'owners-only', 'Only the site owners (the security coordinator\'s office) see the verification of the acknowledgements.');
    }
    const seal = services.acknowledgementSeal;
    if (seal === undefined) throw new HttpProblem(503, 'acknowledgement-key-missing', 'The app service has no acknowledgement key (TILLIT_ACKNOWLEDGEMENT_KEY): the chain cannot be verified.');
    const verification = await verifyStoredChain({ sp: services.site, sitePath: services.sitePath, settings: services.registers.settings }, seal, await services.appAccount());
    const answer: VerificationResponse = {
      checked: verification.checked,
      ...(verification.headSequence === undefined ? {} : { headSequence: verification.headSequence }),
      findings: verification.findings.map((finding) => ({ kind: finding.kind, itemIds: [...finding.itemIds], sequences: [...finding.sequences] })),
      verifiedAt: services.now().toISOString()
    };
    response.json(answer);
  });
  return router;
}
