import { createHash } from 'crypto';
import { DEFAULT_REGION_CONFIG } from '../../src/config/default-region';
import { generateDemoRegion } from '../../src/demo';
import { goalAreaKpis } from '../../src/domain/kpi/goal-area-kpis';
import { planNudges, type NudgePlan } from '../../src/domain/nudges/nudge-plan';
import type { RegisterSnapshot } from '../../src/domain/registers';
import { addDaysTo, isoDate, type IsoDate } from '../../src/domain/shared/calendar';

/*
 * Same results as before (issue 6, section 1): the nudge plan (R-NDG-1..3) and the goal-area KPIs
 * (R-KPI) of the whole demo region at scale 1, on its own day and on a later one (another year,
 * other items past due), are compared against digests of their canonical JSON computed with the
 * rules as they were before they were made fast. Any change in what is owed, by whom, in which
 * order, escalated to whom, or in any measure, changes a digest.
 * If a rule is changed on purpose, recompute the digests and say why in the commit.
 */

const config = DEFAULT_REGION_CONFIG;
const AS_OF = isoDate('2026-03-16');
/** Ten months on: another calendar year (maturity per year) and every due date moved past. */
const LATER = isoDate('2027-01-11');

/** Not a speed assertion (that is `npm run bench`): room for a 4,000-staff region on two shared cores (the rules as they were took some 10 s a run). */
const REGION_SCALE_TIMEOUT_MS = 60_000;

const EXPECTED = {
  planAsOf: 'bb5af577b256f38fb48a012a2ceded5946e346757204d745b5cf46a56060a9ef',
  planLater: 'b681bf7340e28b44359ad1e2b320904216b4560888dbe16b28a823cd593e96d8',
  kpisAsOf: '11775f23006b0936a3e077ed9f86f55a1ea99a77b4d7702ccef04c11915a4b41',
  kpisLater: 'cc4eac9624ce83f82856339d857fe91ad1e49c6d018977ef3582748aef7e153b'
};

/** JSON with object keys sorted and undefined left out, so the digest depends on content only; arrays keep their order (the order is part of the plan). */
function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((element) => (element === undefined ? 'null' : canonicalJson(element))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, field]) => field !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${canonicalJson(field)}`).join(',')}}`;
}

function digestOf(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value), 'utf8').digest('hex');
}

/** A history in which every item without a due date was first sent 0–59 days before `today`, so some are past their grace (R-NDG-3). */
function historyFrom(plan: NudgePlan, today: IsoDate): Map<string, IsoDate> {
  const keys = plan.digests.flatMap((digest) => digest.owed.filter((item) => item.dueOn === undefined).map((item) => item.key));
  return new Map(keys.map((key, index) => [key, addDaysTo(today, -(index % 60))]));
}

describe('the demo region at scale 1: the same plan and KPIs as before the rules were made fast (R-NDG-1..3, R-KPI)', () => {
  let region: RegisterSnapshot;
  beforeAll(() => {
    region = generateDemoRegion({ asOf: AS_OF, scale: 1 }, config);
  }, REGION_SCALE_TIMEOUT_MS);

  test.each([
    ['planAsOf', AS_OF],
    ['planLater', LATER]
  ] as const)('%s: planNudges on %s, with a history of first reminders', (name, today) => {
    const firstRun = planNudges(region, config, { firstSentOn: new Map() }, today);
    const plan = planNudges(region, config, { firstSentOn: historyFrom(firstRun, today) }, today);
    expect(plan.digests.flatMap((digest) => digest.escalated).length).toBeGreaterThan(0);
    expect(digestOf({ firstRun, plan })).toBe(EXPECTED[name]);
  }, REGION_SCALE_TIMEOUT_MS);

  test.each([
    ['kpisAsOf', AS_OF],
    ['kpisLater', LATER]
  ] as const)('%s: goalAreaKpis on %s', (name, asOf) => {
    expect(digestOf(goalAreaKpis(region, config, asOf))).toBe(EXPECTED[name]);
  }, REGION_SCALE_TIMEOUT_MS);
});
