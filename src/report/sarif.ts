import { createHash } from 'node:crypto';
import { formatCitation } from '../diagnostics/citation.js';
import type { Citation, Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import { rulesFor } from './rule-info.js';
import { noticeFindings } from '../diagnostics/gate.js';
import type { Reporter, RuleInfo } from './types.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/notice-avisos/notice';
/** Relative URI reference for a workspace path: percent-encoded, '#' and '?' included. */
export function fileUri(file: string): string {
  return encodeURI(file).replace(/[#?]/g, (c) => encodeURIComponent(c));
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

function citationProps(c: Citation | undefined): Record<string, unknown> | undefined {
  if (!c) return undefined;
  return {
    law: c.law,
    article: c.article,
    ...(c.fraction ? { fraction: c.fraction } : {}),
    ...(c.paragraph ? { paragraph: c.paragraph } : {}),
    ...(c.inciso ? { inciso: c.inciso } : {}),
    text: { es: formatCitation(c, 'es'), en: formatCitation(c, 'en') },
  };
}

function sentence(s: string): string {
  return /[.!?…]$/.test(s) ? s : `${s}.`;
}

function ruleDescriptor(r: RuleInfo, lang: 'es' | 'en') {
  // One language per run: what a viewer shows is in the run's language; `properties` keep both for tools.
  const cite = r.citation ? ` (${formatCitation(r.citation, lang)})` : '';
  const basis = r.citation ? ` ${lang === 'es' ? 'Fundamento' : 'Legal basis'}: ${formatCitation(r.citation, lang)}.` : '';
  const docs = lang === 'es' ? 'Documentación' : 'Documentation';
  const description = sentence(r.description?.[lang] ?? r.title[lang]);
  return {
    id: r.id,
    name: r.id.toLowerCase().replace(/(^|-)([a-z0-9])/g, (_m, _d: string, c: string) => c.toUpperCase()),
    shortDescription: { text: sentence(r.title[lang]) },
    fullDescription: { text: `${description}${cite}` },
    ...(r.docsUrl ? { helpUri: r.docsUrl } : {}),
    help: {
      text: `${description}${basis}${r.docsUrl ? ` ${docs}: ${r.docsUrl}` : ''}`,
      markdown: [`**${r.title[lang]}**${cite}`, '', description, ...(r.docsUrl ? ['', `[${docs}](${r.docsUrl})`] : [])].join('\n'),
    },
    ...(r.defaultSeverity ? { defaultConfiguration: { level: LEVEL[r.defaultSeverity] } } : {}),
    properties: {
      title: { es: r.title.es, en: r.title.en },
      ...(r.description ? { description: { es: r.description.es, en: r.description.en } } : {}),
      ...(r.citation ? { citation: citationProps(r.citation) } : {}),
      ...(r.confidence ? { confidence: r.confidence } : {}),
      tags: ['privacy', 'lgpdppso', r.id.split('-')[0]!.toLowerCase()],
    },
  };
}

/** The region of a finding; endLine only when it differs (SARIF's default is startLine). */
function region(d: Diagnostic) {
  if (!d.range) return { startLine: 1, startColumn: 1 };
  const { start, end } = d.range;
  const ordered = end.line > start.line || (end.line === start.line && end.column > start.column);
  if (!ordered) return { startLine: start.line, startColumn: start.column };
  return end.line === start.line ? { startLine: start.line, startColumn: start.column, endColumn: end.column } : { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
}

/**
 * One result: what is found where, nothing else. The rule's title, citation, confidence and help
 * live once in `tool.driver.rules` (ruleId points there: no ruleIndex, GitHub and the SARIF SDK
 * look rules up by id); no source snippet (viewers read the file from the repository). No
 * partialFingerprints: GitHub code scanning only uses primaryLocationLineHash, which upload-sarif
 * computes from the file, and a 32-hex fingerprint per result was a sixth of the file at 1,000
 * notices (and most of it gzipped); the json format keeps it.
 */
function result(d: Diagnostic, rule: RuleInfo | undefined, lang: 'es' | 'en') {
  // The citation is the rule's, said once there; a finding that cites something else (schema
  // findings cite the fraction of the field) says it in its message.
  const own = d.citation && formatCitation(d.citation, lang) !== (rule?.citation ? formatCitation(rule.citation, lang) : undefined) ? ` (${formatCitation(d.citation, lang)})` : '';
  const text = own ? `${d.message.replace(/[.]$/, '')}${own}.` : d.message;
  return {
    ruleId: d.code,
    // An absent level is the rule's defaultConfiguration.level, or "warning" for a rule without
    // one (SARIF 2.1.0 §3.27.10): said only when it differs.
    ...((rule?.defaultSeverity ?? 'warning') === d.severity ? {} : { level: LEVEL[d.severity] }),
    message: { text: d.detail ? `${sentence(text)} ${d.detail}` : text },
    locations: [
      {
        physicalLocation: { artifactLocation: { uri: fileUri(d.file), uriBaseId: '%SRCROOT%' }, region: region(d) },
      },
    ],
    ...(d.suppressed
      ? { suppressions: [{ kind: d.suppressed.source === 'inline' ? 'inSource' : 'external', status: 'accepted', justification: d.suppressed.reason, ...(d.suppressed.until ? { properties: { until: d.suppressed.until } } : {}) }] }
      : {}),
    // Only what the rule does not already say: a rule's finding reported under another code.
    ...(d.rule && d.rule !== d.code ? { properties: { rule: d.rule } } : {}),
  };
}

/**
 * SARIF 2.1.0 for GitHub code scanning and other viewers: workspace-relative URIs under
 * %SRCROOT%, 1-based lines and UTF-16 columns, one rule descriptor per code in the run's language (both
 * languages kept in its properties) and a helpUri, suppressions kept as an audit trail. No timestamps.
 */
export const sarifReporter: Reporter = (full) => {
  const input = { ...full, diagnostics: noticeFindings(full.diagnostics) };
  const rules = rulesFor(input);
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  // Artifacts only for files whose text we have (hash, length); location-only artifacts are noise (SARIF2004).
  const files = [...new Set([...input.files, ...input.diagnostics.map((d) => d.file)])].filter((f) => input.sources.has(f)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const artifacts = files.map((f) => {
    const text = input.sources.get(f)!;
    const ruleset = input.rulesets?.get(f);
    return {
      location: { uri: fileUri(f), uriBaseId: '%SRCROOT%' },
      length: Buffer.byteLength(text),
      sourceLanguage: 'yaml',
      hashes: { 'sha-256': createHash('sha256').update(text).digest('hex') },
      ...(ruleset ? { properties: { ruleset } } : {}),
    };
  });
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'notice',
            version: input.toolVersion,
            semanticVersion: input.toolVersion,
            informationUri: INFORMATION_URI,
            language: input.lang === 'es' ? 'es-MX' : 'en',
            rules: rules.map((r) => ruleDescriptor(r, input.lang)),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: input.lang === 'es' ? 'Raíz del espacio de trabajo (repositorio).' : 'Workspace (repository) root.' } } },
        ...(artifacts.length > 0 ? { artifacts } : {}),
        columnKind: 'utf16CodeUnits',
        results: input.diagnostics.map((d) => result(d, rules[ruleIndex.get(d.code)!], input.lang)),
      },
    ],
  };
  // Compact: at scale the indentation alone would be a third of the file.
  return JSON.stringify(log) + '\n';
};
