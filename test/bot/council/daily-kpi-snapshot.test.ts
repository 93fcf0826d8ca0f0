import type { AppApiServices } from '../../../bot/api/app-api-services';
import { appApiServices } from '../../../bot/api/app-api-services';
import { takeDailyKpiSnapshot } from '../../../bot/council/daily-kpi-snapshot';
import { runDailyKpiSnapshot, scheduleDailyKpiSnapshots } from '../../../bot/council/kpi-snapshot-schedule';
import { DEFAULT_REGION_CONFIG } from '../../../src/config/default-region';
import { goalAreaKpis } from '../../../src/domain/kpi/goal-area-kpis';
import { goalAreaFigures } from '../../../src/domain/kpi/kpi-snapshot';
import { isoDate } from '../../../src/domain/shared/calendar';
import { startLocalSharePoint, type LocalSharePoint } from '../../../src/local-sharepoint/local-sharepoint-server';
import { APP_PRINCIPAL_EMAIL, SITE_ADMIN_EMAIL } from '../../../src/local-sharepoint/local-site-defaults';
import { provisionSite } from '../../../src/sharepoint/provisioning/provision-site';
import { readSnapshot } from '../../../src/sharepoint/repositories/snapshot-reader';
import { connectToSite, localToken } from '../../../src/sharepoint/sp-factory';
import { CouncilDashboardStore } from '../../../src/sharepoint/repositories/council-dashboard-store';
import { aMaturityAssessment, aRisk, aUnit } from '../../domain/builders';

/*
 * The app service's daily KPI snapshot against the local SharePoint (issue 10; R-KPI, R-REP, R-SEC-2):
 * the day's figures are goalAreaKpis' for the registers, kept once a day however often or however
 * concurrently the job runs, and a new day gets its own.
 */
describe('the daily KPI snapshot', () => {
  let site: LocalSharePoint;
  let clock = new Date('2026-11-23T05:15:00Z');
  let services: AppApiServices;
  const lines: string[] = [];

  beforeAll(async () => {
    site = await startLocalSharePoint({ port: 0, dataDir: ':memory:' });
    await provisionSite(connectToSite({ siteUrl: site.siteUrl, token: localToken(SITE_ADMIN_EMAIL) }), DEFAULT_REGION_CONFIG);
    services = appApiServices({
      siteUrl: site.siteUrl,
      token: localToken(APP_PRINCIPAL_EMAIL),
      callerOf: () => Promise.reject(new Error('no caller in a job')),
      config: DEFAULT_REGION_CONFIG,
      log: (line) => lines.push(line),
      now: () => clock
    });
    const [unit] = await services.registers.units.addMany([aUnit({ id: 'x', name: 'Område Akut', level: 'omrade', businessCritical: true })]);
    await services.registers.risks.addMany([aRisk({ id: 'x', subjectKind: 'area', subjectId: unit.id, unitId: unit.id, ownerEmail: undefined }), aRisk({ id: 'x', subjectKind: 'area', subjectId: unit.id, unitId: unit.id, ownerEmail: undefined, followUpOn: '2026-01-01' })]);
    await services.registers.maturity.addMany([aMaturityAssessment({ id: 'x', areaKey: 'ledningssystem', statusKey: 'definierat' })]);
  }, 120_000);

  afterAll(async () => {
    await site?.close();
  });

  test('the day\'s figures are goalAreaKpis\' over the registers, kept once however often and however concurrently the job runs (R-SEC-2)', async () => {
    const runs = await Promise.all([takeDailyKpiSnapshot(services), takeDailyKpiSnapshot(services)]);
    expect(runs.map((run) => run.asOf)).toEqual(['2026-11-23', '2026-11-23']);
    expect(await takeDailyKpiSnapshot(services)).toMatchObject({ outcome: 'already-taken', id: runs[0].id });
    const kept = (await services.registers.kpiSnapshots.readAll()).valid;
    expect(kept).toHaveLength(1);
    const { snapshot } = await readSnapshot(services.registers);
    expect(kept[0]).toMatchObject({ source: 'daily', asOf: '2026-11-23', takenAt: '2026-11-23T05:15:00Z' });
    expect(kept[0].goalAreas).toEqual(goalAreaFigures(goalAreaKpis(snapshot, DEFAULT_REGION_CONFIG, isoDate('2026-11-23'))));
    expect(kept[0].goalAreas.find((area) => area.area === 'risk-management')?.measures).toContainEqual({ key: 'open-risks-with-owner-and-follow-up', numerator: 0, denominator: 2, targetPercent: 100 });
  }, 60_000);

  test('the next day gets its own snapshot; each run is logged', async () => {
    clock = new Date('2026-11-24T05:15:00Z');
    await runDailyKpiSnapshot(services);
    const kept = (await services.registers.kpiSnapshots.readAll()).valid;
    expect(kept.map((snapshot) => snapshot.asOf).sort()).toEqual(['2026-11-23', '2026-11-24']);
    expect(lines.some((line) => /^kpi snapshot: 2026-11-24 kept/.test(line))).toBe(true);
    // Then the year's dashboard is stored for the tab's first render (issue 10).
    const stored = await new CouncilDashboardStore(services.registers.councilDashboards).read(2026);
    expect(stored).toMatchObject({ outcome: 'found', dashboard: { year: 2026, asOf: '2026-11-24', computedAt: '2026-11-24T05:15:00.000Z' } });
    expect(lines.some((line) => /^council: the dashboard of 2026 stored \(1 part/.test(line))).toBe(true);
  }, 60_000);

  test('the schedule: at the configured local time in Stockholm, none when the region turns it off', () => {
    expect(scheduleDailyKpiSnapshots(services, { dailyAt: '06:15', scheduled: false })).toBeUndefined();
    const job = scheduleDailyKpiSnapshots(services, { dailyAt: '06:15', scheduled: true }, { catchUp: false });
    try {
      // croner measures from the real clock: the next run is at 06:15 Stockholm time, 05:15 or 04:15 UTC.
      expect(job?.nextRun()?.toISOString()).toMatch(/T0[45]:15:00\.000Z$/);
    } finally {
      job?.stop();
    }
  });
});
