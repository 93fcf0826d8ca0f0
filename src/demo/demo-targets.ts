/**
 * The size of the demo region at scale 1, from the seeds: some 4,000 staff, the 2023 report's
 * "över 700 identifierade system", and registers in proportion. `scale` multiplies every one.
 * Plans, the maturity areas, the board and the council do not scale: they are what they are.
 */
export const DEMO_TARGET_COUNTS = {
  staff: 4000,
  systems: 700,
  assets: 1500,
  processing: 800,
  risks: 320,
  /** Besides the two set-piece personal data breaches around asOf. */
  incidents: 140
} as const;

/** Regionstyrelsen: a political body, the same size at every scale. */
export const DEMO_BOARD_SIZE = 13;
