import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WORKBENCH_PARTS } from '../../src/workbench/workbench-parts';
import { WORKBENCH_IDENTITIES, workbenchEmailSchema } from '../../src/workbench/workbench-identities';
import { workbenchSettingsSchema } from '../../src/workbench/workbench-settings';
import { SITE_ADMIN_EMAIL } from '../../src/local-sharepoint/local-site-defaults';

const WEBPARTS = join(__dirname, '..', '..', 'webparts');

function manifestOf(folder: string): { preconfiguredEntries: Array<{ properties: Record<string, unknown> }> } {
  const file = readdirSync(join(WEBPARTS, folder)).find((name) => name.endsWith('.manifest.json'));
  if (!file) throw new Error(`webparts/${folder} has no manifest`);
  return JSON.parse(readFileSync(join(WEBPARTS, folder, file), 'utf8'));
}

describe('the workbench offers every web part as SharePoint would add it', () => {
  test('one entry per folder under webparts/, named by that folder', () => {
    const folders = readdirSync(WEBPARTS, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
    expect(WORKBENCH_PARTS.map((entry) => entry.part.key).sort()).toEqual(folders);
  });

  test.each(WORKBENCH_PARTS.map((entry) => [entry.part.key, entry] as const))('%s starts with the properties of its manifest\'s first preconfigured entry, which its schema accepts', (key, entry) => {
    const properties = manifestOf(key).preconfiguredEntries[0].properties;
    expect(entry.initialProperties).toEqual(properties);
    expect(entry.part.properties.safeParse(properties).success).toBe(true);
  });
});

describe('the workbench\'s identities and address (DESIGN.md: a coordinator, the DSO, an information owner, an employee, the security coordinator)', () => {
  test('offers five distinct demo personas and accepts only their e-mails, in any case', () => {
    expect(WORKBENCH_IDENTITIES.map((identity) => identity.role)).toEqual(['registryCoordinator', 'dataProtectionOfficer', 'deputyDataProtectionOfficer', 'informationOwner', 'employee', 'securityCoordinator']);
    expect(new Set(WORKBENCH_IDENTITIES.map((identity) => identity.email)).size).toBe(6);
    expect(workbenchEmailSchema.safeParse(' Sofia.Akesson@RegionExempel.se ').success).toBe(true);
    expect(workbenchEmailSchema.safeParse(SITE_ADMIN_EMAIL).success).toBe(false);
    expect(workbenchEmailSchema.safeParse('johan.bjork@regionexempel.se').success).toBe(false);
  });

  test('takes defaults for a bare address and refuses unknown parameters and values', () => {
    expect(workbenchSettingsSchema.parse({})).toEqual({ part: 'configuration-summary', lang: 'sv', theme: 'light' });
    expect(workbenchSettingsSchema.safeParse({ lang: 'de' }).success).toBe(false);
    expect(workbenchSettingsSchema.safeParse({ part: 'no-such-part' }).success).toBe(false);
    expect(workbenchSettingsSchema.safeParse({ zoom: '2' }).success).toBe(false);
  });
});
