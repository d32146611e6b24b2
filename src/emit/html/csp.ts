import { createHash } from 'node:crypto';

export const CSP_PLACEHOLDER = 'notice-csp-placeholder';

/**
 * Put the Content-Security-Policy into a rendered page. Inline styles are allowed by their sha256
 * hashes, not by 'unsafe-inline'; nothing else may load except same-origin fonts and images.
 * JSON-LD is a data block, never executed, so no script-src is needed.
 */
export function applyCsp(html: string): string {
  const hashes = new Set<string>();
  for (const m of html.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
    hashes.add(`'sha256-${createHash('sha256').update(m[1]!, 'utf8').digest('base64')}'`);
  }
  const styleSrc = hashes.size ? [...hashes].join(' ') : "'none'";
  const policy = `default-src 'none'; style-src ${styleSrc}; font-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'`;
  return html.replace(CSP_PLACEHOLDER, policy);
}
