import { isAlias, isMap, isPair, isScalar, isSeq, type Node } from 'yaml';

/**
 * Where each value of a parsed notice sits in its text: the small tree that positions findings.
 * Both readers build it (yaml's document through `fromYamlNode`, the fast reader directly) with
 * the same offsets: a scalar or key spans yaml's range[0]..range[1]; a flow collection runs to its
 * closing bracket; a block collection ends where its last value ends (yaml would stretch it over
 * the comments and blank lines that follow, which is no part of the value).
 */
export type SourceNode = SourceScalar | SourceMap | SourceSeq;

export interface SourceScalar {
  kind: 'scalar';
  start: number;
  end: number;
  /** The value, when it is a plain JSON scalar (an alias has none). */
  value: unknown;
}

export interface SourceMap {
  kind: 'map';
  start: number;
  end: number;
  /** Key texts, in order (a repeated key appears twice; lookups take the first). */
  keys: string[];
  /** [start, end] offsets of each key. */
  keyRanges: [number, number][];
  /** Each key's value; undefined when yaml gives the pair no value node. */
  values: (SourceNode | undefined)[];
}

export interface SourceSeq {
  kind: 'seq';
  start: number;
  end: number;
  items: (SourceNode | undefined)[];
}

/** yaml's node tree turned into a SourceNode tree (the fallback reader's path). */
export function fromYamlNode(node: unknown): SourceNode | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const range = (node as Node).range;
  const [start, end] = range ?? [0, 0];
  if (isMap(node)) {
    const keys: string[] = [];
    const keyRanges: [number, number][] = [];
    const values: (SourceNode | undefined)[] = [];
    let last = start;
    for (const p of node.items) {
      if (!isPair(p)) continue;
      const value = fromYamlNode(p.value);
      const kr = (p.key as Node | null)?.range;
      last = value?.end ?? kr?.[1] ?? last;
      if (!isScalar(p.key)) continue;
      keys.push(String(p.key.value));
      keyRanges.push(kr ? [kr[0], kr[1]] : [start, start]);
      values.push(value);
    }
    return { kind: 'map', start, end: node.flow ? end : last, keys, keyRanges, values };
  }
  if (isSeq(node)) {
    const items = node.items.map((i) => fromYamlNode(i));
    return { kind: 'seq', start, end: node.flow ? end : (items.at(-1)?.end ?? start), items };
  }
  if (isScalar(node)) return { kind: 'scalar', start, end, value: node.value };
  if (isAlias(node)) return { kind: 'scalar', start, end, value: undefined };
  return undefined;
}
