// Extracts the LGPDPPSO 2025 from the consolidated Cámara de Diputados text in ../shared/legal/,
// stripping the PDF page furniture (page numbers "N de 37", running headers), into:
//   legal/lgpdppso-2025.json            article texts ({ "21": "Artículo 21. …" }, one paragraph,
//                                       fraction or inciso per line), the index of the law's
//                                       structure (paragraphs, fractions, incisos per article) and
//                                       the decree's transitorios;
//   src/rules/data/lgpdppso-2025-index.ts  the same index as a module the rules import (the
//                                       compiled tool never reads ../shared, nor legal/ from a rule).
// Run by a maintainer when the law text changes; both outputs are committed and a test keeps them
// in sync (test/rules/law-index.test.ts).
//   node scripts/extract-legal.mjs [path/to/LGPDPPSO.txt]
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const FILE = 'LGPDPPSO_2025_DOF-20-03-2025_ref-14-11-2025.txt';
// ../shared beside a clone (CI); ../../shared beside a git worktree folder.
const source = process.argv[2] ?? [join(root, '..', 'shared', 'legal', FILE), join(root, '..', '..', 'shared', 'legal', FILE)].find((p) => existsSync(p));
if (!source) throw new Error(`Law text not found; pass its path: node scripts/extract-legal.mjs <${FILE}>`);
const out = join(root, 'legal', 'lgpdppso-2025.json');
const outModule = join(root, 'src', 'rules', 'data', 'lgpdppso-2025-index.ts');

/** Page furniture of the Cámara de Diputados PDF export; exported for the quotes test. */
export const FURNITURE = [
  /^\s*\d+ de \d+\s*$/, // page number
  /^\s*LEY GENERAL DE PROTECCIÓN DE DATOS PERSONALES EN POSESIÓN DE SUJETOS OBLIGADOS\s*$/,
  /^\s*CÁMARA DE DIPUTADOS DEL H\. CONGRESO DE LA UNIÓN\b.*$/,
  /^\s*Secretaría General\s*$/,
  /^\s*Secretaría de Servicios Parlamentarios\s*$/,
];

const raw = readFileSync(source, 'utf8').replace(/\r\n?/g, '\n');
// The law proper sits between "Artículo Segundo.- Se expide la Ley General de Protección…" and the
// decree's "Artículo Tercero y Artículo Cuarto"; the decree's transitorios follow, up to the
// transitorios of later reform decrees.
const start = raw.indexOf('Artículo 1. La presente Ley es reglamentaria');
const end = raw.indexOf('Artículo Tercero y Artículo Cuarto');
const transStart = raw.indexOf('Transitorios', end);
const transEnd = raw.indexOf('ARTÍCULOS TRANSITORIOS DE DECRETOS DE REFORMA');
if (start < 0 || end < 0 || transStart < 0 || transEnd < 0) throw new Error('Could not find the body of the law in ' + source);
const strip = (text) => text.split('\n').filter((l) => !FURNITURE.some((re) => re.test(l)));
const lines = strip(raw.slice(start, end));

const HEADING = /^\s*(TÍTULO|Capítulo|CAPÍTULO|Sección|SECCIÓN)\b/;
const articles = {};
let current = null;
let buffer = [];
const flush = () => {
  if (current !== null) articles[current] = tidy(buffer);
  buffer = [];
};
for (const line of lines) {
  const m = /^\s*Artículo (\d+)\.\s/.exec(line);
  if (m) {
    flush();
    current = m[1];
  }
  if (current === null) continue;
  if (HEADING.test(line) && !m) {
    // Headings between articles (Título, Capítulo and their names) end the current article.
    flush();
    current = null;
    continue;
  }
  buffer.push(line);
}
flush();

/** Join wrapped lines into paragraphs; fractions ("I.", "a)") and new paragraphs start new lines. */
function tidy(rawLines) {
  const paras = [];
  for (const l of rawLines) {
    const t = l.replace(/\s+/g, ' ').trim();
    if (!t) continue;
    const startsBlock = /^(?:[IVXL]+\.|[a-z]\)|Artículo \d+\.)\s/.test(t) || /^\s{2,}\S/.test(l) && !/^\s{6,}/.test(l);
    if (paras.length === 0 || startsBlock) paras.push(t);
    else paras[paras.length - 1] += ' ' + t;
  }
  return paras.join('\n');
}

const FRACTION = /^([IVXL]+)\.\s/;
const INCISO = /^([a-z])\)\s/;

/**
 * The structure of one article as Mexican legal usage counts it: paragraphs are the blocks that are
 * not fractions or incisos (fractions hang from the paragraph before them, so in art. 21 the text
 * after fr. IX is the second and last paragraph); incisos hang from their fraction.
 */
function structure(text) {
  let paragraphs = 0;
  const fractions = {};
  const incisos = {};
  let fraction = null;
  for (const l of text.split('\n')) {
    const f = FRACTION.exec(l);
    const i = INCISO.exec(l);
    if (f) {
      fraction = f[1];
      fractions[fraction] = paragraphs;
    } else if (i) {
      (incisos[fraction ?? ''] ??= []).push(i[1]);
    } else {
      paragraphs++;
      fraction = null;
    }
  }
  return { paragraphs, fractions, ...(Object.keys(incisos).length ? { incisos } : {}) };
}

// The decree's transitorios ("Primero.-" … "Vigésimo.-"): names only, for citation checks.
const TRANSITORIO = /^\s*((?:Primero|Segundo|Tercero|Cuarto|Quinto|Sexto|Séptimo|Octavo|Noveno|Décimo|Vigésimo)(?: (?:Primero|Segundo|Tercero|Cuarto|Quinto|Sexto|Séptimo|Octavo|Noveno))?)\.-/;
const transitorios = strip(raw.slice(transStart, transEnd))
  .map((l) => TRANSITORIO.exec(l)?.[1])
  .filter(Boolean);

const ordered = Object.fromEntries(Object.entries(articles).sort((a, b) => Number(a[0]) - Number(b[0])));
const index = Object.fromEntries(Object.entries(ordered).map(([n, text]) => [n, structure(text)]));
const meta = {
  law: 'LGPDPPSO-2025',
  source: 'Cámara de Diputados, texto vigente, última reforma DOF 14-11-2025',
  published: '2025-03-20',
  inForce: '2025-03-21',
  lastReform: '2025-11-14',
};

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ ...meta, articles: ordered, index, transitorios }, null, 2) + '\n');

const moduleText = `/* Generated by scripts/extract-legal.mjs from the law text; do not edit by hand. */
/**
 * The structure of the LGPDPPSO 2025 (${meta.source}): for each article, how many paragraphs it
 * has, each fraction with the paragraph it hangs from (1-based; 0 = before any paragraph), and the
 * incisos of each fraction. Citation rules check every article, fraction and paragraph a notice
 * cites against it.
 */
export interface ArticleIndex {
  paragraphs: number;
  fractions: Readonly<Record<string, number>>;
  incisos?: Readonly<Record<string, readonly string[]>>;
}

export const LGPDPPSO_2025_META = ${JSON.stringify(meta, null, 2)} as const;

export const LGPDPPSO_2025_INDEX: Readonly<Record<string, ArticleIndex>> = ${JSON.stringify(index)};

/** The decree's transitorios (Primero … Vigésimo). */
export const LGPDPPSO_2025_TRANSITORIOS: readonly string[] = ${JSON.stringify(transitorios)};
`;
writeFileSync(outModule, moduleText);
console.log(`wrote ${Object.keys(ordered).length} articles and ${transitorios.length} transitorios to ${out} and ${outModule}`);
