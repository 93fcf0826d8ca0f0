import { ThrottlingBudgetExceededError, UnknownOutcomeError } from '../../src/domain/shared/errors';
import { backoffMs, retryAfterMs, sendResiliently, type RetryPolicy, type SendDependencies } from '../../src/sharepoint/resilient-fetch';

/**
 * The send stage against a scripted SharePoint (R-SEC-2, R-SEC-3): each test lists what the
 * server answers, attempt by attempt, and checks what was sent and how long the stage waited.
 * Waits are recorded, never slept.
 */
const URL_ITEMS = "https://region.sharepoint.com/sites/tillit/_api/web/lists(guid'1')/items";
const POLICY: RetryPolicy = { retries: 3, baseDelayMs: 100, maxDelayMs: 1_000, budgetMs: 300_000 };

type Scripted = Response | Error;

function answer(status: number, headers: Record<string, string> = {}): Response {
  return new Response(status === 204 ? null : '{}', { status, headers });
}

function dropped(): TypeError {
  return Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }) });
}

function world(script: Scripted[], now = 0): { deps: SendDependencies; sent: RequestInit[]; waits: number[] } {
  const sent: RequestInit[] = [];
  const waits: number[] = [];
  const deps: SendDependencies = {
    fetch: (_url, init) => {
      sent.push(init);
      const next = script.shift();
      if (next === undefined) throw new Error('the script ran out: the stage sent more than expected');
      return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
    },
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
    now: () => now,
    random: () => 0.5,
    log: () => undefined
  };
  return { deps, sent, waits };
}

const GET: RequestInit = { method: 'GET' };
const ADD: RequestInit = { method: 'POST', body: '{"Title":"x"}' };
const MERGE: RequestInit = { method: 'POST', headers: { 'X-HTTP-Method': 'MERGE', 'IF-Match': '"3"' }, body: '{}' };
const DELETE: RequestInit = { method: 'POST', headers: { 'X-HTTP-Method': 'DELETE', 'IF-Match': '"3"' } };

describe('Retry-After (R-SEC-3)', () => {
  it('is honoured as sent, with no cap: 120 s is 120 s', async () => {
    const { deps, waits } = world([answer(429, { 'retry-after': '120' }), answer(200)]);
    const response = await sendResiliently(URL_ITEMS, GET, POLICY, deps);
    expect(response.status).toBe(200);
    expect(waits).toEqual([120_000]);
  });

  it('reads an HTTP date too', () => {
    const at = Date.parse('2026-03-01T10:00:00Z');
    expect(retryAfterMs(answer(503, { 'retry-after': 'Sun, 01 Mar 2026 10:00:30 GMT' }), at)).toBe(30_000);
    expect(retryAfterMs(answer(503, { 'retry-after': 'soon' }), at)).toBeUndefined();
  });

  it('resends even an item add after 429 or 503 with Retry-After: SharePoint did not process it', async () => {
    const { deps, sent } = world([answer(429, { 'retry-after': '1' }), answer(503, { 'retry-after': '0' }), answer(201)]);
    expect((await sendResiliently(URL_ITEMS, ADD, POLICY, deps)).status).toBe(201);
    expect(sent).toHaveLength(3);
  });

  it('stops with ThrottlingBudgetExceededError naming the wait when it is beyond the budget', async () => {
    const { deps, waits, sent } = world([answer(429, { 'retry-after': '120' })]);
    const failure = await sendResiliently(URL_ITEMS, GET, { ...POLICY, budgetMs: 60_000 }, deps).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ThrottlingBudgetExceededError);
    expect((failure as Error).message).toContain('SharePoint asked us to wait 120 s before retrying GET https://region.sharepoint.com');
    expect(failure).toMatchObject({ waitSeconds: 120, budgetSeconds: 60 });
    expect([waits, sent.length]).toEqual([[], 1]);
  });

  it('counts every wait against the budget, and the job\'s deadline as well', async () => {
    const throttled = (): Response => answer(429, { 'retry-after': '40' });
    const budget = world([throttled(), throttled(), throttled()]);
    await expect(sendResiliently(URL_ITEMS, GET, { ...POLICY, budgetMs: 100_000 }, budget.deps)).rejects.toBeInstanceOf(ThrottlingBudgetExceededError);
    expect(budget.waits).toEqual([40_000, 40_000]);
    const deadline = world([throttled()], 1_000_000);
    await expect(sendResiliently(URL_ITEMS, GET, { ...POLICY, deadline: 1_030_000 }, deadline.deps)).rejects.toMatchObject({ budgetSeconds: 30 });
  });

  it('backs off exponentially with jitter where SharePoint names no wait, within maxDelayMs', () => {
    expect([1, 2, 3, 10].map((attempt) => backoffMs(attempt, POLICY, () => 1))).toEqual([100, 200, 400, 1_000]);
    expect(backoffMs(3, POLICY, () => 0)).toBe(0);
  });

  it('hands the last 429 to the caller when the retries are used up', async () => {
    const { deps, sent } = world([answer(429), answer(429), answer(429), answer(429)]);
    expect((await sendResiliently(URL_ITEMS, GET, POLICY, deps)).status).toBe(429);
    expect(sent).toHaveLength(4);
  });
});

