import { MAX_DASHBOARD_PART_CHARS } from '../mappers/records/council-dashboard-part';

/**
 * The pure half of the stored council dashboard (council-dashboard-store.ts): text cut into parts a
 * SharePoint note column holds (63,999 characters; 60,000 with room to spare), the parts of a
 * generation put together again, and which generation a reader takes and a writer deletes.
 */

/** `text` in slices of at most `maxChars`, in order; an empty text is one empty part (never none). */
export function splitIntoParts(text: string, maxChars: number = MAX_DASHBOARD_PART_CHARS): string[] {
  if (!Number.isInteger(maxChars) || maxChars < 1) throw new RangeError(`A part holds at least one character, not ${maxChars}`);
  const parts: string[] = [];
  for (let start = 0; start < text.length; start += maxChars) parts.push(text.slice(start, start + maxChars));
  return parts.length > 0 ? parts : [''];
}

/** What the pure half looks at of a part (CouncilDashboardPart, or a plain one in a table test). */
type PartOf = { readonly [K in 'generation' | 'part' | 'parts' | 'computedAt' | 'data']: K extends 'part' | 'parts' ? number : string };

/**
 * The generation's text when its parts are exactly 0 … parts-1, each once, all agreeing on how many
 * there are and when they were computed; undefined when one is missing, doubled or disagrees (a
 * write cut short, or one still under way).
 */
export function assembleParts(parts: readonly PartOf[]): string | undefined {
  if (parts.length === 0) return undefined;
  const [first] = parts;
  if (parts.some((part) => part.parts !== first.parts || part.computedAt !== first.computedAt || part.generation !== first.generation)) return undefined;
  if (parts.length !== first.parts) return undefined;
  const ordered = [...parts].sort((a, b) => a.part - b.part);
  if (ordered.some((part, index) => part.part !== index)) return undefined;
  return ordered.map((part) => part.data).join('');
}

export interface Generation<T extends PartOf> {
  readonly generation: string;
  readonly computedAt: string;
  readonly parts: readonly T[];
}

/** Newer first: the later computation, and between two of the same instant the greater generation (a stable order for every reader). */
function newerFirst(a: { generation: string; computedAt: string }, b: { generation: string; computedAt: string }): number {
  const byTime = Date.parse(b.computedAt) - Date.parse(a.computedAt);
  if (byTime !== 0) return byTime;
  return a.generation < b.generation ? 1 : a.generation > b.generation ? -1 : 0;
}

/** The parts grouped by generation, newest first (a generation's instant is its first part's). */
export function generationsOf<T extends PartOf>(parts: readonly T[]): Generation<T>[] {
  const byGeneration = new Map<string, T[]>();
  for (const part of parts) byGeneration.set(part.generation, [...(byGeneration.get(part.generation) ?? []), part]);
  return [...byGeneration].map(([generation, members]) => ({ generation, computedAt: members[0].computedAt, parts: members })).sort(newerFirst);
}

/** The newest generation that is whole (assembleParts), with its text; undefined when none is. */
export function newestCompleteGeneration<T extends PartOf>(parts: readonly T[]): (Generation<T> & { readonly text: string }) | undefined {
  for (const generation of generationsOf(parts)) {
    const text = assembleParts(generation.parts);
    if (text !== undefined) return { ...generation, text };
  }
  return undefined;
}

/**
 * What a writer that has just written `kept` deletes: every part of a generation older than it,
 * whole or not. A newer one (another instance's, perhaps still being written) is left alone; its
 * writer deletes `kept` in turn.
 */
export function supersededParts<T extends PartOf>(parts: readonly T[], kept: { readonly generation: string; readonly computedAt: string }): T[] {
  return parts.filter((part) => part.generation !== kept.generation && newerFirst(kept, part) < 0);
}
