/**
 * `npm start`: runs Tillit locally on the embedded default. The local stack (the embedded
 * SharePoint stand-in, the bot and the tab) is built issue by issue; until a piece exists this
 * says plainly what runs and what does not, and exits cleanly.
 */
import { DEFAULT_REGION_CONFIG } from '../config/default-region';
import { classificationDuties } from '../domain/classification/classification-status';

function main(): void {
  const config = DEFAULT_REGION_CONFIG;
  // A real call into the domain, so that `npm start` proves the installed toolchain runs the code.
  const duties = classificationDuties([], [], [], config, '2026-01-01');
  process.stdout.write(
    [
      'Tillit — lokal körning / local run',
      '',
      `Region configuration loaded: ${config.regionName} (${config.timeZone}), ` +
        `${config.classification.consequenceScale.length} consequence levels, ${config.maturity.areas.length} MSBFS 2020:6 areas, ` +
        `${duties.length} classification duties in an empty region.`,
      '',
      'Not started yet, because it does not exist yet:',
      '  - the embedded SharePoint stand-in (http://127.0.0.1:4321/sites/tillit) and the demo region',
      '  - the Teams tab for the security council and the nudging bot',
      '',
      'Nothing is listening; exiting.',
      ''
    ].join('\n')
  );
}

main();
