import { formatCitation } from '../../diagnostics/citation.js';
import { HINTS, type Requirement } from '../data/requirements.js';
import { appliedRules } from '../rulesets.js';
import type { CorpusScore } from './corpus.js';

const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;
const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * docs/rules/coverage.md: every requirement of the legal guide with the rules that check it (and
 * their citation) or the reason a notice cannot show it, then the planted-defect corpus results.
 */
export function renderCoverage(requirements: readonly Requirement[], score: CorpusScore, corpusName = 'test/fixtures/defects/corpus.yaml'): string {
  const applied = new Map(appliedRules('lgpdppso-2025').map((a) => [a.rule.id, a]));
  const ruleCell = (ids: readonly string[]): string =>
    ids.length ? ids.map((id) => `[\`${id}\`](${id}.md) (${applied.get(id) ? formatCitation(applied.get(id)!.citation, 'es').replace('LGPDPPSO 2025, ', '') : '—'})`).join('<br>') : '—';
  const rows = requirements.map((r) => `| ${r.section} | ${cell(r.guide)} | ${cell(r.requirement)} | ${cell(r.law)} | ${ruleCell(r.rules)} | ${cell(r.reason ?? '')} |`);
  const covered = requirements.filter((r) => r.rules.length).length;

  const perRule = new Map<string, { variants: number; hits: number; bases: Set<string> }>();
  for (const r of score.results) {
    if (r.kind !== 'variant' || !r.expected) continue;
    const e = perRule.get(r.expected) ?? { variants: 0, hits: 0, bases: new Set<string>() };
    e.variants++;
    if (r.hit) e.hits++;
    e.bases.add(r.base);
    perRule.set(r.expected, e);
  }
  const corpusRows = [...perRule.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([id, e]) => `| [\`${id}\`](${id}.md) | ${applied.get(id)?.severity ?? '—'} | ${e.variants} | ${e.hits} | ${[...e.bases].sort().join(', ')} |`);
  const misses = score.results.filter((r) => (r.kind === 'variant' && !r.hit) || r.unexpected.length);
  const bases = new Set(score.results.map((r) => r.base));

  return [
    '<!-- Generado por scripts/gen-coverage.mjs a partir de src/rules/data/requirements.ts y del corpus de defectos; no editar a mano. -->',
    '# Cobertura de la ley / Coverage',
    '',
    'Cada fila de la guía legal (`legal-requirements.md`: §2 instrumentos, §4 aviso integral, §5 simplificado, §6 puesta a disposición, §7 reglas transversales y tabla ARCO, §8 renumeración) con las reglas que la revisan y el artículo que cita cada regla, o la razón por la que un aviso no puede mostrarla. La tabla vive en `src/rules/data/requirements.ts`; `test/rules/coverage.test.ts` falla si una fila no tiene regla ni razón.',
    '',
    `Filas: ${requirements.length}; con al menos una regla: ${covered}; solo con razón documentada: ${requirements.length - covered}.`,
    '',
    '| § | Fila de la guía | Requisito | Artículos (2025) | Reglas (cita) | Razón / nota |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    'Reglas que no revisan un requisito de la ley (notas, nunca más que `info`):',
    '',
    ...Object.entries(HINTS).map(([id, why]) => `- [\`${id}\`](${id}.md): ${why}`),
    '',
    '## Corpus de defectos sembrados / Planted-defect corpus',
    '',
    `\`${corpusName}\`: ${score.variants} variantes, cada una siembra un defecto real en uno de ${bases.size} avisos base limpios (dependencia federal, órgano estatal con ley estatal, universidad autónoma, aviso web corto, aviso con transferencias, municipio, hospital federal) y nombra la regla y el artículo que deben señalarlo; ${score.traps} trampas (texto que parece defecto y no lo es) no deben producir ninguna advertencia ni error.`,
    '',
    '| Medida | Valor |',
    '|---|---|',
    `| Recall (variantes detectadas por su regla, advertencia o error) | ${score.truePositives} / ${score.variants} = ${pct(score.recall)} |`,
    `| Precisión (hallazgos esperados / todos los hallazgos de advertencia o error en variantes y trampas) | ${score.truePositives} / ${score.truePositives + score.falsePositives} = ${pct(score.precision)} |`,
    `| Trampas con algún hallazgo | ${score.results.filter((r) => r.kind === 'trap' && r.found.length).length} / ${score.traps} |`,
    '',
    'Reproducir: `npm run build && node scripts/gen-coverage.mjs` (escribe este archivo) o `npx vitest run test/rules/defects.test.ts`.',
    '',
    '| Regla | Severidad | Variantes | Detectadas | Bases |',
    '|---|---|---|---|---|',
    ...corpusRows,
    '',
    ...(misses.length
      ? ['### Fallos', '', ...misses.map((r) => `- \`${r.id}\`: ${r.kind === 'variant' && !r.hit ? `no detectada (se esperaba \`${r.expected}\`)` : ''}${r.unexpected.length ? ` también ${r.unexpected.map((u) => `\`${u}\``).join(', ')}` : ''}`), '']
      : []),
  ].join('\n');
}
