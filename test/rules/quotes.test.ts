import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Citation } from '../../src/diagnostics/diagnostic.js';
import { RULES, RULE_IDS } from '../../src/rules/registry.js';
import { RULESET_IDS, appliedRules } from '../../src/rules/rulesets.js';

// Every VERIFIED citation carries the cited provision's words (`quote`). This test finds each
// fragment (fragments are joined with " … ") verbatim in the official text in ../shared/legal/,
// after normalising whitespace and stripping the PDF page furniture, and nothing else; and it finds
// the first fragment inside the very article, fraction or paragraph the rule cites.

const FILE = 'LGPDPPSO_2025_DOF-20-03-2025_ref-14-11-2025.txt';
const root = new URL('../../', import.meta.url);
const candidates = [new URL(`../shared/legal/${FILE}`, root), new URL(`../../shared/legal/${FILE}`, root)];
const lawFile = candidates.find((u) => existsSync(u));

/** Same page furniture as scripts/extract-legal.mjs strips. */
const FURNITURE = [
  /^\s*\d+ de \d+\s*$/,
  /^\s*LEY GENERAL DE PROTECCIÓN DE DATOS PERSONALES EN POSESIÓN DE SUJETOS OBLIGADOS\s*$/,
  /^\s*CÁMARA DE DIPUTADOS DEL H\. CONGRESO DE LA UNIÓN\b.*$/,
  /^\s*Secretaría General\s*$/,
  /^\s*Secretaría de Servicios Parlamentarios\s*$/,
];
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
const lawText = lawFile
  ? squash(
      readFileSync(lawFile, 'utf8')
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .filter((l) => !FURNITURE.some((re) => re.test(l)))
        .join('\n'),
    )
  : '';

const { articles } = JSON.parse(readFileSync(new URL('legal/lgpdppso-2025.json', root), 'utf8')) as { articles: Record<string, string> };
const ORD: Record<string, number> = { primero: 1, segundo: 2, tercero: 3, cuarto: 4, quinto: 5, sexto: 6 };

/** The text of exactly what a citation names: the fraction (with its incisos), the paragraph, or the article. */
function cited(c: Citation): string {
  const text = articles[String(c.article)] ?? '';
  const lines = text.split('\n');
  if (c.fraction) {
    const at = lines.findIndex((l) => l.startsWith(`${c.fraction}. `));
    if (at < 0) return '';
    let end = at + 1;
    while (end < lines.length && /^[a-z]\)\s/.test(lines[end]!)) end++;
    return lines.slice(at, end).join(' ');
  }
  if (c.paragraph) {
    const paras = lines.filter((l) => !/^[IVXL]+\.\s/.test(l) && !/^[a-z]\)\s/.test(l));
    const n = c.paragraph === 'último' ? paras.length : c.paragraph === 'penúltimo' ? paras.length - 1 : ORD[c.paragraph] ?? 0;
    return paras[n - 1] ?? '';
  }
  return lines.join(' ');
}

const verified = [
  ...RULE_IDS.map((id) => ({ where: id, citation: RULES[id].citation, confidence: RULES[id].confidence, quote: (RULES[id] as { quote?: string }).quote })),
  ...RULESET_IDS.flatMap((rs) =>
    appliedRules(rs)
      .filter((a) => a.citation !== a.rule.citation)
      .map((a) => ({ where: `${rs}/${a.rule.id}`, citation: a.citation, confidence: a.confidence, quote: undefined as string | undefined })),
  ),
].filter((v) => v.confidence === 'VERIFIED');

describe('verbatim quotes of VERIFIED citations', () => {
  it('the law text is available (../shared/legal/)', () => {
    expect(lawFile, `put ${FILE} in ../shared/legal/`).toBeDefined();
    expect(lawText.length).toBeGreaterThan(100_000);
  });

  it.each(verified.map((v) => [v.where, v] as const))('%s quotes its citation', (_where, v) => {
    expect(v.quote, `${v.where} is VERIFIED but has no quote`).toBeTruthy();
    const fragments = v.quote!.split(' … ').map(squash);
    for (const f of fragments) expect(lawText.includes(f), `not in the law text: «${f}»`).toBe(true);
    expect(squash(cited(v.citation)).includes(fragments[0]!), `first fragment is not in the cited provision ${JSON.stringify(v.citation)}: «${fragments[0]}»`).toBe(true);
  });

  it('quotes are not empty fragments or ellipses only', () => {
    for (const id of RULE_IDS) {
      const q = (RULES[id] as { quote?: string }).quote;
      if (q) for (const f of q.split(' … ')) expect(f.trim().length, id).toBeGreaterThan(15);
    }
  });
});
