// Every expected error (UsageError, ConfigError) carries its English text, so an English run never
// prints a Spanish line (#15: one language per run). Read from the source with the TypeScript parser.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../src/', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** `new UsageError(…)` / `new ConfigError(…)` calls whose options have no `en`. */
function monolingual(file: string): string[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && /^(Usage|Config)Error$/.test(node.expression.text)) {
      const opts = node.arguments?.[1];
      const hasEn = opts !== undefined && (!ts.isObjectLiteralExpression(opts) || opts.properties.some((p) => p.name !== undefined && ts.isIdentifier(p.name) && p.name.text === 'en') || opts.properties.some(ts.isSpreadAssignment));
      if (!hasEn) found.push(`${relative(SRC, file)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('expected errors', () => {
  it('every UsageError and ConfigError has an English text', () => {
    const files = sources(SRC);
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap(monolingual)).toEqual([]);
  });
});
