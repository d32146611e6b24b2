import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, buildSite } from './helpers.js';

interface VnuMessage {
  type: string;
  url?: string;
  message: string;
  lastLine?: number;
  extract?: string;
}

describe('Nu Html Checker', () => {
  it('reports no errors on any built page (one batched run)', () => {
    const site = buildSite('vnu');
    const files = site.notices.flatMap((n) => n.pages.map((p) => join(site.root, p)));
    expect(files.length).toBeGreaterThan(0);
    const jar = join(ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');
    const r = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8' });
    expect(r.error).toBeUndefined();
    const messages = (JSON.parse(r.stderr || r.stdout) as { messages: VnuMessage[] }).messages;
    const errors = messages.map((m) => `${(m.url ?? '').replace(/^.*\/vnu\//, '')}:${m.lastLine ?? '?'} ${m.type}: ${m.message} «${m.extract ?? ''}»`);
    expect(errors).toEqual([]);
  });
});
