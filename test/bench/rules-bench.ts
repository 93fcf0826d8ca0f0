import { DEFAULT_REGION_CONFIG } from '../../src/config/default-region';
import { generateDemoRegion } from '../../src/demo';
import { goalAreaKpis } from '../../src/domain/kpi/goal-area-kpis';
import { planNudges } from '../../src/domain/nudges/nudge-plan';
import { isoDate } from '../../src/domain/shared/calendar';
import { percentile, report, timeMs } from './bench-stats';

const AS_OF = isoDate('2026-03-16');

/**
 * The rules at region scale (issue 6): the nightly nudge run (R-NDG-1..3) and the council's KPIs
 * (R-KPI) over the whole demo region, against one JSON.stringify of the same snapshot timed in the
 * same run, so the ratio says how the rules compare with merely touching every record once,
 * whatever the machine. The goal: at scale 2.5 (about 10,000 staff) the two rules together take
 * at most as long as that one stringify.
 */
export async function rulesBench(runs = 7, scales: readonly number[] = [1, 2.5]): Promise<void> {
  const config = DEFAULT_REGION_CONFIG;
  for (const scale of scales) {
    const region = generateDemoRegion({ asOf: AS_OF, scale }, config);
    const plan: number[] = [];
    const kpis: number[] = [];
    const stringify: number[] = [];
    let digests = 0;
    let jsonBytes = 0;
    for (let run = 0; run < runs; run += 1) {
      const planned = await timeMs(async () => planNudges(region, config, { firstSentOn: new Map() }, AS_OF));
      const measured = await timeMs(async () => goalAreaKpis(region, config, AS_OF));
      const json = await timeMs(async () => JSON.stringify(region));
      plan.push(planned.ms);
      kpis.push(measured.ms);
      stringify.push(json.ms);
      digests = planned.result.digests.length;
      jsonBytes = json.result.length;
    }
    const [planMs, kpisMs, stringifyMs] = [percentile(plan, 50), percentile(kpis, 50), percentile(stringify, 50)];
    report(`rules on the demo region at scale ${scale} (${region.roster.length} staff, ${region.trainingRecords.length} training records; median of ${runs})`, {
      planNudges_ms: planMs,
      goalAreaKpis_ms: kpisMs,
      stringify_ms: stringifyMs,
      '(plan+kpis)/stringify': `${((planMs + kpisMs) / stringifyMs).toFixed(2)}x`,
      digests: String(digests),
      json_MB: jsonBytes / 1e6
    });
  }
}
