import { readFileSync } from 'node:fs';

/** Root of the installed package (dist/schema/ -> ../../). */
export const PACKAGE_ROOT = new URL('../../', import.meta.url);

let cached: Record<string, unknown> | undefined;

/** The notice JSON Schema shipped in schemas/, read once. */
export function noticeSchema(): Record<string, unknown> {
  cached ??= JSON.parse(readFileSync(new URL('schemas/notice.schema.json', PACKAGE_ROOT), 'utf8')) as Record<string, unknown>;
  return cached;
}

export function noticeSchemaText(): string {
  return readFileSync(new URL('schemas/notice.schema.json', PACKAGE_ROOT), 'utf8');
}

type SchemaNode = Record<string, unknown>;

/** Follows a local $ref ('#/$defs/x') to its target, keeping the referring node's own title. */
export function deref(root: SchemaNode, node: SchemaNode | undefined): SchemaNode | undefined {
  let current = node;
  for (let i = 0; i < 10 && current && typeof current.$ref === 'string'; i++) {
    const path = (current.$ref as string).replace(/^#\//, '').split('/');
    let target: unknown = root;
    for (const seg of path) target = (target as SchemaNode | undefined)?.[seg];
    current = { ...(target as SchemaNode), ...Object.fromEntries(Object.entries(current).filter(([k]) => k !== '$ref')) };
  }
  return current;
}

/** The schema node that describes the value at a JSON pointer of an instance. */
export function schemaAt(root: SchemaNode, segments: readonly string[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = root;
  for (const seg of segments) {
    node = deref(root, node);
    if (!node) return undefined;
    if (node.type === 'array') node = node.items as SchemaNode | undefined;
    else node = (node.properties as Record<string, SchemaNode> | undefined)?.[seg];
  }
  return deref(root, node);
}
