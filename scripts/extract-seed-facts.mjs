// Extracts checkable facts from the original text of a seed notice (../shared/seeds/*.txt) with
// regular expressions, so the test that proves a YAML transcription lost nothing compares it with
// what the ORIGINAL says, not with expectations typed by hand.
//   node scripts/extract-seed-facts.mjs [seeds-dir]   rewrites test/fixtures/seed-facts/*.json
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractListFacts } from './seed-facts/lists.mjs';
import { extractCitations } from './seed-facts/citations.mjs';

/** Which seed each transcription comes from. */
export const SEEDS = [
  { seed: '000_27bc96d1d6ac0cd5.txt', notice: 'notices/imss-mi-chat-oncoimss.yaml', id: 'imss-mi-chat-oncoimss' },
  { seed: '001_1bb20f84825d3a5b.txt', notice: 'notices/imss-bienestar-atencion-ciudadana.yaml', id: 'imss-bienestar-atencion-ciudadana' },
  { seed: '002_534b290058def340.txt', notice: 'notices/imss-digital.yaml', id: 'imss-digital' },
];

const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

/** Keyword in the original → channel kinds that express it. */
const CHANNEL_KEYWORDS = [
  ['correo electrónico', ['email']],
  ['llamadas telefónicas', ['phone']],
  ['vía telefónica', ['phone']],
  ['whatsapp', ['whatsapp']],
  ['messenger', ['messenger']],
  ['presencial', ['in-person']],
  ['escrito libre', ['written', 'in-person']],
  ['plataforma nacional de transparencia', ['pnt']],
  ['coordinaciones estatales', ['office']],
  ['en la página', ['web']],
  ['portal institucional', ['web']],
  ['aplicación móvil', ['app']],
];

const unique = (values) => [...new Set(values)];

function matches(text, regex, group = 1) {
  return [...text.matchAll(regex)].map((m) => m[group].trim());
}

export function extractFacts(text) {
  const clean = text.replace(/\r\n/g, '\n');
  const heading = [];
  for (const line of clean.split('\n').map((l) => l.trim())) {
    if (line === '' && heading.length > 0) break;
    if (line !== '') heading.push(line);
  }
  const date = /(?:fecha de (?:última )?actualización|mes de actualización):\s*(?:de\s+)?(\p{L}+)(?:\s+de)?\s+(\d{4})/iu.exec(clean);
  const month = date ? MONTHS.indexOf(date[1].toLowerCase()) + 1 : 0;
  const lower = clean.toLowerCase();
  return {
    heading: heading.join(' '),
    updated: month > 0 ? `${date[2]}-${String(month).padStart(2, '0')}` : null,
    emails: unique(matches(clean, /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, 0)),
    urls: unique(matches(clean, /https?:\/\/[^\s<>()"]+/g, 0).map((u) => u.replace(/[.,;]+$/, ''))),
    phones: [...clean.matchAll(/\b(\d{2}(?: \d{2}){4})\b(?:,?\s*extensión\s+(\d+))?/g)].map((m) => ({
      number: m[1],
      ...(m[2] ? { extension: m[2] } : {}),
    })),
    postalCodes: unique(matches(clean, /(?:C\.P\.|CP\.|Código Postal)\s*(\d{5})/gi)),
    addresses: unique(
      matches(clean, /(?:con domicilio en|ubicada en)\s+(.+?),?\s+(?:es (?:el )?responsable|a través del|o bien|con un horario)/g),
    ),
    channels: CHANNEL_KEYWORDS.filter(([keyword]) => lower.includes(keyword)).map(([keyword, kinds]) => ({ keyword, kinds })),
    citations: extractCitations(clean),
    ...extractListFacts(clean),
  };
}

/**
 * Where the seed texts are: $NOTICE_SEEDS_DIR, or `shared/seeds` beside the repository (CI) or
 * beside the folder holding it (git worktrees). Undefined when none exists.
 */
export function findSeedsDir(root) {
  const candidates = [process.env.NOTICE_SEEDS_DIR, join(root, '..', 'shared', 'seeds'), join(root, '..', '..', 'shared', 'seeds')];
  return candidates.find((dir) => dir && existsSync(join(dir, SEEDS[0].seed)));
}

function main() {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const seedsDir = process.argv[2] ?? findSeedsDir(root);
  if (!seedsDir) {
    console.error('No encuentro los avisos semilla: pase la carpeta como argumento o defina NOTICE_SEEDS_DIR.');
    process.exitCode = 2;
    return;
  }
  const outDir = join(root, 'test', 'fixtures', 'seed-facts');
  mkdirSync(outDir, { recursive: true });
  for (const { seed, notice, id } of SEEDS) {
    const text = readFileSync(join(seedsDir, seed), 'utf8');
    const fixture = { seed, notice, sha256: createHash('sha256').update(text).digest('hex'), facts: extractFacts(text) };
    writeFileSync(join(outDir, `${id}.json`), JSON.stringify(fixture, null, 2) + '\n');
    console.log(`wrote test/fixtures/seed-facts/${id}.json`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
