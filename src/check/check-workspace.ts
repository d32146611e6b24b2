import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { sortDiagnostics } from '../diagnostics/collect.js';
import { runWorkspaceRules } from '../rules/run-workspace-rules.js';
import { checkSource, type CheckOptions, type CheckedNotice } from './check-notice.js';

export interface WorkspaceResult {
  notices: CheckedNotice[];
  /** Findings across notices (same controller, different Transparency Unit…), already sorted. */
  workspace: Diagnostic[];
  /** Every finding: per notice and across notices, sorted. */
  diagnostics: Diagnostic[];
}

/** Checks several notices held in memory, then runs the workspace rules over them. Pure. */
export function checkWorkspace(inputs: readonly { file: string; text: string }[], options: CheckOptions = {}): WorkspaceResult {
  const notices = inputs.map((i) => checkSource(i.file, i.text, options));
  const workspace = options.rules === false ? [] : sortDiagnostics(runWorkspaceRules(notices, options));
  return { notices, workspace, diagnostics: sortDiagnostics([...notices.flatMap((n) => n.diagnostics), ...workspace]) };
}

export { runWorkspaceRules };
