/**
 * Browser tests start a SharePoint, an app service and Chromium and drive real pages: minutes, not
 * milliseconds, on CI's two cores. Each test gets two minutes; beforeAll (seeding, building) as much.
 */
jest.setTimeout(120_000);
