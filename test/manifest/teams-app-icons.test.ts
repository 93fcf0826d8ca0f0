import { PNG } from 'pngjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodePng, encodePng, type RgbaImage } from '../../src/cli/png-image';
import { COLOR_ICON_SIZE, OUTLINE_ICON_SIZE, drawColorIcon, drawOutlineIcon, iconProblems } from '../../src/cli/teams-app-icons';

/* The Teams app's icons (issue 10): the sizes Teams requires, and the outline white on transparent. */
const MANIFEST = join(__dirname, '..', '..', 'manifest');
const committed = (name: string): Buffer => readFileSync(join(MANIFEST, name));

function alphaAt(image: RgbaImage, x: number, y: number): number {
  return image.pixels[(y * image.width + x) * 4 + 3];
}

describe('the Teams app icons', () => {
  it('are 192×192 (color) and 32×32 (outline), as committed in manifest/', () => {
    const color = decodePng(committed('color.png'));
    const outline = decodePng(committed('outline.png'));
    expect([color.width, color.height]).toEqual([COLOR_ICON_SIZE, COLOR_ICON_SIZE]);
    expect([outline.width, outline.height]).toEqual([OUTLINE_ICON_SIZE, OUTLINE_ICON_SIZE]);
    expect(iconProblems(committed('color.png'), committed('outline.png'))).toEqual([]);
  });

  it('the outline is white on a transparent background: the corners and the space above the shield clear, its edge opaque', () => {
    const outline = decodePng(committed('outline.png'));
    for (const [x, y] of [[0, 0], [31, 0], [0, 31], [31, 31], [16, 2]]) expect(alphaAt(outline, x, y)).toBe(0);
    expect(alphaAt(outline, 7, 12)).toBe(255); // the shield's left side
    for (let i = 0; i < outline.pixels.length; i += 4) {
      if (outline.pixels[i + 3] > 0) expect([...outline.pixels.subarray(i, i + 3)]).toEqual([255, 255, 255]);
    }
  });

  it('the color icon is opaque all over, so Teams shows no holes on any background', () => {
    const color = decodePng(committed('color.png'));
    for (let i = 3; i < color.pixels.length; i += 4) if (color.pixels[i] !== 255) throw new Error(`pixel ${(i - 3) / 4} is not opaque`);
  });

  it('are what the drawing gives (src/cli/draw-teams-icons.ts redraws them)', () => {
    expect(Buffer.from(decodePng(committed('color.png')).pixels).equals(Buffer.from(drawColorIcon().pixels))).toBe(true);
    expect(Buffer.from(decodePng(committed('outline.png')).pixels).equals(Buffer.from(drawOutlineIcon().pixels))).toBe(true);
  });

  it('finds a wrong size, a coloured outline and an outline without background', () => {
    const square = (size: number, rgba: [number, number, number, number]): Buffer =>
      encodePng({ width: size, height: size, pixels: new Uint8Array(size * size * 4).map((_, i) => rgba[i % 4]) });
    expect(iconProblems(square(96, [31, 92, 153, 255]), square(32, [255, 255, 255, 0]))).toEqual([
      'color.png is 96×96; Teams needs 192×192',
      'outline.png has no fully opaque pixel: the symbol would be invisible'
    ]);
    const problems = iconProblems(committed('color.png'), square(48, [31, 92, 153, 255]));
    expect(problems).toEqual([
      'outline.png is 48×48; Teams needs 32×32',
      'outline.png has 2304 visible pixels that are not white; Teams wants white on transparent',
      'outline.png has too little transparent background (under a quarter); Teams wants white on transparent'
    ]);
    expect(iconProblems(Buffer.from('GIF89a'), committed('outline.png'))).toEqual(['color.png is not a PNG file']);
  });

  it('reads PNGs written with row filters and without alpha, as image editors write them', () => {
    // 2×2 RGB (colour type 2) with the Paeth filter on every row, written by pngjs as an editor would.
    const rgb = new PNG({ width: 2, height: 2, colorType: 2, inputColorType: 2, inputHasAlpha: false, filterType: 4 });
    rgb.data = Buffer.from([10, 20, 30, 15, 25, 35, 11, 21, 31, 15, 25, 35]);
    const png = PNG.sync.write(rgb, { colorType: 2, inputColorType: 2, inputHasAlpha: false, filterType: 4 });
    expect(png[25]).toBe(2); // IHDR's colour type: no alpha in the file
    expect([...decodePng(png).pixels]).toEqual([10, 20, 30, 255, 15, 25, 35, 255, 11, 21, 31, 255, 15, 25, 35, 255]);
  });
});
