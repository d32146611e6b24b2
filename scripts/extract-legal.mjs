// Extracts the article texts of the LGPDPPSO 2025 from the consolidated Cámara de Diputados text
// in ../shared/legal/ into legal/lgpdppso-2025.json ({ "21": "Artículo 21. …" }), stripping the PDF
// page furniture (page numbers "N de 37", running headers). Run at build time by a maintainer when
// the law text changes; the JSON is committed and shipped, and `notice explain` reads only it.
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

const FURNITURE = [
  /^\s*\d+ de \d+\s*$/, // page number
  /^\s*LEY GENERAL DE PROTECCIÓN DE DATOS PERSONALES EN POSESIÓN DE SUJETOS OBLIGADOS\s*$/,
  /^\s*CÁMARA DE DIPUTADOS DEL H\. CONGRESO DE LA UNIÓN\b.*$/,
  /^\s*Secretaría General\s*$/,
  /^\s*Secretaría de Servicios Parlamentarios\s*$/,
];

const raw = readFileSync(source, 'utf8').replace(/\r\n?/g, '\n');
// The law proper sits between "Artículo Segundo.- Se expide la Ley General de Protección…" and the
// decree's "Artículo Tercero y Artículo Cuarto".
const start = raw.indexOf('Artículo 1. La presente Ley es reglamentaria');
const end = raw.indexOf('Artículo Tercero y Artículo Cuarto');
if (start < 0 || end < 0) throw new Error('Could not find the body of the law in ' + source);
const lines = raw
  .slice(start, end)
  .split('\n')
  .filter((l) => !FURNITURE.some((re) => re.test(l)));

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

mkdirSync(dirname(out), { recursive: true });
const ordered = Object.fromEntries(Object.entries(articles).sort((a, b) => Number(a[0]) - Number(b[0])));
writeFileSync(out, JSON.stringify({ law: 'LGPDPPSO-2025', source: 'Cámara de Diputados, texto vigente, última reforma DOF 14-11-2025', articles: ordered }, null, 2) + '\n');
console.log(`wrote ${Object.keys(ordered).length} articles to ${out}`);
