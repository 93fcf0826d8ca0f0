import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodePng } from './png-image';
import { drawColorIcon, drawOutlineIcon } from './teams-app-icons';

/**
 * Redraws the Teams app's icons into manifest/ (`npx tsx src/cli/draw-teams-icons.ts`). Run it only
 * after changing the drawing in teams-app-icons.ts and commit the PNGs: a test checks that the
 * committed icons are what the drawing gives.
 */
const MANIFEST_FOLDER = join(__dirname, '..', '..', 'manifest');

for (const [name, image] of [
  ['color.png', drawColorIcon()],
  ['outline.png', drawOutlineIcon()]
] as const) {
  writeFileSync(join(MANIFEST_FOLDER, name), encodePng(image));
  console.log(`${join(MANIFEST_FOLDER, name)}: ${image.width}×${image.height}`);
}
