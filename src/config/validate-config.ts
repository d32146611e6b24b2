import type { ValidateFunction } from 'ajv';
import type { Diagnostic, Lang } from '../diagnostics/diagnostic.js';
import { sortDiagnostics } from '../diagnostics/collect.js';
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

/** Parses and validates a config file's text; every problem is a positioned diagnostic. */
export function validateConfigText(file: string, text: string, lang: Lang): ValidatedConfig {
  const source = parseYaml(file, text, lang);
  const diagnostics = [...source.diagnostics];
  if (source.diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  // An empty file is a valid config that keeps every default.
  const data = source.data === null || source.data === undefined ? {} : source.data;
  const validate = configValidator();
  if (!validate(data)) {
    for (const f of translateAjvErrors(validate.errors ?? [], configSchema(), data, lang, false)) {
      const code = f.code.replace(/^SCHEMA-/, 'CONFIG-');
      // translate-ajv names the document root "El aviso"; here the document is the config.
      const msg = f.message.replace(/en El aviso\b/g, 'en la configuración').replace(/^El aviso\b/, 'La configuración').replace(/in The notice\b/g, 'in the configuration').replace(/^The notice\b/, 'The configuration');
      diagnostics.push({ code, severity: 'error', message: msg, file, pointer: f.pointer, range: rangeForPointer(source.doc, source.lineCounter, f.pointer, f.target) });
    }
    return { diagnostics: sortDiagnostics(diagnostics) };
  }
  return { data: data as ConfigFile, diagnostics };
}
