import { ADMIN, startSite, type ConformanceSite } from './conformance-site';

/**
 * Several faults at once (issue 9's resilience test): a share of all requests throttled with 429 and
 * 503, and a share of the writes committed, then answered 502 (R-SEC-2, R-SEC-3).
 */
describe('local SharePoint: combined faults', () => {
  let context: ConformanceSite;
  const saved = process.env.TILLIT_LOCAL_FAULTS;

  beforeAll(async () => {
    process.env.TILLIT_LOCAL_FAULTS = '429:0.25:0,503:0.25:0,commit-then-502:0.5:writes';
    context = await startSite();
    context.site.faults.set(undefined);
    await context.spAs(ADMIN).web.lists.add('Nudges');
  });

  afterAll(async () => {
    if (saved === undefined) delete process.env.TILLIT_LOCAL_FAULTS;
    else process.env.TILLIT_LOCAL_FAULTS = saved;
    await context.close();
  });

  const raw = (method: string, path: string, body?: unknown): Promise<Response> =>
    fetch(`${context.site.siteUrl}/_api/${path}`, {
      method,
      headers: { authorization: `Bearer local:${ADMIN}`, accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body)
    });

  it('reads the list from TILLIT_LOCAL_FAULTS at the start', async () => {
    const fresh = await startSite();
    try {
      expect(fresh.site.faults.all()).toEqual([
        { status: 429, share: 0.25, retryAfterSeconds: 0 },
        { status: 503, share: 0.25, retryAfterSeconds: 0 },
        { mode: 'commit-then-502', share: 0.5, requests: 'writes' }
      ]);
    } finally {
      await fresh.close();
    }
  });

  it('throttles half of all requests and loses half of the answers to the writes that got through, each write landing once', async () => {
    context.site.faults.set([
      { status: 429, share: 0.25, retryAfterSeconds: 0 },
      { status: 503, share: 0.25, retryAfterSeconds: 0 },
      { mode: 'commit-then-502', share: 0.5, requests: 'writes' }
    ]);
    const statuses: number[] = [];
    for (let n = 0; n < 8; n += 1) {
      statuses.push((await raw('GET', 'web?$select=Title')).status);
      statuses.push((await raw('POST', "web/lists/getByTitle('Nudges')/items", { Title: `Kombinerat ${n}` })).status);
    }
    // Both throttles earn their hit on the same (every fourth) request; the 503 takes the one after, so one more read takes the 16th's.
    statuses.push((await raw('GET', 'web?$select=Title')).status);
    context.site.faults.set(undefined);
    const count = (status: number): number => statuses.filter((entry) => entry === status).length;
    expect(count(429)).toBe(4);
    expect(count(503)).toBe(4);
    expect(count(502) + count(201)).toBe(statuses.filter((_, index) => index % 2 === 1).filter((status) => status !== 429 && status !== 503).length);
    expect(count(502)).toBeGreaterThan(0);
    // Every write answered 201 or 502 landed exactly once; the throttled ones did not land.
    const landed = await context.spAs(ADMIN).web.lists.getByTitle('Nudges').items.select('Title').filter("startswith(Title,'Kombinerat')")();
    expect(landed).toHaveLength(count(201) + count(502));
  });

  it('takes a list through the admin endpoint and reads it back as given', async () => {
    const list = [
      { status: 429, share: 0.3, retryAfterSeconds: 1 },
      { mode: 'commit-then-502', share: 0.1, requests: 'writes' }
    ];
    const put = await fetch(`http://127.0.0.1:${context.site.port}/_local/faults`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer local:${ADMIN}` },
      body: JSON.stringify(list)
    });
    expect(await put.json()).toEqual({ faults: list });
    expect(context.site.faults.current()).toEqual(list);
    context.site.faults.set(undefined);
  });
});
