import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, githubReporter } from '../../src/report/github.js';
import { runCli } from '../helpers/cli.js';
import { input, UNKNOWN_KEY, VALID, workspace } from './helpers.js';
import { RUN_NOTE, SYNTHETIC } from './synthetic.js';

// ::<command> key=value,key=value::message — values may not hold raw % \r \n , : ; messages no raw % \r \n.
const PROP = '[^,:%\\r\\n]*(?:%(?:25|0D|0A|3A|2C)[^,:%\\r\\n]*)*';
const COMMAND = new RegExp(`^::(error|warning|notice) file=${PROP}(,(line|col|endLine|endColumn)=\\d+)*,title=${PROP}::[^\\r\\n%]*(?:%(?:25|0D|0A)[^\\r\\n%]*)*$`);

function unescapeProperty(s: string): string {
  return s.replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
}

describe('GitHub Actions annotations', { timeout: 300_000 }, () => {
  it('escapes data and properties like @actions/core', () => {
    expect(escapeData('100%\r\nok: a,b')).toBe('100%25%0D%0Aok: a,b');
    expect(escapeProperty('LGPDPPSO 2025, art. 21: 5%')).toBe('LGPDPPSO 2025%2C art. 21%3A 5%25');
    expect(escapeProperty('%2C')).toBe('%252C');
  });

  it('prints one well-formed workflow command per unsuppressed finding', () => {
    const out = githubReporter(input([...SYNTHETIC, RUN_NOTE])).trimEnd().split('\n');
    const commands = out.filter((l) => l.startsWith('::'));
    expect(commands).toHaveLength(SYNTHETIC.filter((d) => !d.suppressed).length);
    for (const c of commands) expect(c).toMatch(COMMAND);
    expect(commands[0]).toMatch(/^::error file=avisos\/señal con espacio\.yaml,line=12,col=7,endLine=12,endColumn=30,title=NEGATIVA-MISSING \(LGPDPPSO 2025%2C art\. 21%2C fr\. IV%2C último párrafo\)::Falta el mecanismo para negarse: 100%25 obligatorio/);
    expect(commands[0]).toContain('%0ASegunda línea');
    // Multi-line ranges: GitHub ignores endColumn there, so it is left out.
    expect(commands[1]).toMatch(/^::warning file=avisos\/b\.yaml,line=30,col=5,endLine=34,title=/);
    expect(commands[2]).toMatch(/^::notice file=avisos\/b\.yaml,line=20,col=1,endLine=20,endColumn=7,title=portability-info-missing \(LGPDPPSO 2025%2C art\. 51\)::/);
    expect(out.join('\n')).not.toContain('RULESET-SELECTED');
    const title = /title=([^:]*)::/.exec(commands[0]!)![1]!;
    expect(unescapeProperty(title)).toBe('NEGATIVA-MISSING (LGPDPPSO 2025, art. 21, fr. IV, último párrafo)');
    expect(out.at(-1)).toMatch(/^notice: 3 aviso\(s\) revisado\(s\): 1 error\(es\), 1 advertencia\(s\), 1 nota\(s\), 2 silenciado\(s\)$/);
  });

  it('is chosen automatically inside GitHub Actions when no --format is given', () => {
    const ws = workspace({ 'notices/a.yaml': UNKNOWN_KEY, 'notices/ok.yaml': VALID });
    const r = runCli(['check'], { cwd: ws, env: { GITHUB_ACTIONS: 'true' } });
    expect(r.code).toBe(1);
    const line = UNKNOWN_KEY.split('\n').indexOf('cambios: x') + 1;
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`^::error file=notices/a\\.yaml,line=${line},col=1,endLine=${line},endColumn=8,title=SCHEMA-UNKNOWN-PROPERTY::`));
    for (const l of r.stdout.split('\n').filter((x) => x.startsWith('::'))) expect(l).toMatch(COMMAND);
    const local = runCli(['check'], { cwd: ws, env: { GITHUB_ACTIONS: '' } });
    expect(local.stdout).not.toMatch(/^::/m);
    const explicit = runCli(['check', '-f', 'stylish'], { cwd: ws, env: { GITHUB_ACTIONS: 'true' } });
    expect(explicit.stdout).not.toMatch(/^::/m);
  });
});
