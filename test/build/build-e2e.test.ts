import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestOf, runFake, sha256File, verifyBundle, workspace, writeNotice } from './helpers.js';

describe('notice build (end to end)', () => {
  it('writes the bundle: per-notice folders, index, sitemap, manifest with matching hashes', () => {
    const ws = workspace(2);
    const r = runFake(['build', '--jobs', '1'], ws);
    expect(r.code, r.stderr).toBe(0);
    const out = join(ws, 'dist/avisos');
    expect(readdirSync(out).sort()).toEqual(['.htaccess', 'aviso-0', 'aviso-1', 'index.html', 'manifest.json', 'sitemap.xml', 'web.config']);
    expect(readdirSync(join(out, 'aviso-0')).sort()).toEqual(['aviso.jsonld', 'aviso.pdf', 'aviso.txt', 'index.html', 'simplificado.html', 'simplificado.pdf']);
    const m = manifestOf(out);
    expect(m.notices.map((n) => [n.id, n.status])).toEqual([['aviso-0', 'built'], ['aviso-1', 'built']]);
    expect(m.notices[0]!.sourceSha256).toBe(sha256File(join(ws, 'notices/aviso-0.yaml')));
    verifyBundle(out);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toContain('<html lang="es-MX">');
    expect(index).toContain('Content-Security-Policy');
    expect(index).not.toMatch(/(src|href)="https?:/);
    expect(index).toContain('href="aviso-1/index.html"');
    expect(readFileSync(join(out, 'sitemap.xml'), 'utf8')).toContain('<loc>https://www.gob.mx/avisos/aviso-0/simplificado.html</loc>');
    expect(r.stderr).toMatch(/notice build: 2 aviso\(s\) \(2 publicados.*17 archivo\(s\) escritos.*0 error\(es\)/);
  });

  it('is deterministic: two clean builds give byte-identical manifests', () => {
    const a = workspace(3);
    const b = workspace(3);
    expect(runFake(['build', '--jobs', '1'], a).code).toBe(0);
    expect(runFake(['build', '--jobs', '1', '--no-cache'], b).code).toBe(0);
    expect(readFileSync(join(a, 'dist/avisos/manifest.json'), 'utf8')).toBe(readFileSync(join(b, 'dist/avisos/manifest.json'), 'utf8'));
  });

  it('uses SOURCE_DATE_EPOCH for every timestamp, else the update date', () => {
    const ws = workspace(1);
    runFake(['build', '--jobs', '1'], ws);
    expect(readFileSync(join(ws, 'dist/avisos/aviso-0/index.html'), 'utf8')).toContain(`<p>${Date.UTC(2025, 5, 15) / 1000}</p>`);
    runFake(['build', '--jobs', '1'], ws, { SOURCE_DATE_EPOCH: '1700000000' });
    expect(readFileSync(join(ws, 'dist/avisos/aviso-0/index.html'), 'utf8')).toContain('<p>1700000000</p>');
    expect(runFake(['build', '--jobs', '1'], ws, { SOURCE_DATE_EPOCH: 'ayer' }).code).toBe(2);
  });

  it('caches by content: no-op rebuild writes nothing, one change rebuilds one notice, --no-cache rebuilds all', () => {
    const ws = workspace(3);
    expect(runFake(['build', '--jobs', '1'], ws).code).toBe(0);
    const manifest = join(ws, 'dist/avisos/manifest.json');
    const before = readFileSync(manifest, 'utf8');
    const noop = runFake(['build', '--jobs', '1'], ws);
    expect(noop.stderr).toMatch(/3 de caché\) · salida sin cambios/);
    writeNotice(ws, 'aviso-1', 'Aviso uno, revisado');
    const one = runFake(['build', '--jobs', '1'], ws);
    expect(one.stderr).toMatch(/2 de caché\) · 23 archivo\(s\) escritos/);
    expect(readFileSync(manifest, 'utf8')).not.toBe(before);
    verifyBundle(join(ws, 'dist/avisos'));
    expect(runFake(['build', '--jobs', '1', '--no-cache'], ws).stderr).toMatch(/0 de caché/);
    // A config change invalidates every notice.
    writeFileSync(join(ws, 'notice.config.yaml'), 'notices: [notices]\npaper: a4\n');
    expect(runFake(['build', '--jobs', '1'], ws).stderr).toMatch(/0 de caché/);
    expect(existsSync(join(ws, 'dist/avisos/sitemap.xml'))).toBe(false);
  });

  it('does not publish a failing notice and keeps its previous outputs intact (exit 1)', () => {
    const ws = workspace(2);
    expect(runFake(['build', '--jobs', '1'], ws).code).toBe(0);
    const out = join(ws, 'dist/avisos');
    const old = readFileSync(join(out, 'aviso-1/index.html'), 'utf8');
    writeNotice(ws, 'aviso-1', 'Aviso roto', (t) => t.replace(/^transparencyUnit:/m, 'transparencyUnitx:'));
    writeNotice(ws, 'aviso-0', 'Aviso cero, nuevo');
    const r = runFake(['build', '--jobs', '1'], ws);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('SCHEMA-REQUIRED');
    expect(r.stdout).toContain('BUILD-KEPT-PREVIOUS');
    expect(readFileSync(join(out, 'aviso-1/index.html'), 'utf8')).toBe(old);
    expect(readFileSync(join(out, 'aviso-0/index.html'), 'utf8')).toContain('Aviso cero, nuevo');
    expect(manifestOf(out).notices.find((n) => n.id === 'aviso-1')?.status).toBe('stale');
    verifyBundle(out);
  });

  it('drops the outputs of a deleted notice, deleting only files it owns', () => {
    const ws = workspace(2);
    runFake(['build', '--jobs', '1'], ws);
    readdirSync(join(ws, 'notices')).filter((f) => f.startsWith('aviso-1')).forEach((f) => writeFileSync(join(ws, 'notices', f), ''));
    const r = runFake(['build', '--jobs', '1', 'notices/aviso-0.yaml'], ws);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(join(ws, 'dist/avisos')).sort()).toEqual(['.htaccess', 'aviso-0', 'index.html', 'manifest.json', 'sitemap.xml', 'web.config']);
    expect(readdirSync(join(ws, 'dist')).sort()).toEqual(['avisos']);
  });

  it('rejects duplicate ids: neither notice is published', () => {
    const ws = workspace(1);
    writeFileSync(join(ws, 'notices/copia.yaml'), readFileSync(join(ws, 'notices/aviso-0.yaml')));
    const r = runFake(['build', '--jobs', '1'], ws);
    expect(r.code).toBe(1);
    expect(r.stdout.match(/BUILD-DUPLICATE-ID/g)?.length).toBe(2);
    expect(manifestOf(join(ws, 'dist/avisos')).notices).toEqual([]);
  });
});

