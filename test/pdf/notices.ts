import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSource } from '../helpers/check.js';
import type { EmitContext } from '../../src/emit/types.js';
import type { Notice } from '../../src/model/notice.js';
import { ROOT } from '../helpers/cli.js';

export interface NoticeCase {
  file: string;
  notice: Notice;
}

/** The reference notices: the real ones in notices/ (branch seeds) and the HTML emitter's sample. */
export function referenceNoticeFiles(): string[] {
  const dir = join(ROOT, 'notices');
  const real = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f) => `notices/${f}`) : [];
  const sample = 'test/fixtures/html/sample.yaml';
  return existsSync(join(ROOT, sample)) ? [...real, sample] : real;
}

export function loadNotice(file: string): NoticeCase {
  const checked = checkSource(file, readFileSync(join(ROOT, file), 'utf8'), { today: '2026-01-01' });
  if (!checked.notice || !checked.schemaValid) {
    throw new Error(`${file} is not a valid notice:\n${checked.diagnostics.map((d) => `${d.pointer} ${d.message}`).join('\n')}`);
  }
  return { file, notice: checked.notice };
}

/** The build's epoch when SOURCE_DATE_EPOCH is unset: the notice's update date at 00:00 UTC. */
export function epochOf(n: Notice): number {
  const iso = n.updated.length === 7 ? `${n.updated}-01` : n.updated;
  return Date.parse(`${iso}T00:00:00Z`) / 1000;
}

export function contextFor(c: NoticeCase, over: Partial<EmitContext> = {}): EmitContext {
  return { id: c.notice.id, file: c.file, epoch: epochOf(c.notice), draft: false, paper: 'letter', baseUrl: 'https://www.example.gob.mx/avisos-privacidad/', ...over };
}
