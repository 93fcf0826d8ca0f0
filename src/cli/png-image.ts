import { PNG } from 'pngjs';

/**
 * The Teams app's two icons as pixels: written and read with pngjs, so the package step and the
 * tests can check what Teams checks on upload: the sizes (192×192 and 32×32) and the outline's
 * white-on-transparent.
 */
export interface RgbaImage {
  readonly width: number;
  readonly height: number;
  /** Row-major, four bytes a pixel: red, green, blue, alpha. */
  readonly pixels: Uint8Array;
}

/** An 8-bit RGBA PNG of the image. */
export function encodePng(image: RgbaImage): Buffer {
  const png = new PNG({ width: image.width, height: image.height, colorType: 6, inputColorType: 6, inputHasAlpha: true });
  png.data = Buffer.from(image.pixels);
  return PNG.sync.write(png, { colorType: 6, inputColorType: 6, inputHasAlpha: true });
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The pixels of a PNG of any colour type and depth, as 8-bit RGBA; a broken PNG throws pngjs's error. */
export function decodePng(file: Uint8Array): RgbaImage {
  // pngjs's own words for a file that is no PNG at all are about its stream, not the file.
  if (!SIGNATURE.equals(Buffer.from(file.subarray(0, SIGNATURE.length)))) throw new Error('is not a PNG file');
  const png = PNG.sync.read(Buffer.from(file));
  return { width: png.width, height: png.height, pixels: new Uint8Array(png.data) };
}
