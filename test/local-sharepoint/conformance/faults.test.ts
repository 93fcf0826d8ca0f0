import type { SPFI } from '@pnp/sp';
import type { IItems } from '@pnp/sp/items';
import type { RetryPolicy } from '../../../src/sharepoint/resilient-fetch';
import { ADMIN, ANNA, failureOf, startSite, type ConformanceSite } from './conformance-site';

/**
 * Throttling (R-SEC-3): the fault switch answers a share of requests with 429 or 503 and
 * Retry-After, as SharePoint Online does under load, and Tillit's client (resilient-fetch.ts)
 * retries through it.
 */
describe('local SharePoint: simulated throttling', () => {
  /** Fast retries so the test does not wait: Retry-After 0 is honoured as 0 ms. */
  const RETRYING: RetryPolicy = { retries: 5, baseDelayMs: 1, maxDelayMs: 20 };
  let context: ConformanceSite;
  let admin: SPFI;
  let statuses: number[];
  let fetchSpy: jest.SpyInstance;

  beforeAll(async () => {
    context = await startSite();
    admin = context.spAs(ADMIN);
    await admin.web.lists.add('Nudges');
  });

  beforeEach(() => {
    statuses = [];
    const realFetch = globalThis.fetch;
    // Watches every answer the client gets, retries included, without changing any.
    fetchSpy = jest.spyOn(globalThis, 'fetch').mockImplementation(async (...args: Parameters<typeof fetch>) => {
      const response = await realFetch(...args);
      statuses.push(response.status);
      return response;
    });
  });

  afterEach(() => {
    fetchSpy.mockRestore();
    context.site.faults.set(undefined);
  });

  afterAll(() => context.close());

  it('retries reads through 429s with Retry-After until they succeed', async () => {
    context.site.faults.set({ status: 429, share: 0.5, retryAfterSeconds: 0 });
    const sp = context.spAs(ADMIN, RETRYING);
    for (let n = 0; n < 10; n += 1) expect((await sp.web.select('Title')()).Title).toBe('Tillit');
    const throttled = statuses.filter((status) => status === 429).length;
    expect(throttled).toBeGreaterThanOrEqual(5);
    // The switch is deterministic: exactly half of all answers were 429, every other one 200.
    expect(throttled).toBe(statuses.length / 2 - (statuses.length % 2) / 2);
    expect(statuses.filter((status) => status === 200)).toHaveLength(10);
  });

  it('writes each item exactly once although some of the POSTs were throttled', async () => {
    context.site.faults.set({ status: 503, share: 0.5, retryAfterSeconds: 0 });
    const list = context.spAs(ADMIN, RETRYING).web.lists.getByTitle('Nudges');
    for (let n = 1; n <= 6; n += 1) await list.items.add({ Title: `Påminnelse ${n}` });
    expect(statuses).toContain(503);
    context.site.faults.set(undefined);
    const titles = (await admin.web.lists.getByTitle('Nudges').items.select('Title')()).map((item: { Title: string }) => item.Title);
    expect(titles).toEqual([1, 2, 3, 4, 5, 6].map((n) => `Påminnelse ${n}`));
  });

  it('retries a throttled $batch as a whole, and its writes land once', async () => {
    context.site.faults.set({ status: 429, share: 0.5, retryAfterSeconds: 0 });
    // One plain request first, so that the $batch POST is the one the switch throttles.
    await context.spAs(ADMIN, RETRYING).web.select('Title')();
    const [batched, execute] = context.spAs(ADMIN, RETRYING).batched();
    const items = (): IItems => batched.web.lists.getByTitle('Nudges').items;
    const adds = Promise.all([items().add({ Title: 'Batch A' }), items().add({ Title: 'Batch B' })]);
    await execute();
    await adds;
    expect(statuses).toContain(429);
    context.site.faults.set(undefined);
    const batchTitles = await admin.web.lists.getByTitle('Nudges').items.select('Title').filter("startswith(Title,'Batch')")();
    expect(batchTitles).toHaveLength(2);
  });

  it('surfaces a 429 with its Retry-After as an error when the client does not retry', async () => {
    context.site.faults.set({ status: 429, share: 1, retryAfterSeconds: 7 });
    const failure = await failureOf(context.spAs(ANNA, { retries: 0, baseDelayMs: 0, maxDelayMs: 0 }).web());
    expect(failure.status).toBe(429);
    expect(failure.headers.get('retry-after')).toBe('7');
    expect(failure.message).toMatch(/throttled/i);
    expect(statuses).toEqual([429]);
  });

  it('answers 503 with Retry-After when set to 503', async () => {
    context.site.faults.set({ status: 503, share: 1, retryAfterSeconds: 2 });
    const failure = await failureOf(admin.web.lists());
    expect(failure.status).toBe(503);
    expect(failure.headers.get('retry-after')).toBe('2');
  });

  it('gives up after the policy\'s retries and surfaces the last 429', async () => {
    context.site.faults.set({ status: 429, share: 1, retryAfterSeconds: 0 });
    const failure = await failureOf(context.spAs(ADMIN, { retries: 3, baseDelayMs: 1, maxDelayMs: 5 }).web());
    expect(failure.status).toBe(429);
    expect(statuses).toEqual([429, 429, 429, 429]);
  });

  describe('lost answers: the request lands, the answer does not (R-SEC-2)', () => {
    /** A raw add, as a client sends it: the answer is what the test inspects. */
    const rawAdd = (title: string): Promise<Response> =>
      fetch(`${context.site.siteUrl}/_api/web/lists/getByTitle('Nudges')/items`, {
        method: 'POST',
        headers: { authorization: `Bearer local:${ADMIN}`, accept: 'application/json', 'content-type': 'application/json' },
        body: JSON.stringify({ Title: title })
      });
    const titled = async (title: string): Promise<number> => (await admin.web.lists.getByTitle('Nudges').items.select('ID').filter(`Title eq '${title}'`)()).length;

    it('commit-then-502: the item is written, and the client gets 502 Bad Gateway', async () => {
      context.site.faults.set({ mode: 'commit-then-502', share: 1 });
      const answer = await rawAdd('Förlorat svar');
      context.site.faults.set(undefined);
      expect(answer.status).toBe(502);
      expect(await answer.text()).toContain('502 Bad Gateway');
      expect(await titled('Förlorat svar')).toBe(1);
    });

    it('commit-then-drop: the item is written, and the connection is destroyed without an answer', async () => {
      context.site.faults.set({ mode: 'commit-then-drop', share: 1 });
      const failure = await rawAdd('Tappad anslutning').then(
        () => undefined,
        (error: unknown) => error
      );
      context.site.faults.set(undefined);
      // fetch's own TypeError (undici), from Node's realm rather than the test's.
      expect(failure).toMatchObject({ name: 'TypeError', message: 'fetch failed' });
      expect(await titled('Tappad anslutning')).toBe(1);
    });

    it('keeps the share deterministic: commit-then-502:0.5 loses every other answer', async () => {
      context.site.faults.set({ mode: 'commit-then-502', share: 0.5 });
      const statuses: number[] = [];
      for (let n = 0; n < 4; n += 1) statuses.push((await rawAdd(`Varannan ${n}`)).status);
      context.site.faults.set(undefined);
      expect(statuses).toEqual([201, 502, 201, 502]);
      expect((await admin.web.lists.getByTitle('Nudges').items.select('ID').filter("startswith(Title,'Varannan')")()).length).toBe(4);
    });
  });

  describe('the admin endpoint PUT /_local/faults', () => {
    const call = (method: string, email: string | undefined, body?: unknown): Promise<Response> =>
      fetch(`http://127.0.0.1:${context.site.port}/_local/faults`, {
        method,
        headers: { 'content-type': 'application/json', ...(email === undefined ? {} : { authorization: `Bearer local:${email}` }) },
        body: body === undefined ? undefined : JSON.stringify(body)
      });

    it('switches throttling on and off for the site admin', async () => {
      const on = await call('PUT', ADMIN, { status: 429, share: 1, retryAfterSeconds: 3 });
      expect(on.status).toBe(200);
      expect(await on.json()).toEqual({ faults: { status: 429, share: 1, retryAfterSeconds: 3 } });
      expect((await failureOf(admin.web())).status).toBe(429);
      expect(await (await call('GET', ADMIN)).json()).toEqual({ faults: { status: 429, share: 1, retryAfterSeconds: 3 } });
      expect((await call('DELETE', ADMIN)).status).toBe(200);
      expect((await admin.web()).Title).toBe('Tillit');
    });

    it('switches a lost-answer mode on', async () => {
      const on = await call('PUT', ADMIN, { mode: 'commit-then-drop', share: 0.5 });
      expect(await on.json()).toEqual({ faults: { mode: 'commit-then-drop', share: 0.5 } });
      expect(context.site.faults.current()).toEqual({ mode: 'commit-then-drop', share: 0.5 });
      const bad = await call('PUT', ADMIN, { mode: 'commit-then-418', share: 0.5 });
      expect(bad.status).toBe(400);
      expect(JSON.stringify(await bad.json())).toContain('commit-then-502');
      expect((await call('DELETE', ADMIN)).status).toBe(200);
    });

    it('refuses anyone but the site admin, and a malformed setting', async () => {
      expect((await call('PUT', ANNA, { status: 429, share: 1 })).status).toBe(403);
      expect((await call('PUT', undefined, { status: 429, share: 1 })).status).toBe(401);
      const bad = await call('PUT', ADMIN, { status: 500, share: 2 });
      expect(bad.status).toBe(400);
      expect(JSON.stringify(await bad.json())).toContain('share');
      expect(context.site.faults.current()).toBeUndefined();
    });
  });

  describe('TILLIT_LOCAL_FAULTS', () => {
    const saved = process.env.TILLIT_LOCAL_FAULTS;
    afterEach(() => {
      if (saved === undefined) delete process.env.TILLIT_LOCAL_FAULTS;
      else process.env.TILLIT_LOCAL_FAULTS = saved;
    });

    it('throttles a share of requests from the start: 429:0.25:1 is every fourth', async () => {
      process.env.TILLIT_LOCAL_FAULTS = '429:0.25:1';
      const throttled = await startSite();
      try {
        expect(throttled.site.faults.current()).toEqual({ status: 429, share: 0.25, retryAfterSeconds: 1 });
        const sp = throttled.spAs(ADMIN);
        const outcomes = await Promise.allSettled([0, 1, 2, 3, 4, 5, 6, 7].map(async () => sp.web.select('Title')()));
        // Sent one after another by the switch's count, so exactly two of eight are 429.
        expect(outcomes.filter((outcome) => outcome.status === 'rejected')).toHaveLength(2);
        expect(statuses.filter((status) => status === 429)).toHaveLength(2);
      } finally {
        await throttled.close();
      }
    });

    it('reads the lost-answer modes: commit-then-502:0.1 and commit-then-drop:1', async () => {
      for (const [value, expected] of [
        ['commit-then-502:0.1', { mode: 'commit-then-502', share: 0.1 }],
        ['commit-then-drop:1', { mode: 'commit-then-drop', share: 1 }]
      ] as const) {
        process.env.TILLIT_LOCAL_FAULTS = value;
        const lossy = await startSite();
        try {
          expect(lossy.site.faults.current()).toEqual(expected);
        } finally {
          await lossy.close();
        }
      }
      process.env.TILLIT_LOCAL_FAULTS = 'commit-then-502:0.1:5';
      await expect(startSite()).rejects.toThrow('or <commit-then-502|commit-then-drop>:<share 0..1>');
    });

    it('refuses a malformed value with a message that shows the format', async () => {
      process.env.TILLIT_LOCAL_FAULTS = '429:lots';
      await expect(startSite()).rejects.toThrow('TILLIT_LOCAL_FAULTS must be <429|503>:<share 0..1>');
    });
  });
});
