/**
 * Header files for the two servers public institutions most often publish on, so every text file
 * of the bundle is served with its charset (a plain server sends `simplificado.txt` as
 * `text/plain` without one, and browsers then guess Windows-1252: «InformaciÃ³n»). Apache reads
 * `.htaccess`, IIS reads `web.config`; nginx needs one line in its own config (docs/configuration.md).
 * The files only declare types and charsets: no redirects, no caching policy.
 */
export const HTACCESS = `# Escrito por notice build: tipo y codificación (UTF-8) de los archivos publicados (Apache).
AddDefaultCharset utf-8
AddCharset utf-8 .html .txt .jsonld .json .xml .css
AddType application/ld+json .jsonld
`;

export const WEB_CONFIG = `<?xml version="1.0" encoding="UTF-8"?>
<!-- Escrito por notice build: tipo y codificación (UTF-8) de los archivos publicados (IIS). -->
<configuration>
  <system.webServer>
    <staticContent>
      <remove fileExtension=".txt" />
      <mimeMap fileExtension=".txt" mimeType="text/plain; charset=utf-8" />
      <remove fileExtension=".jsonld" />
      <mimeMap fileExtension=".jsonld" mimeType="application/ld+json; charset=utf-8" />
      <remove fileExtension=".html" />
      <mimeMap fileExtension=".html" mimeType="text/html; charset=utf-8" />
    </staticContent>
  </system.webServer>
</configuration>
`;
