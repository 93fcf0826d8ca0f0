import type { RegionConfig } from '../config/region-config';
import type { RegisterSnapshot } from '../domain/registers';
import { isIsoDate } from '../domain/shared/calendar';
import { demoContext } from './demo-context';
import { generateAcknowledgements, generateDocumentVersions } from './generators/acknowledgements';
import { generateActionPlan } from './generators/action-plan';
import { generateAssets, withAssetLinks } from './generators/assets';
import { generateClassifications } from './generators/classifications';
import { generateCouncilMeetings } from './generators/council-meetings';
import { generateIncidents } from './generators/incidents';
import { generateMaturity } from './generators/maturity';
import { generateProcessing } from './generators/processing';
import { generateRiskAnalyses, generateRisks } from './generators/risks';
import { generateRoleAssignments } from './generators/role-assignments';
import { generateStaff } from './generators/staff';
import { generateSystems } from './generators/systems';
import { generateTrainingRecords } from './generators/training-records';
import { generateUnits } from './generators/units';
import { validateSnapshot } from './validate-snapshot';
import { sha256Hex } from './sha256';
import type { Seal } from '../domain/acknowledgements/acknowledgement-chain';

export interface DemoRegionOptions {
  /**
   * The day the demo describes: every date is placed relative to it, so what is overdue is overdue
   * on this day. Written YYYY-MM-DD; checked here (a RangeError otherwise), as scale and seed are.
   */
  readonly asOf: string;
  /** Another seed gives another region of the same shape; the default is DEFAULT_DEMO_SEED. */
  readonly seed?: number;
  /** 1 (the default) is a region of some 4,000 staff and 700 systems; 0.05 a small one for fast tests. */
  readonly scale?: number;
  /**
   * The acknowledgement chain's keyed seal (R-SEC-4): the local key's when seeding a site, so the
   * app and `tillit verify-acknowledgements` verify it. Default DEMO_SEAL: pure and fixed, for tests.
   */
  readonly seal?: Seal;
}

/** The demo's stand-in seal when no key is given: a fixed, unkeyed SHA-256 (not a secret; only for pure tests). */
export const DEMO_SEAL: Seal = (text) => sha256Hex(`tillit-demo-seal\u0000${text}`);

export const DEFAULT_DEMO_SEED = 20_231_231;
/** Above this the catalogues run out of distinct names (units do not grow with the scale). */
export const MAX_DEMO_SCALE = 3;

/**
 * A deterministic, realistic demo region: the same options and configuration give a deep-equal
 * snapshot every time (a seeded mulberry32 stream per register, no clock, no Math.random), and
 * every record passes its register's schema. It is made to show every rule at work as of `asOf`:
 * something of every nudge topic overdue, escalations, KPIs between 0 % and 100 %.
 *
 * Deliberate gaps, as in real registers (every reference that is present resolves):
 * - people without a manager: the regional director (the top), the board, and a few others;
 * - chiefs' posts vacant (staff report to the next chief up) and chiefs who have left but still
 *   appear as their staff's manager and as their area's information owner;
 * - leavers and people starting after asOf on the roster, with their old training records;
 * - systems, assets and risks without an owner, or owned by someone who has left; systems without
 *   a förvaltningsledare; processing activities without a registry coordinator (vacant RK);
 * - role slots vacant (some recorded as an assignment without a holder), some without a documented mandate;
 * - one acknowledgement written from another person's account, straight into the list outside
 *   Tillit's chain (DEMO_SCENARIO_IDS): it must not count, and the chain's verification reports it.
 * Risks on a 'process' point at a processing activity; on an 'area', at a unit.
 */
export function generateDemoRegion(options: DemoRegionOptions, config: RegionConfig): RegisterSnapshot {
  const asOf = options.asOf;
  if (!isIsoDate(asOf)) throw new RangeError(`asOf must be a calendar date written YYYY-MM-DD, not ${asOf}`);
  const scale = options.scale ?? 1;
  if (!(scale > 0 && scale <= MAX_DEMO_SCALE)) throw new RangeError(`scale must be above 0 and at most ${MAX_DEMO_SCALE}, not ${scale}`);
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a whole number, not ${seed}`);

  const context = demoContext(asOf, config, scale, seed);
  const organisation = generateUnits(context);
  const units = organisation.units.map((unit) => unit.unit);
  const staff = generateStaff(context, organisation);
  const roles = generateRoleAssignments(context, organisation, staff);
  const demoSystems = generateSystems(context, organisation, staff);
  const demoAssets = generateAssets(context, organisation, staff, demoSystems);
  const systems = withAssetLinks(demoSystems.systems, demoAssets.assets);
  const { classifications, assets } = generateClassifications(context, staff, systems, demoSystems, demoAssets);
  const processing = generateProcessing(context, organisation, staff, roles, systems, demoSystems);
  const risks = generateRisks(context, organisation, staff, systems, demoSystems, assets, processing);
  const riskAnalyses = generateRiskAnalyses(context, organisation);
  const incidents = generateIncidents(context, organisation, staff, roles, systems, demoSystems);
  const documentVersions = generateDocumentVersions(context);
  const acknowledgements = generateAcknowledgements(context, staff, { units, systems, roleAssignments: roles.assignments }, documentVersions, options.seal ?? DEMO_SEAL);
  const trainingRecords = generateTrainingRecords(context, staff, systems, roles.assignments);
  const actions = generateActionPlan(context, organisation, staff);
  const maturity = generateMaturity(context);
  const meetings = generateCouncilMeetings(context, roles.councilMembers, actions);

  return validateSnapshot({
    units,
    roster: staff.roster,
    assets,
    classifications,
    systems,
    processing,
    risks,
    riskAnalyses,
    incidents,
    documentVersions,
    acknowledgements,
    trainingRecords,
    actions,
    maturity,
    roleAssignments: roles.assignments,
    meetings
  });
}