describe('rule errors, --allow-errors and config severities', () => {
  const noAttribution = (t: string) => t.replace(/^  attribution:\n(?: {4}.*\n)+/m, '');

  it('does not build a notice with rule errors; --allow-errors builds it as a draft and still exits 1', () => {
    const ws = workspace(1);
    writeNotice(ws, 'aviso-0', 'Sin atribución', noAttribution);
    const r = runFake(['build', '--jobs', '1'], ws);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('legal-basis-no-attribution');
    expect(existsSync(join(ws, 'dist/avisos/aviso-0'))).toBe(false);
    const draft = runFake(['build', '--jobs', '1', '--allow-errors'], ws);
    expect(draft.code).toBe(1);
    expect(readFileSync(join(ws, 'dist/avisos/aviso-0/index.html'), 'utf8')).toContain('BORRADOR');
    expect(manifestOf(join(ws, 'dist/avisos')).notices[0]!.status).toBe('draft');
    expect(readFileSync(join(ws, 'dist/avisos/index.html'), 'utf8')).toContain('Borrador');
  });

  it('passes the config severities to the rules engine', () => {
    const ws = workspace(1, 'notices: [notices]\nrules:\n  legal-basis-no-attribution: warning\n');
    writeNotice(ws, 'aviso-0', 'Sin atribución', noAttribution);
    const r = runFake(['build', '--jobs', '1'], ws);
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toMatch(/advertencia .*legal-basis-no-attribution/);
    writeFileSync(join(ws, 'notice.config.yaml'), 'notices: [notices]\nrules:\n  legal-basis-no-attribution: "off"\n');
    const off = runFake(['build', '--jobs', '1'], ws);
    expect(off.code).toBe(0);
    expect(off.stdout).not.toContain('legal-basis-no-attribution');
  });
});
