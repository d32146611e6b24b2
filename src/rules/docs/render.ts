import { formatCitation } from '../../diagnostics/citation.js';
import type { Lang } from '../../diagnostics/diagnostic.js';
import { getRule } from '../registry.js';
import { RULESET_IDS, RULESETS, appliedRules } from '../rulesets.js';
import { articleExcerpt, type ArticleTexts } from './article-excerpt.js';
import { CATALOGUE, catalogueEntry } from '../../diagnostics/catalogue/index.js';

const SEVERITY: Record<string, Record<Lang, string>> = {
  error: { es: 'error', en: 'error' },
  warning: { es: 'advertencia', en: 'warning' },
  info: { es: 'nota', en: 'info' },
};

const quote = (text: string): string => text.split('\n').map((l) => `> ${l}`).join('\n>\n');

/** The rule as each ruleset applies it: severity, citation, confidence. */
export function rulesetRows(ruleId: string, lang: Lang): string[] {
  const rows: string[] = [];
  for (const id of RULESET_IDS) {
    const a = appliedRules(id).find((x) => x.rule.id === ruleId);
    if (a) rows.push(`| \`${id}\` | ${SEVERITY[a.severity]![lang]} | ${formatCitation(a.citation, lang)} | ${a.confidence} |`);
  }
  return rows;
}

/** docs/rules/<id>.md, generated from the rule's metadata and the shipped law text. */
export function renderRulePage(ruleId: string, articles: ArticleTexts): string {
  const rule = getRule(ruleId);
  if (!rule) throw new Error(`unknown rule ${ruleId}`);
  const excerpt = articleExcerpt(articles, rule.citation);
  const section = (lang: Lang): string[] => {
    const es = lang === 'es';
    return [
      es ? '| Conjunto de reglas | Severidad | Cita | Confianza |' : '| Ruleset | Severity | Citation | Confidence |',
      '|---|---|---|---|',
      ...rulesetRows(ruleId, lang),
      '',
      es ? '### Qué revisa' : '### What it checks',
      '',
      rule.docs.checks[lang],
      '',
      es ? '### Por qué' : '### Why',
      '',
      rule.docs.why[lang],
      '',
      es ? '### Cómo corregirlo' : '### How to fix it',
      '',
      rule.docs.fix[lang],
      '',
      es ? '### Mensajes' : '### Messages',
      '',
      ...Object.values(rule.messages).map((m) => `- ${m[lang]}`),
      '',
    ];
  };
  return [
    '<!-- Generado por scripts/gen-rule-docs.mjs a partir de la regla; no editar a mano. -->',
    `# \`${rule.id}\` — ${rule.title.es}`,
    '',
    `*${rule.title.en}*`,
    '',
    ...section('es'),
    `### Texto de la ley (${formatCitation(rule.citation, 'es')})`,
    '',
    excerpt ? quote(excerpt) : '> (Texto no incluido en `legal/`.)',
    '',
    ...(rule.quote
      ? [
          `### Cita verificada (${rule.confidence})`,
          '',
          'Palabras de la ley que sustentan la regla, comprobadas literalmente contra el texto oficial por `test/rules/quotes.test.ts` (fragmentos separados por « … »):',
          '',
          `> ${rule.quote}`,
          '',
        ]
      : []),
    '## English',
    '',
    ...section('en'),
    `Suppress one finding with a written reason: \`suppressions: [{ rule: ${rule.id}, at: <pointer>, reason: "…" }]\`.`,
    '',
  ].join('\n');
}

const SEVERITY_LINE: Record<string, [string, string]> = {
  error: ['Severidad: error.', 'Severity: error.'],
  warning: ['Severidad: advertencia.', 'Severity: warning.'],
  info: ['Severidad: nota (no hace fallar la revisión).', 'Severity: info (never fails a check).'],
};

/** docs/rules/<code>.md for every catalogued code that is not a rule (YAML-*, SCHEMA-*, BUILD-*…). */
export function renderCodePage(code: string): string {
  const doc = catalogueEntry(code);
  if (!doc) throw new Error(`no documentation for code ${code}`);
  const [sevEs, sevEn] = SEVERITY_LINE[doc.severity]!;
  return [
    '<!-- Generado por scripts/gen-rule-docs.mjs; no editar a mano. -->',
    `# \`${code}\` — ${doc.title.es}`,
    '',
    `*${doc.title.en}*`,
    '',
    doc.variantOf ? `Variante de redacción de [\`${doc.variantOf}\`](${doc.variantOf.toLowerCase()}.md).` : sevEs,
    '',
    doc.what.es,
    '',
    '### Cómo corregirlo',
    '',
    doc.fix.es,
    '',
    '## English',
    '',
    doc.variantOf ? `A wording variant of [\`${doc.variantOf}\`](${doc.variantOf.toLowerCase()}.md).` : sevEn,
    '',
    doc.what.en,
    '',
    '### How to fix it',
    '',
    doc.fix.en,
    '',
  ].join('\n');
}

/** Every page the docs folder must hold: file name (without .md) -> content. */
export function allDocPages(articles: ArticleTexts): Map<string, string> {
  const pages = new Map<string, string>();
  const ruleIds = new Set(RULESET_IDS.flatMap((id) => Object.keys(RULESETS[id].rules)));
  for (const id of [...ruleIds].sort()) pages.set(id, renderRulePage(id, articles));
  for (const code of Object.keys(CATALOGUE).sort()) pages.set(code.toLowerCase(), renderCodePage(code));
  return pages;
}
