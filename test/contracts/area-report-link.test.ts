import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { areaReportLink, areaReportSubPageId, MY_TASKS_ENTITY_ID, parseAreaReportSubPageId } from '../../src/contracts/area-report-link';

/* The area follow-up card's link (issue 10, R-REP): the Teams personal tab with the area's report named in its sub-page id. */
const TARGET = { year: 2026, period: 'tertial-1', unit: 'u-hjärta/1' } as const;

describe('the area report link (R-REP)', () => {
  test('in Teams: a deep link to the app\'s personal tab (My tasks), the report named in context.subEntityId', () => {
    const link = new URL(areaReportLink({ kind: 'teams', teamsAppId: '11111111-2222-3333-4444-555555555555' }, TARGET));
    expect(`${link.origin}${link.pathname}`).toBe('https://teams.microsoft.com/l/entity/11111111-2222-3333-4444-555555555555/my-tasks');
    const context = JSON.parse(link.searchParams.get('context') ?? '{}') as { subEntityId?: string };
    expect(context.subEntityId).toBe('area-report:2026:tertial-1:u-hj%C3%A4rta%2F1');
    expect(parseAreaReportSubPageId(context.subEntityId ?? '')).toEqual({ ok: true, target: TARGET });
  });

  test('locally: the app service\'s /tab/my-tasks?areaReport=…', () => {
    const link = new URL(areaReportLink({ kind: 'app-service', baseUrl: 'http://127.0.0.1:3978' }, TARGET));
    expect(`${link.origin}${link.pathname}`).toBe('http://127.0.0.1:3978/tab/my-tasks');
    expect(link.searchParams.get('areaReport')).toBe(areaReportSubPageId(TARGET));
  });

  test.each([
    ['', 'is not an area report\'s link'],
    ['council:2026', 'is not an area report\'s link'],
    ['area-report:1999:tertial-1:u1', 'year'],
    ['area-report:2026:quarter-1:u1', 'period'],
    ['area-report:2026:tertial-1:', 'unit'],
    ['area-report:2026:tertial-1:%E0%A4%A', 'not properly encoded']
  ])('a bad one (%j) is refused with a reason', (value, reason) => {
    const parsed = parseAreaReportSubPageId(value);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toContain(reason);
  });

  test('the entityId is the manifest\'s personal tab\'s', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '../../manifest/manifest.template.json'), 'utf8')) as { staticTabs: { entityId: string; contentUrl?: string }[] };
    const tab = manifest.staticTabs.find((candidate) => candidate.contentUrl?.endsWith('/tab/my-tasks'));
    expect(tab?.entityId).toBe(MY_TASKS_ENTITY_ID);
  });
});
