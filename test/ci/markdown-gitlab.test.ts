import { describe, expect, it } from 'vitest';
import { cell, markdownReporter } from '../../src/report/markdown.js';
import { gitlabReporter } from '../../src/report/gitlab.js';
import { input } from './helpers.js';
import { RUN_NOTE, SYNTHETIC } from './synthetic.js';

describe('markdown summary', () => {
  it('escapes table cells', () => {
    expect(cell('a|b\nc <b>')).toBe('a\\|b<br>c &lt;b&gt;');
  });

  it('has one row per notice with its status at the threshold, then the unsuppressed findings', () => {
    const md = markdownReporter(input([...SYNTHETIC, RUN_NOTE], { files: ['avisos/a.yaml', 'avisos/b.yaml', 'avisos/c.yaml', 'avisos/señal con espacio.yaml'] }));
    const rows = md.split('\n').filter((l) => l.startsWith('| `'));
    // Failing notices first (a truncated summary still shows what blocks the merge), then by name.
    expect(rows).toEqual([
      '| `avisos/señal con espacio.yaml` | ❌ no cumple | 1 | 0 | 0 | 0 |',
      '| `avisos/a.yaml` | ✅ cumple | 0 | 0 | 0 | 0 |',
      '| `avisos/b.yaml` | ✅ cumple | 0 | 1 | 1 | 1 |',
      '| `avisos/c.yaml` | ✅ cumple | 0 | 0 | 0 | 1 |',
    ]);
    const findings = md.split('\n').filter((l) => /^\| (❌|⚠️|ℹ️) \|/.test(l));
    expect(findings).toHaveLength(3);
    expect(findings[0]).toContain('Falta el mecanismo para negarse: 100% obligatorio, sin excepción.<br>Segunda línea');
    expect(findings[0]).toContain('[NEGATIVA-MISSING](https://github.com/notice-avisos/notice/blob/main/docs/rules/negativa-missing.md)');
    expect(findings[0]).toContain('LGPDPPSO 2025, art. 21, fr. IV, último párrafo');
    expect(md).not.toContain('RULESET-SELECTED');
    const strict = markdownReporter(input(SYNTHETIC, { failOn: 'warning' }));
    expect(strict).toContain('| `avisos/b.yaml` | ❌ no cumple |');
    expect(markdownReporter(input([], { files: ['a.yaml'] }))).toContain('Sin hallazgos.');
  });

  it('gives no pass to a notice shown only through a finding across notices, and says when --max-warnings fails the run', () => {
    // Only a.yaml was reported (named or changed); b.yaml appears through one of its findings.
    const md = markdownReporter(input(SYNTHETIC, { files: ['avisos/a.yaml'] }));
    expect(md).toContain('| `avisos/b.yaml` | — (otro aviso, no reportado aquí) |');
    expect(md).toMatch(/^1 aviso\(s\) revisado\(s\)/m);
    const over = markdownReporter(input(SYNTHETIC, { maxWarnings: 0 }));
    expect(over).toMatch(/❌ \d+ advertencia\(s\): más de las que permite `--max-warnings 0`/);
    expect(markdownReporter(input(SYNTHETIC, { maxWarnings: 99 }))).not.toContain('--max-warnings');
  });

  it('stays under GitHub\'s 1 MiB step-summary limit, with the totals and a note saying what was left out', () => {
    const many = Array.from({ length: 12_000 }, (_, i) => ({ ...SYNTHETIC[0]!, file: `avisos/aviso-${String(i).padStart(5, '0')}.yaml`, suppressed: undefined }));
    const md = markdownReporter(input(many, { files: many.map((d) => d.file) }));
    expect(Buffer.byteLength(md)).toBeLessThan(1024 * 1024);
    expect(md).toMatch(/^12000 aviso\(s\) revisado\(s\) · 12000 no cumple · 12000 errores/m);
    expect(md).toMatch(/> \*\*Resumen truncado:\*\* se omitieron \d+ hallazgos para no pasar de 1 MiB/);
    const en = markdownReporter(input(many, { files: many.map((d) => d.file), lang: 'en' }));
    expect(en).toMatch(/> \*\*Summary truncated:\*\* \d+ findings left out/);
    expect(markdownReporter(input(SYNTHETIC))).not.toMatch(/truncado/);
  });
});

describe('GitLab Code Quality', () => {
  it('lists unsuppressed findings with severity, path, line and a stable fingerprint', () => {
    const issues = JSON.parse(gitlabReporter(input([...SYNTHETIC, RUN_NOTE]))) as { check_name: string; severity: string; fingerprint: string; location: { path: string; lines: { begin: number } } }[];
    expect(issues.map((i) => [i.check_name, i.severity, i.location.path, i.location.lines.begin])).toEqual([
      ['NEGATIVA-MISSING', 'critical', 'avisos/señal con espacio.yaml', 12],
      ['TRANSFER-PURPOSE', 'major', 'avisos/b.yaml', 30],
      ['portability-info-missing', 'info', 'avisos/b.yaml', 20],
    ]);
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(3);
  });
});
