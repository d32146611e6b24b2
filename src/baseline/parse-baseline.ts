import { BASELINE_VERSION, type Baseline, type BaselineEntry } from './baseline.js';
import { fingerprint } from '../diagnostics/fingerprint.js';

const SEVERITIES = new Set(['error', 'warning', 'info']);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Parses a baseline file. Returns the problem as a one-line Spanish message instead of throwing,
 * so the CLI can turn it into a configuration error (exit code 2).
 */
export function parseBaseline(text: string): { ok: true; baseline: Baseline } | { ok: false; error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `no es JSON válido (${(e as Error).message})` };
  }
  if (!isRecord(data)) return { ok: false, error: 'debe ser un objeto JSON' };
  if (data.version !== BASELINE_VERSION) return { ok: false, error: `versión ${JSON.stringify(data.version)} no soportada (se espera ${BASELINE_VERSION})` };
  if (!Array.isArray(data.entries)) return { ok: false, error: 'falta la lista «entries»' };
  const entries: BaselineEntry[] = [];
  for (const [i, raw] of data.entries.entries()) {
    if (!isRecord(raw)) return { ok: false, error: `entries[${i}] debe ser un objeto` };
    const { file, code, pointer, severity, message, reason } = raw;
    if (typeof file !== 'string' || typeof code !== 'string' || typeof pointer !== 'string') {
      return { ok: false, error: `entries[${i}] necesita «file», «code» y «pointer» (texto)` };
    }
    if (typeof reason !== 'string' || reason.trim() === '') return { ok: false, error: `entries[${i}] necesita un motivo («reason»)` };
    const text = typeof message === 'string' ? message : '';
    entries.push({
      file,
      code,
      pointer,
      // The fingerprint is recomputed: a hand-edited entry stays consistent with its fields.
      fingerprint: fingerprint({ file, code, pointer, message: text }),
      severity: typeof severity === 'string' && SEVERITIES.has(severity) ? (severity as BaselineEntry['severity']) : 'error',
      message: text,
      reason,
    });
  }
  const lang = data.lang === 'es' || data.lang === 'en' ? data.lang : undefined;
  const toolVersion = typeof data.toolVersion === 'string' ? data.toolVersion : undefined;
  return { ok: true, baseline: { version: BASELINE_VERSION, ...(lang ? { lang } : {}), ...(toolVersion ? { toolVersion } : {}), entries } };
}
