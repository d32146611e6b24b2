import { PLACEHOLDER_HOST_LABELS, PLACEHOLDER_TEXT, SAMPLE_NAME } from '../data/placeholders.js';

export interface PlaceholderHit {
  found: string;
  index: number;
}

/**
 * Characters or words every placeholder pattern needs: texts without any (nearly all prose) skip
 * the patterns. The rule runs on every string of every notice, so this is on the hot path.
 */
const MAY_HOLD_PLACEHOLDER = /por (?:completar|definir|llenar|capturar|asignar|precisar)|pendiente|confirmar|xxx|lorem|<<|\{\{|\[|(?:url|liga|enlace|link) (?:aqu|pend)/i;
/** TODO, TBD and FIXME count only in capitals ("todo" is an everyday Spanish word). */
const MAY_HOLD_MARKER = /TODO|TBD|FIXME/;

/** The first placeholder marker in a text ("POR COMPLETAR", "XXXX", "[nombre del área]", "<<…>>"…). */
export function placeholderInText(text: string): PlaceholderHit | undefined {
  if (!MAY_HOLD_PLACEHOLDER.test(text) && !MAY_HOLD_MARKER.test(text)) return undefined;
  let best: PlaceholderHit | undefined;
  for (const p of PLACEHOLDER_TEXT) {
    const m = p.pattern.exec(text);
    if (m && (!best || m.index < best.index)) best = { found: m[0].trim(), index: m.index + (m[0].length - m[0].trimStart().length) };
  }
  return best;
}

/** A sample proper name: "Estado de Ejemplo", "Fundación Ejemplo". */
export function sampleNameIn(text: string): PlaceholderHit | undefined {
  if (!/jemplo|xample|ulan[oa]|engan[oa]/.test(text)) return undefined;
  const m = SAMPLE_NAME.exec(text);
  return m ? { found: m[0], index: m.index } : undefined;
}

/** Why a host is a placeholder (a sample label such as example/ejemplo, or a local address), if it is one. */
export function placeholderHost(host: string): string | undefined {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (!h) return undefined;
  if (/^(?:127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1\])$/.test(h)) return h;
  const labels = h.split('.');
  const hit = labels.find((l) => PLACEHOLDER_HOST_LABELS.has(l));
  if (hit) return hit;
  if (labels[labels.length - 1] === 'example' || labels[labels.length - 1] === 'test' || labels[labels.length - 1] === 'invalid') return labels[labels.length - 1];
  return undefined;
}

/**
 * Why a link is a placeholder: empty, "#", "javascript:", "about:blank", or a sample host
 * (example.com, *.ejemplo.gob.mx, localhost). Undefined for a real-looking link. Exported for
 * configuration checks too (the `baseUrl` that `notice init` writes).
 */
export function placeholderUrl(url: string): string | undefined {
  const u = url.trim();
  if (u === '' || u.startsWith('#') || /^javascript:/i.test(u) || /^about:blank$/i.test(u)) return u || '""';
  const hit = placeholderInText(u);
  if (hit) return hit.found;
  let host = '';
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:/i.test(u) ? u : `https://${u}`).hostname;
  } catch {
    return undefined;
  }
  return placeholderHost(host);
}

/** Why an e-mail is a placeholder (sample domain, x's), if it is one. */
export function placeholderEmail(email: string): string | undefined {
  const at = email.lastIndexOf('@');
  if (at < 0) return undefined;
  const local = email.slice(0, at);
  if (/^x+$/i.test(local) || placeholderInText(email)) return email;
  return placeholderHost(email.slice(at + 1));
}

/** A phone number no one answers: all one digit, an ascending run, or x's. */
export function placeholderPhone(number: string): boolean {
  if (/x{2,}/i.test(number) || placeholderInText(number)) return true;
  const digits = number.replace(/\D/g, '');
  if (digits.length < 7) return false;
  if (/^(\d)\1+$/.test(digits.slice(-8))) return true;
  return /0123456|1234567|2345678|3456789/.test(digits);
}
