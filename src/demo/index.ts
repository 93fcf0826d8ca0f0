/** The demo region: a deterministic, realistic Swedish region for tests, the README and `tillit seed-demo`. */
export { generateDemoRegion, DEFAULT_DEMO_SEED, MAX_DEMO_SCALE, type DemoRegionOptions } from './generate-demo-region';
export { DEMO_PERSONAS, DEMO_PERSONA_LIST, type DemoPersona, type DemoPersonaKey } from './demo-personas';
export { DEMO_SCENARIO_IDS, RESPONSIBILITY_DOCUMENT_KEY } from './demo-scenarios';
export { DEMO_TARGET_COUNTS, DEMO_BOARD_SIZE } from './demo-targets';
export { DEMO_EMAIL_DOMAIN } from './email-addresses';
