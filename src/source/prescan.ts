export interface PrescanCeilings {
  depth: number;
  nodes: number;
}

export interface PrescanExcess {
  kind: 'depth' | 'nodes';
  offset: number;
}

/**
 * A linear pre-scan of YAML text that estimates how deeply it nests and how many values it holds,
 * so text far beyond the limits is refused before the YAML parser (whose time grows quadratically
 * with nesting, and steeply with the number of values) sees it. It follows block indentation,
 * compact `- ` and `? ` entries, flow brackets, quoted scalars, block scalars and comments; it may
 * miscount odd but valid YAML a little, which the generous ceilings absorb (the exact limits are
 * checked on the parsed document).
 *
 * Returns where an estimate first exceeds its ceiling, or undefined.
 */
export function prescan(text: string, ceilings: PrescanCeilings): PrescanExcess | undefined {
  const counter = { nodes: 0, ceiling: ceilings.nodes };
  const offset = prescanDepth(text, ceilings.depth, counter);
  if (offset === undefined) return undefined;
  return { kind: counter.nodes > counter.ceiling ? 'nodes' : 'depth', offset };
}

interface NodeCounter {
  nodes: number;
  ceiling: number;
}

function prescanDepth(text: string, ceiling: number, count: NodeCounter): number | undefined {
  const n = text.length;
  const stack: number[] = [];
  let i = 0;
  let blockScalarIndent = -1;
  while (i < n) {
    // Start of a line in block context.
    let indent = 0;
    while (i < n && text.charCodeAt(i) === 32) i++, indent++;
    if (i >= n) break;
    const c = text[i];
    if (c === '\n' || c === '\r' || c === '#' || (c === '\t' && lineIsBlank(text, i))) {
      i = endOfLine(text, i) + 1;
      continue;
    }
    if (blockScalarIndent >= 0) {
      if (indent > blockScalarIndent) {
        i = endOfLine(text, i) + 1;
        continue;
      }
      blockScalarIndent = -1;
    }
    if (text.startsWith('---', i) || text.startsWith('...', i)) {
      stack.length = 0;
    }
    while (stack.length > 0 && stack[stack.length - 1]! >= indent) stack.pop();
    stack.push(indent);
    let depth = stack.length;
    if (++count.nodes > count.ceiling) return i;
    // Compact nested entries on one line: `- - - a`, `? - a`.
    while (i < n && (text[i] === '-' || text[i] === '?') && isBreakOrSpace(text, i + 1)) {
      if (++depth > ceiling || ++count.nodes > count.ceiling) return i;
      i++;
      while (i < n && text[i] === ' ') i++;
    }
    if (depth > ceiling) return i;
    const r = scanLine(text, i, depth, ceiling, count);
    if (r.exceeded !== undefined) return r.exceeded;
    if (r.blockScalar) blockScalarIndent = indent;
    i = r.next;
  }
  return undefined;
}

function isBreakOrSpace(text: string, i: number): boolean {
  return i >= text.length || text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t';
}

function endOfLine(text: string, i: number): number {
  const e = text.indexOf('\n', i);
  return e < 0 ? text.length : e;
}

function lineIsBlank(text: string, i: number): boolean {
  for (let j = i; j < text.length && text[j] !== '\n'; j++) if (text[j] !== ' ' && text[j] !== '\t' && text[j] !== '\r') return false;
  return true;
}

/** Skips a quoted scalar starting at `i` (on its quote); returns the offset after the closing quote. */
function skipQuoted(text: string, i: number): number {
  const q = text[i];
  let j = i + 1;
  while (j < text.length) {
    const ch = text[j];
    if (q === '"' && ch === '\\') j += 2;
    else if (ch === q) {
      if (q === "'" && text[j + 1] === "'") j += 2;
      else return j + 1;
    } else j++;
  }
  return j;
}

interface LineScan {
  next: number;
  exceeded?: number;
  blockScalar?: boolean;
}

/** Scans the rest of a line in block context (and any flow collection it opens, across lines). */
function scanLine(text: string, start: number, depth: number, ceiling: number, count: NodeCounter): LineScan {
  const n = text.length;
  let i = start;
  let valueStart = true;
  while (i < n) {
    const c = text[i]!;
    if (c === '\n') return { next: i + 1 };
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '#' && (i === start || /\s/.test(text[i - 1]!))) return { next: endOfLine(text, i) + 1 };
    if (valueStart) {
      if (c === '"' || c === "'") {
        i = skipQuoted(text, i);
        valueStart = false;
        continue;
      }
      if (c === '[' || c === '{') {
        const r = scanFlow(text, i, depth, ceiling, count);
        if (r.exceeded !== undefined) return r;
        i = r.next;
        valueStart = false;
        continue;
      }
      if (c === '|' || c === '>') return { next: endOfLine(text, i) + 1, blockScalar: true };
      if (c === '&' || c === '!' || c === '*') {
        while (i < n && !/\s/.test(text[i]!)) i++;
        continue;
      }
      if ((c === '-' || c === '?') && isBreakOrSpace(text, i + 1)) {
        // `key: - x` is not valid YAML, but count it rather than miss a level.
        if (++depth > ceiling || ++count.nodes > count.ceiling) return { next: i, exceeded: i };
        i++;
        continue;
      }
      valueStart = false;
    }
    if (c === ':' && isBreakOrSpace(text, i + 1)) {
      if (++count.nodes > count.ceiling) return { next: i, exceeded: i };
      valueStart = true;
    }
    i++;
  }
  return { next: i };
}

/** Scans a flow collection opening at `i`; returns the offset after it closes. */
function scanFlow(text: string, open: number, base: number, ceiling: number, count: NodeCounter): LineScan {
  const n = text.length;
  let level = 0;
  let tokenStart = true;
  let i = open;
  while (i < n) {
    const c = text[i]!;
    if (c === '[' || c === '{') {
      level++;
      if (base + level > ceiling || ++count.nodes > count.ceiling) return { next: i, exceeded: i };
      tokenStart = true;
      i++;
      continue;
    }
    if (c === ']' || c === '}') {
      level--;
      i++;
      if (level <= 0) return { next: i };
      tokenStart = false;
      continue;
    }
    if (c === ',' || c === ':') {
      if (++count.nodes > count.ceiling) return { next: i, exceeded: i };
      tokenStart = true;
      i++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    if (c === '#' && /\s/.test(text[i - 1] ?? ' ')) {
      i = endOfLine(text, i);
      continue;
    }
    if (tokenStart && (c === '"' || c === "'")) {
      i = skipQuoted(text, i);
      tokenStart = false;
      continue;
    }
    tokenStart = false;
    i++;
  }
  return { next: i };
}
