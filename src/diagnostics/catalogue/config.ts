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
  'CONFIG-UNKNOWN-RULE': entry(
    'error',
    ['Regla desconocida en la configuración', 'Unknown rule in the configuration'],
    ['No existe la regla «{rule}» en `rules`.{suggestion}', 'There is no rule "{rule}" in `rules`.{suggestion}'],
    ['Cada clave de `rules` en notice.config.yaml debe ser el identificador de una regla; una clave mal escrita dejaría la regla con su severidad de siempre sin que nadie lo notara.', 'Each key of `rules` in notice.config.yaml must be a rule id; a misspelt key would leave the rule at its usual severity without anyone noticing.'],
    ['Corrija el identificador (se sugiere el más parecido) o retire la línea. `notice rules` lista todas las reglas.', 'Fix the id (the closest one is suggested) or remove the line. `notice rules` lists every rule.'],
    { fatal: true },
  ),
  'CONFIG-BASE-URL-MISSING': entry(
    'warning',
    ['Sin URL base', 'No base URL'],
    ['Sin URL base (`baseUrl` en {file} o --base-url) no se genera sitemap.xml y las páginas no llevan URL canónica ni enlaces absolutos entre sí.', 'Without a base URL (`baseUrl` in {file} or --base-url) no sitemap.xml is written and the pages carry no canonical URL and no absolute links to each other.'],
    ['`notice build` solo escribe direcciones absolutas (sitemap.xml, `<link rel="canonical">`, la dirección del aviso integral en el simplificado) cuando sabe dónde se publicará la carpeta de salida. Sin ella, publica con enlaces relativos y lo advierte en la salida de error; no es un hallazgo y no cambia el código de salida.', '`notice build` only writes absolute addresses (sitemap.xml, `<link rel="canonical">`, the integral notice\'s address in the simplified one) when it knows where the output folder will be published. Without it, it publishes with relative links and warns on standard error; it is not a finding and does not change the exit code.'],
    ['Escriba en `baseUrl` la dirección real donde se publicará la carpeta de salida, terminada en «/».', 'Set `baseUrl` to the real address the output folder will be published at, ending in "/".'],
  ),
  'CONFIG-BASE-URL-PLACEHOLDER': entry(
    'error',
    ['URL base de ejemplo', 'Sample base URL'],
    ['La URL base «{url}» es de ejemplo ({why}): los enlaces absolutos, el sitemap.xml y las URL canónicas apuntarían a un sitio que no es el suyo. Escriba la dirección real donde se publicará la carpeta de salida, o quite `baseUrl`.', 'The base URL "{url}" is a sample ({why}): absolute links, sitemap.xml and canonical URLs would point at a site that is not yours. Write the real address the output folder will be published at, or remove `baseUrl`.'],
    ['`notice build` no publica con una URL base de dominios de ejemplo (example.com, ejemplo.gob.mx, dominios .invalid, .example, .test, localhost): esas direcciones acabarían como enlaces oficiales en las páginas y en el sitemap.', '`notice build` does not publish with a base URL on sample domains (example.com, ejemplo.gob.mx, .invalid, .example, .test domains, localhost): those addresses would end up as official links in the pages and the sitemap.'],
    ['Escriba en `baseUrl` (o `--base-url`) la dirección real, terminada en «/», p. ej. `https://www.imss.gob.mx/avisos-privacidad/`; o quítela: sin ella no hay sitemap.xml ni enlaces absolutos.', 'Set `baseUrl` (or `--base-url`) to the real address, ending in "/", e.g. `https://www.imss.gob.mx/avisos-privacidad/`; or remove it: without it there is no sitemap.xml and no absolute link.'],
    { fatal: true },
  ),
  'CONFIG-LAW-IGNORED': entry(
    'warning',
    ['La configuración ya no elige la ley', 'The configuration no longer chooses the law'],
    ['La clave `law` de {file} se ignora: todo aviso revisado hoy se juzga con la ley vigente (LGPDPPSO 2025). Para una auditoría histórica use `notice check --as-of AAAA-MM-DD`.', 'The `law` key of {file} is ignored: every notice checked today is judged under the law in force (LGPDPPSO 2025). For a historical audit use `notice check --as-of YYYY-MM-DD`.'],
    ['Versiones anteriores dejaban que `law:` en notice.config.yaml eligiera la ley de los avisos que no la declaraban. La ley vigente juzga todo aviso revisado hoy, así que la clave ya no tiene efecto.', 'Earlier versions let `law:` in notice.config.yaml choose the law of notices that did not declare one. The law in force judges every notice checked today, so the key no longer has any effect.'],
    ['Retire `law` de notice.config.yaml.', 'Remove `law` from notice.config.yaml.'],
  ),
};
