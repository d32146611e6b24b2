import type { ValidateFunction } from 'ajv';
import { closest, distance } from 'fastest-levenshtein';
import type { Diagnostic, Lang } from '../diagnostics/diagnostic.js';
import { sortDiagnostics } from '../diagnostics/collect.js';
import { catalogueMessage, makeDiagnostic } from '../diagnostics/catalogue/index.js';
import { RULE_IDS } from '../rules/registry.js';
import { CONFIG_FORMATS } from '../schema/ajv-options.js';
import { loadPrecompiled, runtimeAjv } from '../schema/precompiled.js';
import { configSchema, configSchemaText } from './config-schema.js';
import { translateAjvErrors } from '../schema/translate-ajv.js';
import { rangeForPointer } from '../source/locate.js';
import { parseYaml } from '../source/parse-yaml.js';
import type { ConfigFile } from './types.js';

let validator: ValidateFunction | undefined;

/** Precompiled at build time when it matches the schema (scripts/gen-validator.mjs), else compiled once here. */
function configValidator(): ValidateFunction {
  validator ??= loadPrecompiled('config-validate', configSchemaText()) ?? runtimeAjv(CONFIG_FORMATS).compile(configSchema());
  return validator;
}

export interface ValidatedConfig {
  data?: ConfigFile;
  diagnostics: Diagnostic[];
}

/** translate-ajv names the document root after a notice; here the document is the config. */
function asConfigText(message: string): string {
  return message
    .replace(/\bEl aviso\b/g, 'La configuración')
    .replace(/\bel aviso\b/g, 'la configuración')
    .replace(/\bThe notice\b/g, 'The configuration')
    .replace(/\bthe notice\b/g, 'the configuration');
}

const escapePointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/** «¿Quiso decir…?» for a misspelt rule id, only when one is close enough to be the intended one. */
function ruleSuggestion(id: string, lang: Lang): string {
  const best = closest(id.toLowerCase(), RULE_IDS);
  const limit = Math.max(2, Math.floor(id.length / 3));
  return distance(id.toLowerCase(), best) <= limit ? catalogueMessage('SCHEMA-SUGGESTION', lang, { candidate: best }) : '';
}

/** Parses and validates a config file's text; every problem is a positioned diagnostic. */
export function validateConfigText(file: string, text: string, lang: Lang): ValidatedConfig {
  const source = parseYaml(file, text, lang);
  const diagnostics = [...source.diagnostics];
  if (source.diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  // An empty file is a valid config that keeps every default.
  const data = source.data === null || source.data === undefined ? {} : source.data;
  const validate = configValidator();
  const valid = validate(data);
  if (!valid) {
    for (const f of translateAjvErrors(validate.errors ?? [], configSchema(), data, lang, false)) {
      const code = f.code.replace(/^SCHEMA-/, 'CONFIG-');
      diagnostics.push({ code, severity: 'error', message: asConfigText(f.message), file, pointer: f.pointer, range: rangeForPointer(source.tree, source.lineCounter, f.pointer, f.target) });
    }
  }
  // Rule ids are checked here, not in the schema, so a typo gets the closest id as a suggestion.
  const rules = (data as { rules?: unknown }).rules;
  if (rules && typeof rules === 'object' && !Array.isArray(rules)) {
    for (const id of Object.keys(rules)) {
      if ((RULE_IDS as readonly string[]).includes(id)) continue;
      const pointer = `/rules/${escapePointer(id)}`;
      diagnostics.push(makeDiagnostic('CONFIG-UNKNOWN-RULE', lang, { rule: id, suggestion: ruleSuggestion(id, lang) }, { file, pointer, range: rangeForPointer(source.tree, source.lineCounter, pointer, 'key') }));
    }
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics: sortDiagnostics(diagnostics) };
  return { data: data as ConfigFile, diagnostics };
}
