import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readBlockYaml } from '../../src/source/block-yaml.js';
import { parseWithYaml } from '../../src/source/parse-yaml.js';

// The fast reader answers only where its reading equals yaml's: same data, same positions, and
// yaml finds nothing wrong. Checked on every YAML file in the repository and on mutants of them
// (indentation, indicators, quotes, comments, flow brackets, line breaks inserted at random).

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === '.git' || name === 'dist' || name.startsWith('test-artifacts')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yamlFiles(path, out);
    else if (/\.ya?ml$/.test(name)) out.push(path);
  }
  return out;
}

const FILES = ['notices', 'examples', 'templates', 'test', 'docs'].flatMap((d) => yamlFiles(join(ROOT, d)));
const TEXTS = FILES.map((f) => readFileSync(f, 'utf8'));

/** What both readers say about a text, or the differences. */
function disagreement(text: string): string | undefined {
  const fast = readBlockYaml(text);
  if (!fast) return undefined;
  const slow = parseWithYaml('x.yaml', text);
  if (slow.diagnostics.length > 0) return `fast reader accepted what yaml reports: ${slow.diagnostics.map((d) => `${d.code} ${d.message}`).join('; ')}`;
  try {
    expect(fast.data).toStrictEqual(slow.data);
    expect(fast.tree).toStrictEqual(slow.tree);
    expect(fast.lineCounter.lineStarts).toStrictEqual(slow.lineCounter.lineStarts);
  } catch (e) {
    return (e as Error).message.slice(0, 2000);
  }
  return undefined;
}

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x9e3779b9) >>> 0) / 2 ** 32);
}

const SNIPPETS = [': ', ':', ' #', '#', '"', "'", "''", '- ', '-', '|', '>', '|-', '>+', '|2', '[', ']', '[]', '{', '}', '{}', ', ', ',', '&a ', '*a', '!x ', '!!str ', '? ', '%', '@', '`', '\\', '\\n', ' ', '  ', '\n', '\n  ', '\n    ', '\n\n', '\n- ', '---\n', '...\n', 'null', 'true', 'False', '~', '0x1F', '0o17', '1e3', '.inf', '.NaN', '012', '+1', '-1', '1_000', '2025-01-01', '__proto__', 'ñá', 'a: b', 'k: [1, "x", {a: b}]', 'k: { a: 1, b: [x, y] }', 'k: |\n  a\n\n  b\n', 'k: >-\n  a\n  b\n', '  # c\n', '\t', '\r', 'x: ', ' y', '"a b"', "'it''s'"];

function mutate(text: string, rand: () => number): string {
  const lines = text.split('\n');
  const pick = (): number => Math.floor(rand() * lines.length);
  const edits = 1 + Math.floor(rand() * 3);
  for (let e = 0; e < edits; e++) {
    const i = pick();
    const line = lines[i] ?? '';
    switch (Math.floor(rand() * 7)) {
      case 0: // indentation
        lines[i] = rand() < 0.5 ? ' '.repeat(1 + Math.floor(rand() * 4)) + line : line.replace(/^ {1,2}/, '');
        break;
      case 1: {
        // a snippet at a random column
        const col = Math.floor(rand() * (line.length + 1));
        lines[i] = line.slice(0, col) + SNIPPETS[Math.floor(rand() * SNIPPETS.length)]! + line.slice(col);
        break;
      }
      case 2: // a snippet at the end of the line
        lines[i] = line + SNIPPETS[Math.floor(rand() * SNIPPETS.length)]!;
        break;
      case 3: // duplicate a line (a repeated key, an extra item)
        lines.splice(i, 0, line);
        break;
      case 4: // delete a line
        lines.splice(i, 1);
        break;
      case 5: {
        // delete a few characters
        const col = Math.floor(rand() * (line.length + 1));
        lines[i] = line.slice(0, col) + line.slice(col + 1 + Math.floor(rand() * 3));
        break;
      }
      default: // join with the next line
        if (i + 1 < lines.length) lines.splice(i, 2, `${line} ${lines[i + 1]!.trimStart()}`);
    }
  }
  return lines.join('\n');
}

/** A slice of a notice from one top-level key to another: small texts, quick to compare many. */
function window(text: string, rand: () => number): string {
  const lines = text.split('\n');
  const tops = lines.flatMap((l, i) => (/^[A-Za-z_]/.test(l) ? [i] : []));
  if (tops.length === 0) return text;
  const from = tops[Math.floor(rand() * tops.length)]!;
  return lines.slice(from, from + 10 + Math.floor(rand() * 60)).join('\n') + (rand() < 0.9 ? '\n' : '');
}

// 20,000 in the full suite (about 15 s); the fast loop sets fewer (vitest.unit.config.ts).
const MUTANTS = Number(process.env.NOTICE_BLOCK_YAML_MUTANTS ?? 20_000);

