import type { RequestHandler } from 'express';
import { HttpProblem } from './http-problem';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The local routes act with a demo identity's token, so only pages of this server may use them:
 * - the Host must be a loopback name (a page on another site that rebinds its DNS name to 127.0.0.1
 *   sends its own name as the Host);
 * - a state-changing request must come from this origin (the browser's Origin and Sec-Fetch-Site),
 *   besides the SameSite=Strict identity cookie.
 */
export const loopbackHostOnly: RequestHandler = (request, _response, next) => {
  const host = (request.headers.host ?? '').toLowerCase().replace(/:\d+$/, '');
  if (!LOOPBACK_HOSTS.has(host)) throw new HttpProblem(403, 'forbidden-host', `The app service answers on 127.0.0.1 only, not on "${host}".`);
  next();
};

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const sameOriginWrites: RequestHandler = (request, _response, next) => {
  if (SAFE_METHODS.has(request.method)) {
    next();
    return;
  }
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') {
    throw new HttpProblem(403, 'cross-site-request', `A ${request.method} from another site (${fetchSite}) is refused.`);
  }
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== `${request.protocol}://${request.headers.host ?? ''}`) {
    throw new HttpProblem(403, 'cross-site-request', `A ${request.method} from the origin ${origin} is refused.`);
  }
  next();
};
