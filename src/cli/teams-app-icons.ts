import { decodePng, type RgbaImage } from './png-image';

/**
 * The Teams app's icons, drawn by code so they can be redrawn exactly (`npx tsx
 * src/cli/draw-teams-icons.ts` writes manifest/color.png and manifest/outline.png, committed as
 * source assets): a white shield with a check mark — trust, Tillit's name — on the accent blue.
 * Teams' rules (learn.microsoft.com, "App icons"): color 192×192 in full colour; outline 32×32,
 * white on a transparent background, nothing else.
 */
export const COLOR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;
/** The manifest's accentColor and the color icon's background (a darker shade at the bottom). */
export const ACCENT_COLOR = '#1F5C99';

type Point = readonly [number, number];
type Rgb = readonly [number, number, number];

function quadratic(from: Point, control: Point, to: Point, steps: number): Point[] {
  return Array.from({ length: steps }, (_, i) => {
    const t = (i + 1) / steps;
    const u = 1 - t;
    return [u * u * from[0] + 2 * u * t * control[0] + t * t * to[0], u * u * from[1] + 2 * u * t * control[1] + t * t * to[1]] as const;
  });
}

/** The shield's outline in the unit square (y downwards): a low peak at the top, straight sides (on the 32-pixel grid, so the outline's sides are crisp), curved to a point. */
const SHIELD: readonly Point[] = [
  [0.5, 0.13],
  [0.78125, 0.22],
  [0.78125, 0.48],
  ...quadratic([0.78125, 0.48], [0.78125, 0.75], [0.5, 0.88], 24),
  ...quadratic([0.5, 0.88], [0.21875, 0.75], [0.21875, 0.48], 24),
  [0.21875, 0.22]
];
const CHECK: readonly Point[] = [
  [0.37, 0.505],
  [0.465, 0.605],
  [0.645, 0.405]
];

function insidePolygon(point: Point, polygon: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i];
    const [xj, yj] = polygon[j];
    if (yi > point[1] !== yj > point[1] && point[0] < ((xj - xi) * (point[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function distanceToSegment(point: Point, from: Point, to: Point): number {
  const dx = to[0] - from[0];
  const dy = to[1] - from[1];
  const t = Math.max(0, Math.min(1, ((point[0] - from[0]) * dx + (point[1] - from[1]) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(point[0] - from[0] - t * dx, point[1] - from[1] - t * dy);
}

function distanceToPath(point: Point, path: readonly Point[], closed: boolean): number {
  let nearest = Infinity;
  const segments = closed ? path.length : path.length - 1;
  for (let i = 0; i < segments; i++) nearest = Math.min(nearest, distanceToSegment(point, path[i], path[(i + 1) % path.length]));
  return nearest;
}

function hexRgb(hex: string): Rgb {
  return [parseInt(hex.slice(1, 3), 16), parseInt(hex.slice(3, 5), 16), parseInt(hex.slice(5, 7), 16)];
}

/** Renders by supersampling: each pixel averages samples × samples points, each given its colour and opacity by `paint`. */
function render(size: number, samples: number, paint: (point: Point) => readonly [number, number, number, number]): RgbaImage {
  const pixels = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = paint([(x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size]);
          for (let c = 0; c < 4; c++) sum[c] += colour[c];
        }
      }
      pixels.set(sum.map((value) => Math.round(value / (samples * samples))), (y * size + x) * 4);
    }
  }
  return { width: size, height: size, pixels };
}

export function drawColorIcon(): RgbaImage {
  const top = hexRgb('#2A72B5');
  const bottom = hexRgb(ACCENT_COLOR);
  const mark = hexRgb(ACCENT_COLOR);
  return render(COLOR_ICON_SIZE, 4, (point) => {
    if (insidePolygon(point, SHIELD)) {
      return distanceToPath(point, CHECK, false) < 0.048 ? [...mark, 255] : [255, 255, 255, 255];
    }
    const t = point[1];
    return [top[0] + (bottom[0] - top[0]) * t, top[1] + (bottom[1] - top[1]) * t, top[2] + (bottom[2] - top[2]) * t, 255];
  });
}

export function drawOutlineIcon(): RgbaImage {
  // A 2-pixel line inside the shield's edge and a check mark a little thicker: legible at 32 px.
  const line = 2 / OUTLINE_ICON_SIZE;
  return render(OUTLINE_ICON_SIZE, 8, (point) => {
    const onEdge = insidePolygon(point, SHIELD) && distanceToPath(point, SHIELD, true) < line;
    const onCheck = distanceToPath(point, CHECK, false) < 1.15 / OUTLINE_ICON_SIZE;
    return [255, 255, 255, onEdge || onCheck ? 255 : 0];
  });
}

/** What Teams would refuse in the two icons, one sentence each; empty when both are fine. */
export function iconProblems(colorPng: Uint8Array, outlinePng: Uint8Array): string[] {
  const problems: string[] = [];
  const read = (name: string, file: Uint8Array): RgbaImage | undefined => {
    try {
      return decodePng(file);
    } catch (error) {
      problems.push(`${name} ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  };
  const color = read('color.png', colorPng);
  const outline = read('outline.png', outlinePng);
  if (color !== undefined && (color.width !== COLOR_ICON_SIZE || color.height !== COLOR_ICON_SIZE)) {
    problems.push(`color.png is ${color.width}×${color.height}; Teams needs ${COLOR_ICON_SIZE}×${COLOR_ICON_SIZE}`);
  }
  if (outline === undefined) return problems;
  if (outline.width !== OUTLINE_ICON_SIZE || outline.height !== OUTLINE_ICON_SIZE) {
    problems.push(`outline.png is ${outline.width}×${outline.height}; Teams needs ${OUTLINE_ICON_SIZE}×${OUTLINE_ICON_SIZE}`);
  }
  let transparent = 0;
  let opaque = 0;
  let coloured = 0;
  for (let i = 0; i < outline.pixels.length; i += 4) {
    const alpha = outline.pixels[i + 3];
    if (alpha === 0) transparent++;
    else if (outline.pixels[i] !== 255 || outline.pixels[i + 1] !== 255 || outline.pixels[i + 2] !== 255) coloured++;
    if (alpha === 255) opaque++;
  }
  if (coloured > 0) problems.push(`outline.png has ${coloured} visible pixels that are not white; Teams wants white on transparent`);
  if (transparent < (outline.width * outline.height) / 4) problems.push('outline.png has too little transparent background (under a quarter); Teams wants white on transparent');
  if (opaque === 0) problems.push('outline.png has no fully opaque pixel: the symbol would be invisible');
  return problems;
}
