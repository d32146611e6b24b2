import { resolve } from 'node:path';
import { checkSource } from '../../check/check-notice.js';
import type { Diagnostic, Lang } from '../../diagnostics/diagnostic.js';
import { hasErrors } from '../../diagnostics/collect.js';
import { UsageError } from '../../errors.js';
import { message } from '../../i18n/messages.js';
import { findNoticeFiles, workspacePath } from '../../io/find-notices.js';
import { readText } from '../../io/read-text.js';
import { REPORTERS, reporterNames } from '../../report/registry.js';
import { useColor, type CliIo } from '../io-context.js';
import { toolVersion } from '../version.js';

export interface CheckFlags {
  format: string;
  lang: Lang;
  color?: boolean;
}

export async function runCheck(paths: string[], flags: CheckFlags, io: CliIo): Promise<number> {
  const reporter = REPORTERS[flags.format];
  if (!reporter) throw new UsageError(`Formato desconocido «${flags.format}». Formatos: ${reporterNames().join(', ')}.`);
  const inputs = paths.length > 0 ? paths : ['notices'];
  const files = await findNoticeFiles(inputs, io.cwd);
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, string>();
  const rel: string[] = [];
  let ioFailure = false;
  for (const abs of files) {
    const file = workspacePath(io.cwd, resolve(abs));
    rel.push(file);
    const read = await readText(abs);
    if (!read.ok) {
      ioFailure = true;
      const code = read.reason === 'encoding' ? 'IO-ENCODING' : 'IO-READ';
      diagnostics.push({ code, severity: 'error', message: message(code, flags.lang, { detail: read.detail }), file, pointer: '' });
      continue;
    }
    sources.set(file, read.text);
    diagnostics.push(...checkSource(file, read.text, { lang: flags.lang }).diagnostics);
  }
  const color = flags.format === 'stylish' && useColor(io, flags.color);
  io.stdout(reporter({ diagnostics, sources, files: rel, lang: flags.lang, color, toolVersion: toolVersion() }));
  if (ioFailure) return 2;
  return hasErrors(diagnostics) ? 1 : 0;
}