describe('the fast YAML reader agrees with yaml', () => {
  it('on every YAML file in the repository, and reads most notices itself', () => {
    const problems = FILES.flatMap((f, i) => {
      const d = disagreement(TEXTS[i]!);
      return d ? [`${f}: ${d}`] : [];
    });
    expect(problems).toEqual([]);
    const notices = FILES.flatMap((f, i) => (/\/notices\/|fixtures\/notices|independent-review/.test(f) ? [TEXTS[i]!] : []));
    const read = notices.filter((t) => readBlockYaml(t) !== undefined).length;
    expect(notices.length).toBeGreaterThan(20);
    expect(read / notices.length).toBeGreaterThan(0.8);
  });

  it(`on ${MUTANTS} mutants of them: whatever it reads, it reads as yaml does`, () => {
    const rand = prng(2025);
    const bases = TEXTS.filter((t) => t.length < 60_000 && readBlockYaml(t) !== undefined);
    let accepted = 0;
    const problems: string[] = [];
    for (let n = 0; n < MUTANTS && problems.length < 3; n++) {
      const base = bases[Math.floor(rand() * bases.length)]!;
      const text = mutate(rand() < 0.8 ? window(base, rand) : base, rand);
      if (readBlockYaml(text)) accepted++;
      const d = disagreement(text);
      if (d) problems.push(`${JSON.stringify(text)}\n${d}`);
    }
    expect(problems).toEqual([]);
    // Not vacuous: a good share of the mutants are still plain block YAML the reader takes.
    expect(accepted).toBeGreaterThan(MUTANTS * 0.2);
  });

  it('hands yaml every file near a limit: many values (in flow lists too), long texts and lists, deep nesting', () => {
    const flowValues = `id: x\nv:\n${Array.from({ length: 1000 }, () => `  - [${Array(20).fill(1).join(', ')}]`).join('\n')}\n`;
    const blockValues = `id: x\nv:\n${Array.from({ length: 700 }, (_, i) => `  - k${i}:\n${Array.from({ length: 30 }, (_, j) => `      - ${j}`).join('\n')}`).join('\n')}\n`;
    const longText = `id: x\ntitle: ${'x'.repeat(20_001)}\n`;
    const longFlowText = `id: x\nv: [a, ${'x'.repeat(20_001)}]\n`;
    const longKeys = [`id: x\n${'k'.repeat(20_001)}: 1\n`, `id: x\nv: { ${'k'.repeat(20_001)}: 1 }\n`];
    const longQuoted = `id: x\nv: '${'x'.repeat(20_001)}'\n`;
    const longBlock = `id: x\nv: |\n${'  xxxxxxxxx\n'.repeat(2_001)}`;
    const longList = `id: x\nv:\n${'  - a\n'.repeat(1001)}`;
    const deep = `id: x\n${Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n')} 1\n`;
    // Found by review: yaml's 1,024-character limit on keys, and the pre-scan's estimates, which count
    // each continuation line of a plain text as a value and each deeper one as a level.
    const yamlLongKeys = [`${'k'.repeat(1025)}: 1\n`, `a:\n- ${'k'.repeat(1025)}: 1\n`];
    const stairs = `a: x\n${Array.from({ length: 64 }, (_, i) => `${' '.repeat(i + 1)}y`).join('\n')}\n`;
    const continuations = Array.from({ length: 4 }, (_, k) => `k${k}: x\n${'  y\n'.repeat(9999)}`).join('');
    const big = `a: 1\n#${'x'.repeat(524_288)}\n`;
    for (const text of [flowValues, blockValues, longText, longFlowText, ...longKeys, longQuoted, longBlock, longList, deep, ...yamlLongKeys, stairs, continuations, big]) {
      expect(readBlockYaml(text), text.slice(0, 60)).toBeUndefined();
      expect(parseWithYaml('x.yaml', text).diagnostics.length, text.slice(0, 60)).toBeGreaterThan(0);
    }
  });

  it('hands yaml what it does not read: anchors, tags, escapes, directives, tabs, repeated keys', () => {
    // A kept block text whose last blank line has no line break (review): yaml ends it one character later.
    expect(readBlockYaml('a: |+\n x\n ')).toBeUndefined();
    expect(disagreement('a: |+\n x\n\n')).toBeUndefined();
    for (const text of ['a: &x 1\nb: *x\n', 'a: !!str 1\n', 'a: "x\\ty"\n', '%YAML 1.2\n---\na: 1\n', 'a:\n\t- 1\n', 'a: 1\na: 2\n', 'a: "x\n  y"\n', '? a\n: b\n', 'a: [1,\n  2]\n', '- a\n', 'a: 1\r\nb: 2\r\n', 'a: b: c\n', 'a: |\n  x']) {
      expect(readBlockYaml(text), JSON.stringify(text)).toBeUndefined();
    }
  });
});
