import type { RegionConfig } from '../config/region-config';
import type { ImportTarget, ImportTargetKey } from './import-target';
import { ASSETS_IMPORT } from './targets/assets-import';
import { SYSTEMS_IMPORT } from './targets/systems-import';
import { trainingImport } from './targets/training-import';

/** The import target of a key; each target's key is also the key of its list's repository. */
export function importTargetFor(key: ImportTargetKey, config: RegionConfig): ImportTarget<unknown> {
  switch (key) {
    case 'systems':
      return SYSTEMS_IMPORT as ImportTarget<unknown>;
    case 'assets':
      return ASSETS_IMPORT as ImportTarget<unknown>;
    case 'trainingRecords':
      return trainingImport(config) as ImportTarget<unknown>;
  }
}
