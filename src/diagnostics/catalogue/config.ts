import { SCHEMA_CODES } from './schema.js';
import { entry, type CodeEntry } from './types.js';

type SchemaCode = keyof typeof SCHEMA_CODES;
type ConfigCode<C extends string> = C extends `SCHEMA-${infer R}` ? `CONFIG-${R}` : never;

/**
 * notice.config.yaml is validated with the same translation of ajv errors as notices: every
 * SCHEMA-* code has its CONFIG-* twin. Config problems stop the run before any notice is read
 * (exit code 2), so they are printed, not reported as findings.
 */
function configTwins(): Record<ConfigCode<SchemaCode>, CodeEntry> {
  const out: Record<string, CodeEntry> = {};
  for (const [code, e] of Object.entries(SCHEMA_CODES) as [SchemaCode, CodeEntry][]) {
    out[code.replace(/^SCHEMA-/, 'CONFIG-')] = {
      ...e,
      title: { es: `Configuración: ${e.title.es.charAt(0).toLowerCase()}${e.title.es.slice(1)}`, en: `Configuration: ${e.title.en.charAt(0).toLowerCase()}${e.title.en.slice(1)}` },
      what: { es: `En notice.config.yaml: ${e.what.es}`, en: `In notice.config.yaml: ${e.what.en}` },
      fix: { es: `${e.fix.es} La referencia de la configuración es docs/configuration.md.`, en: `${e.fix.en} The configuration reference is docs/configuration.md.` },
      ...(e.variantOf ? { variantOf: e.variantOf.replace(/^SCHEMA-/, 'CONFIG-') } : {}),
      fatal: true,
    };
  }
  return out as Record<ConfigCode<SchemaCode>, CodeEntry>;
}

export const CONFIG_CODES = {
  ...configTwins(),
  'CONFIG-LAW-IGNORED': entry(
    'warning',
    ['La configuración ya no elige la ley', 'The configuration no longer chooses the law'],
    ['La clave `law` de {file} se ignora: todo aviso revisado hoy se juzga con la ley vigente (LGPDPPSO 2025). Para una auditoría histórica use `notice check --as-of AAAA-MM-DD`.', 'The `law` key of {file} is ignored: every notice checked today is judged under the law in force (LGPDPPSO 2025). For a historical audit use `notice check --as-of YYYY-MM-DD`.'],
    ['Versiones anteriores dejaban que `law:` en notice.config.yaml eligiera la ley de los avisos que no la declaraban. La ley vigente juzga todo aviso revisado hoy, así que la clave ya no tiene efecto.', 'Earlier versions let `law:` in notice.config.yaml choose the law of notices that did not declare one. The law in force judges every notice checked today, so the key no longer has any effect.'],
    ['Retire `law` de notice.config.yaml.', 'Remove `law` from notice.config.yaml.'],
  ),
};
