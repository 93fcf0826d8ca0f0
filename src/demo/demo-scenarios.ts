/**
 * Stable ids of the demo's set pieces, so that tests, the README and a demo script can open
 * them directly (they do not move with the seed or the scale).
 */
export const DEMO_SCENARIO_IDS = {
  /** A personal data breach discovered the day before asOf at 14:10: its 72-hour clock is running all of asOf (R-INC). */
  runningBreachIncidentId: 'inc-0001',
  /** A breach the DSO found reportable six days before asOf and nobody reported to IMY: past the 72 hours. */
  overdueBreachIncidentId: 'inc-0002',
  /** "Fördelning av ansvar": the older version, replaced by the current one (R-ACK). */
  previousResponsibilityVersionId: 'doc-fordelning-av-ansvar-1.0',
  currentResponsibilityVersionId: 'doc-fordelning-av-ansvar-2.0',
  /** An acknowledgement written by someone else's account: it must not count as the signer's own (R-ACK, R-SEC-1). */
  proxySignedAcknowledgementId: 'ack-00001',
  /** The information owner persona's risk, past its follow-up date. */
  overdueRiskId: 'risk-0001'
} as const;

/** The key of the distribution-of-responsibility document in the document register. */
export const RESPONSIBILITY_DOCUMENT_KEY = 'fordelning-av-ansvar';
