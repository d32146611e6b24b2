import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../dist/source/limits.js';
import { EXAMPLE, recordFigures, STACK, TODAY, workspace } from './helpers.js';

// One test per documented limit (docs/limits.md): a file at the worst case for that limit is
// refused with one positioned error, and the whole `notice check` run stays within bounds of CPU
// time and peak memory, measured in a child process (bin/measure-cli.mjs).

const MEASURE = fileURLToPath(new URL('./bin/measure-cli.mjs', import.meta.url));
/** Generous bounds for one `notice check` of one file, start-up included, on a loaded 2-core machine. */
const MAX_CPU_MS = 2_000;
const MAX_RSS_MB = 200;

interface Measured {
  code: number;
  cpuMs: number;
  wallMs: number;
  maxRssMB: number;
  stdoutBytes: number;
  stdout: string;
  stderr: string;
}

const example = readFileSync(EXAMPLE, 'utf8');
const withTitle = (title: string) => example.replace(/^title: .*$/m, `title: ${title}`);

interface Case {
  name: string;
  limit: string;
  make: () => string;
  code: string;
  /** Expected line:col of the finding. */
  at: string;
}

const CASES: Case[] = [
  { name: '10 MB file', limit: `file size ${LIMITS.fileBytes} bytes`, make: () => `${example}# ${'x'.repeat(10 * 1024 * 1024)}\n`, code: 'LIMIT-FILE-SIZE', at: '1:1' },
  { name: '10 MB on one line', limit: `file size ${LIMITS.fileBytes} bytes`, make: () => `title: "${'x'.repeat(10 * 1024 * 1024)}"\n`, code: 'LIMIT-FILE-SIZE', at: '1:1' },
  { name: 'depth 33 (block)', limit: `depth ${LIMITS.depth}`, make: () => example + Array.from({ length: 33 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n') + ' x\n', code: 'LIMIT-DEPTH', at: '' },
  { name: 'depth 500,000 (flow)', limit: `depth ${LIMITS.depth}`, make: () => `id: x\nk: ${'['.repeat(500_000)}\n`, code: 'LIMIT-DEPTH', at: '2:' },
  { name: 'depth 100,000 (compact lists)', limit: `depth ${LIMITS.depth}`, make: () => `id: x\nk:\n${'- '.repeat(100_000)}x\n`, code: 'LIMIT-DEPTH', at: '3:' },
  {
    name: 'alias bomb (9^7 values)',
    limit: `aliases ${LIMITS.aliases}`,
    make: () => 'a: &a [x,x,x,x,x,x,x,x,x]\n' + ['b', 'c', 'd', 'e', 'f', 'g'].map((k, i, all) => `${k}: &${k} [${Array(9).fill(`*${i === 0 ? 'a' : all[i - 1]}`).join(',')}]`).join('\n') + '\n',
    code: 'YAML-ALIAS-LIMIT',
    at: '2:',
  },
  { name: '101 aliases', limit: `aliases ${LIMITS.aliases}`, make: () => `${example}x: &v uno\ny: [${Array(101).fill('*v').join(', ')}]\n`, code: 'YAML-ALIAS-LIMIT', at: '' },
  { name: 'alias cycle', limit: 'aliases (cycles)', make: () => `${example}x: &v\n  y: *v\n`, code: 'YAML-ALIAS-CYCLE', at: '' },
  { name: 'list of 1,001 items', limit: `list length ${LIMITS.collectionItems}`, make: () => `${example}x:\n${Array.from({ length: 1001 }, (_, i) => `  - ${i}`).join('\n')}\n`, code: 'LIMIT-COLLECTION-SIZE', at: '' },
  { name: 'mapping of 25,000 keys', limit: `list length ${LIMITS.collectionItems}`, make: () => Array.from({ length: 25_000 }, (_, i) => `k${i}: 1`).join('\n') + '\n', code: 'LIMIT-', at: '' },
  { name: 'text of 20,001 characters', limit: `text length ${LIMITS.stringChars}`, make: () => withTitle('x'.repeat(LIMITS.stringChars + 1)), code: 'LIMIT-STRING-LENGTH', at: '' },
  { name: 'text of 500,000 characters', limit: `text length ${LIMITS.stringChars}`, make: () => `id: x\ntitle: "${'ñ'.repeat(250_000)}"\n`, code: 'LIMIT-STRING-LENGTH', at: '2:8' },
  { name: '20,001 values', limit: `values ${LIMITS.nodes}`, make: () => `id: x\nv:\n${Array.from({ length: 1000 }, () => `  - [${Array(20).fill(1).join(', ')}]`).join('\n')}\n`, code: 'LIMIT-NODES', at: '' },
  { name: '250,000 values on one line', limit: `values ${LIMITS.nodes}`, make: () => `id: x\nv: [${Array(250_000).fill(1).join(',')}]\n`, code: 'LIMIT-NODES', at: '2:' },
  { name: 'valid notice padded to 500 KB with comments', limit: '(none: under every limit)', make: () => example + '# comentario de relleno para medir el costo de un archivo grande\n'.repeat(7_800), code: '', at: '' },
];

function measure(file: string, cwd: string): Measured {
  const r = spawnSync(process.execPath, [MEASURE, 'check', '--no-cache', '--today', TODAY, file], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
  if (r.status !== 0) throw new Error(`measure-cli failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Measured;
}

describe('limits: each enforced with a positioned error, in bounded time and memory', () => {
  const figures: Record<string, unknown>[] = [];

  it.each(CASES)('$name', (c) => {
    const ws = workspace({});
    const text = c.make();
    writeFileSync(join(ws, 'notices/limit.yaml'), text);
    const m = measure('notices/limit.yaml', ws);
    figures.push({ case: c.name, limit: c.limit, bytes: Buffer.byteLength(text), code: c.code || 'none', cpuMs: m.cpuMs, wallMs: m.wallMs, maxRssMB: m.maxRssMB, reportBytes: m.stdoutBytes });
    expect(m.stderr).not.toMatch(STACK);
    if (c.code) {
      expect(m.code, m.stdout).toBe(1);
      const line = m.stdout.split('\n').find((l) => l.includes(c.code));
      expect(line, m.stdout).toBeDefined();
      expect(line).toMatch(new RegExp(`notices/limit\\.yaml:${c.at.replace(/:$/, ':\\d+')}${c.at.endsWith(':') || !c.at ? '' : '\\b'}`));
      // The report stays readable: a code frame never prints a megabyte-long line.
      expect(m.stdoutBytes).toBeLessThan(64 * 1024);
    }
    expect(m.cpuMs, `${c.name}: ${m.cpuMs} ms of CPU`).toBeLessThan(MAX_CPU_MS);
    expect(m.maxRssMB, `${c.name}: ${m.maxRssMB} MB peak`).toBeLessThan(MAX_RSS_MB);
  });

  it('records the figures', () => {
    recordFigures('limits', { bounds: { cpuMs: MAX_CPU_MS, rssMB: MAX_RSS_MB }, limits: LIMITS, cases: figures });
    expect(figures.length).toBe(CASES.length);
  });
});
