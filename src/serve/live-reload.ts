/** Served at /__notice/reload.js; reloads the page when the bundle's manifest changes. */
export const RELOAD_SCRIPT = `new EventSource('/__notice/events').addEventListener('reload', () => location.reload());\n`;

/**
 * Preview only: adds the reload script and lets the page's CSP load it from this server. The files
 * on disk are never changed, so the published pages keep their strict policy.
 */
export function injectReload(html: string): string {
  const csp = html.replace(/(<meta http-equiv="Content-Security-Policy" content=")([^"]*)"/i, (_m, head: string, policy: string) => `${head}${policy}; script-src 'self'; connect-src 'self'"`);
  const tag = '<script src="/__notice/reload.js"></script>';
  return /<\/body>/i.test(csp) ? csp.replace(/<\/body>/i, `${tag}</body>`) : csp + tag;
}