describe('lost answers (R-SEC-2)', () => {
  it('repeats a read after 502, 504 and a dropped connection', async () => {
    const { deps, sent } = world([answer(502), answer(504), dropped(), answer(200)]);
    expect((await sendResiliently(URL_ITEMS, GET, POLICY, deps)).status).toBe(200);
    expect(sent).toHaveLength(4);
  });

  it.each([
    ['502', (): Scripted => answer(502)],
    ['504', (): Scripted => answer(504)],
    ['503 without Retry-After', (): Scripted => answer(503)],
    ['a dropped connection', (): Scripted => dropped()]
  ])('never resends an item add after %s: UnknownOutcomeError', async (_what, lost) => {
    const { deps, sent } = world([lost()]);
    const failure = await sendResiliently(URL_ITEMS, ADD, POLICY, deps).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UnknownOutcomeError);
    expect((failure as UnknownOutcomeError).request).toBe(`POST ${URL_ITEMS}`);
    expect(sent).toHaveLength(1);
  });

  it('resends a request that never reached SharePoint (connection refused)', async () => {
    const refused = Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });
    const { deps, sent } = world([refused, answer(201)]);
    expect((await sendResiliently(URL_ITEMS, ADD, POLICY, deps)).status).toBe(201);
    expect(sent).toHaveLength(2);
  });

  it('repeats a conditional update after a lost answer; a success means the first did not land', async () => {
    const { deps, sent } = world([answer(502), answer(204, { etag: '"4"' })]);
    expect((await sendResiliently(URL_ITEMS, MERGE, POLICY, deps)).headers.get('etag')).toBe('"4"');
    expect(sent).toHaveLength(2);
  });

  it('does not call a 412 on the repeat a conflict: the first attempt may have landed, so the outcome is unknown', async () => {
    const { deps } = world([dropped(), answer(412)]);
    const failure = await sendResiliently(URL_ITEMS, MERGE, POLICY, deps).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UnknownOutcomeError);
    expect((failure as Error).message).toMatch(/then 412 on the repeat/);
  });

  it('likewise a 404 on the repeat of a conditional delete', async () => {
    const { deps } = world([answer(504), answer(404)]);
    await expect(sendResiliently(URL_ITEMS, DELETE, POLICY, deps)).rejects.toBeInstanceOf(UnknownOutcomeError);
  });

  it('passes a 412 on the first attempt through: that is a real conflict', async () => {
    const { deps } = world([answer(412)]);
    expect((await sendResiliently(URL_ITEMS, MERGE, POLICY, deps)).status).toBe(412);
  });

  it('surfaces a conditional write whose every attempt was lost as unknown, not as the last 502', async () => {
    const { deps, sent } = world([answer(502), answer(502), answer(502), answer(502)]);
    await expect(sendResiliently(URL_ITEMS, MERGE, POLICY, deps)).rejects.toBeInstanceOf(UnknownOutcomeError);
    expect(sent).toHaveLength(4);
  });

  it('hands a read its last 502 when the retries are used up, and rethrows a last dropped connection', async () => {
    expect((await sendResiliently(URL_ITEMS, GET, POLICY, world([answer(502), answer(502), answer(502), answer(502)]).deps)).status).toBe(502);
    await expect(sendResiliently(URL_ITEMS, GET, POLICY, world([dropped(), dropped(), dropped(), dropped()]).deps)).rejects.toThrow('fetch failed');
  });

  it('lets an error that is not the network through untouched', async () => {
    const { deps, sent } = world([new RangeError('bad URL')]);
    await expect(sendResiliently(URL_ITEMS, GET, POLICY, deps)).rejects.toThrow(RangeError);
    expect(sent).toHaveLength(1);
  });
});
