/**
 * The import of a 10,000-row sheet (issue 8, part 4): an .xlsx made with write-excel-file's Node
 * entry, read with read-excel-file, through the import engine and the repositories into the
 * stand-in on a temporary folder. Prints rows/s for reading the file, for parse + validate + plan
 * (the existing items read page by page included), for the writes, and for a re-import of the same
 * file (all unchanged, nothing written). R-SYS, R-SEC-2.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSheet } from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
import { DEFAULT_REGION_CONFIG } from '../../src/config/default-region';
import { automaticMapping } from '../../src/imports/column-mapping';
import { existingByKey, planImport } from '../../src/imports/import-plan';
import { sheetOf } from '../../src/imports/import-sheet';
import { parseRows } from '../../src/imports/parse-rows';
import { readAllPages, readImportContext } from '../../src/imports/register-reads';
import { SYSTEMS_IMPORT } from '../../src/imports/targets/systems-import';
import { writePlan } from '../../src/imports/write-plan';
import { LocalAdminClient } from '../../src/local-sharepoint/local-admin-client';
import { startLocalSharePoint } from '../../src/local-sharepoint/local-sharepoint-server';
import { SITE_ADMIN_EMAIL } from '../../src/local-sharepoint/local-site-defaults';
import { provisionSite } from '../../src/sharepoint/provisioning/provision-site';
import { registerRepositories, type RegisterRepositories } from '../../src/sharepoint/repositories/register-repositories';
import { connectToSite, localToken } from '../../src/sharepoint/sp-factory';
import { isoDate } from '../../src/domain/shared/calendar';
import type { ItSystem } from '../../src/domain/systems/it-system';
import { report, timeMs } from './bench-stats';

const ROWS = 10_000;
const PEOPLE = 200;

const emailOf = (index: number): string => `person${index}@regionexempel.se`;

/** The sheet a coordinator would bring: Swedish headers, Excel date cells, owners from the roster. */
async function generatedSheet(): Promise<Buffer> {
  const header = ['Systemnamn', 'Beskrivning', 'Enhet', 'Systemägare', 'Personuppgifter', 'Samhällsviktigt', 'Systemsäkerhetsplan', 'SSP godkänd'];
  const rows = Array.from({ length: ROWS }, (_, index) => [
    `System ${String(index).padStart(5, '0')}`,
    `Verksamhetssystem nummer ${index} för vårdens behov`,
    'Bench-enheten',
    emailOf(index % PEOPLE),
    index % 3 === 0 ? 'Ja' : 'Nej',
    index % 7 === 0 ? 'Ja' : 'Nej',
    index % 2 === 0 ? 'Godkänd' : 'Utkast',
    index % 2 === 0 ? new Date(Date.UTC(2026, index % 12, 1 + (index % 28))) : null
  ]);
  return writeXlsxFile([header, ...rows], { dateFormat: 'yyyy-mm-dd' }).toBuffer();
}

async function seed(registers: RegisterRepositories): Promise<void> {
  const unit = await registers.units.add({ id: 'new', name: 'Bench-enheten', level: 'enhet', businessCritical: false });
  await registers.staff.addMany(
    Array.from({ length: PEOPLE }, (_, index) => ({
      email: emailOf(index),
      displayName: `Person ${index}`,
      unitId: unit.id,
      employmentType: 'permanent' as const,
      startDate: isoDate('2020-01-01'),
      groups: []
    }))
  );
}

async function plannedImport(registers: RegisterRepositories, file: Buffer): Promise<{ readMs: number; planMs: number; plan: ReturnType<typeof planImport<ItSystem>> }> {
  const { ms: readMs, result: rows } = await timeMs(() => readSheet(file));
  const { ms: planMs, result: plan } = await timeMs(async () => {
    const sheet = sheetOf(rows);
    const mapping = automaticMapping(SYSTEMS_IMPORT.columns, sheet.headers);
    const [context, existing] = await Promise.all([readImportContext(registers.staff, registers.units), readAllPages(registers.systems)]);
    const parsed = parseRows(SYSTEMS_IMPORT, sheet, mapping, context);
    return planImport(SYSTEMS_IMPORT, sheet, mapping, parsed, existingByKey(SYSTEMS_IMPORT, existing));
  });
  return { readMs, planMs, plan };
}

export async function importBench(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tillit-import-bench-'));
  const local = await startLocalSharePoint({ port: 0, dataDir, directory: Array.from({ length: PEOPLE }, (_, index) => ({ email: emailOf(index), title: `Person ${index}` })) });
  try {
    const sp = connectToSite({ siteUrl: local.siteUrl, token: localToken(SITE_ADMIN_EMAIL) });
    await provisionSite(sp, DEFAULT_REGION_CONFIG);
    await new LocalAdminClient(local.siteUrl).addToDirectory(Array.from({ length: PEOPLE }, (_, index) => ({ email: emailOf(index), title: `Person ${index}` })));
    const registers = registerRepositories(sp, '/sites/tillit');
    await seed(registers);
    const file = await generatedSheet();

    const first = await plannedImport(registers, file);
    const rate = (ms: number): number => Math.round(ROWS / (ms / 1000));
    report('import: read a 10,000-row .xlsx (read-excel-file)', { bytes: file.length, seconds: first.readMs / 1000, 'rows/s': rate(first.readMs) });
    report('import: parse + validate + plan (staff, units and the list read page by page)', { ...first.plan.counts, seconds: first.planMs / 1000, 'rows/s': rate(first.planMs) });
    const { ms: writeMs } = await timeMs(() => writePlan(registers.systems, first.plan));
    report('import: write the new rows ($batch of 100, 4 in flight, through @pnp/sp)', { rows: first.plan.counts.new, seconds: writeMs / 1000, 'rows/s': rate(writeMs) });

    const again = await plannedImport(registers, file);
    const { ms: rewriteMs } = await timeMs(() => writePlan(registers.systems, again.plan));
    report('import: the same file again (read + plan; nothing to write)', { ...again.plan.counts, seconds: (again.readMs + again.planMs + rewriteMs) / 1000, 'rows/s': rate(again.readMs + again.planMs + rewriteMs) });
    const stored = await registers.systems.readAll();
    if (stored.valid.length !== ROWS || again.plan.counts.unchanged !== ROWS) throw new Error(`the re-import was not idempotent: ${stored.valid.length} items, ${again.plan.counts.unchanged} unchanged`);
  } finally {
    await local.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
