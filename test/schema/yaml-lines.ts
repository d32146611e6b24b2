// Textual helpers for block-style YAML, independent of the code under test: they find a key (or a
// list item) by indentation, and delete a key with everything nested under it.

export type Path = (string | number)[];
/** A key (or list item) on line `index` (0-based) whose text starts at `column` (1-based). */
export interface Spot { index: number; column: number; item: boolean }

const isContent = (line: string) => line.trim() !== '' && !line.trimStart().startsWith('#');
const lead = (line: string) => line.length - line.trimStart().length + 1;
/** Column where a line's key starts, after any "- " list markers. */
const keyColumn = (line: string) => (/^[\s-]*/.exec(line)?.[0].length ?? 0) + 1;

/** Line indexes of the block nested under a spot (an item's block includes its own first line). */
function block(lines: string[], spot: Spot): number[] {
  const out: number[] = [];
  for (let i = spot.item ? spot.index : spot.index + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!isContent(line)) continue;
    if (i !== spot.index && lead(line) <= (spot.item ? spot.column - 1 : spot.column)) break;
    out.push(i);
  }
  return out;
}

export function findSpot(lines: string[], path: Path): Spot {
  let spot: Spot = { index: -1, column: 0, item: false };
  for (const seg of path) {
    const inside = block(lines, spot);
    if (typeof seg === 'number') {
      const dashes = inside.filter((i) => lines[i]!.trimStart().startsWith('- '));
      const top = Math.min(...dashes.map((i) => lead(lines[i]!)));
      const item = dashes.filter((i) => lead(lines[i]!) === top)[seg];
      if (item === undefined) throw new Error(`no item ${seg} in ${path.join('/')}`);
      spot = { index: item, column: keyColumn(lines[item]!), item: true };
    } else {
      const top = Math.min(...inside.map((i) => keyColumn(lines[i]!)));
      const key = inside.find((i) => keyColumn(lines[i]!) === top && lines[i]!.slice(top - 1).startsWith(`${seg}:`));
      if (key === undefined) throw new Error(`no key ${seg} in ${path.join('/')}`);
      spot = { index: key, column: top, item: false };
    }
  }
  return spot;
}

/** Deletes the key at `path` with its nested block; a key that opens a list item hands its "- " on. */
export function deleteKey(text: string, path: Path): string {
  const lines = text.split('\n');
  const spot = findSpot(lines, path);
  const nested = block(lines, spot);
  const last = nested.length > 0 ? nested[nested.length - 1]! : spot.index;
  const marker = lines[spot.index]!.slice(0, spot.column - 1);
  lines.splice(spot.index, last - spot.index + 1);
  if (marker.includes('-')) lines[spot.index] = marker + lines[spot.index]!.trimStart();
  return lines.join('\n');
}

/** 1-based line and column where a required-key error must point: the parent's key or list item. */
export function parentPosition(text: string, parent: Path): { line: number; column: number } {
  const lines = text.split('\n');
  if (parent.length === 0) {
    const first = lines.findIndex(isContent);
    return { line: first + 1, column: lead(lines[first]!) };
  }
  const spot = findSpot(lines, parent);
  return { line: spot.index + 1, column: spot.column };
}
