import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { renderInlines } from './render-inline.js';

/** The templates shipped with the package: <package root>/templates/html. */
export const DEFAULT_TEMPLATES_DIR = fileURLToPath(new URL('../../../templates/html/', import.meta.url));

export interface TemplateSet {
  integral: Handlebars.TemplateDelegate;
  simplified: Handlebars.TemplateDelegate;
  css: string;
}

function readTemplates(dir: string): { pages: Map<string, string>; partials: Map<string, string>; css?: string } {
  const pages = new Map<string, string>();
  const partials = new Map<string, string>();
  if (!existsSync(dir)) return { pages, partials };
  for (const f of readdirSync(dir).sort()) {
    if (f.endsWith('.hbs')) pages.set(f.slice(0, -4), readFileSync(join(dir, f), 'utf8'));
  }
  const pdir = join(dir, 'partials');
  if (existsSync(pdir)) {
    for (const f of readdirSync(pdir).sort()) {
      if (f.endsWith('.hbs')) partials.set(f.slice(0, -4), readFileSync(join(pdir, f), 'utf8'));
    }
  }
  const cssFile = join(dir, 'styles.css');
  return { pages, partials, ...(existsSync(cssFile) ? { css: readFileSync(cssFile, 'utf8') } : {}) };
}

function createEnvironment(): typeof Handlebars {
  const hb = Handlebars.create();
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('inlines', (nodes: unknown) => new hb.SafeString(renderInlines(nodes as never)));
  // A workspace may add a partial named 'section-<id>' to take over one section.
  hb.registerHelper('sectionPartial', (section: { id?: string }) => {
    const name = `section-${section?.id ?? ''}`;
    return hb.partials[name] ? name : 'section';
  });
  return hb;
}

const cache = new Map<string, TemplateSet>();

/**
 * Templates compiled once per process and per override folder. Files in `overrideDir` with the
 * same name as ours (integral.hbs, simplified.hbs, partials/*.hbs, styles.css) take precedence.
 */
export function loadTemplates(overrideDir?: string): TemplateSet {
  const key = overrideDir ?? '';
  const hit = cache.get(key);
  if (hit) return hit;
  const base = readTemplates(DEFAULT_TEMPLATES_DIR);
  const over = overrideDir ? readTemplates(overrideDir) : { pages: new Map<string, string>(), partials: new Map<string, string>() };
  const hb = createEnvironment();
  for (const [name, src] of new Map([...base.partials, ...over.partials])) hb.registerPartial(name, hb.compile(src, { preventIndent: true }));
  const page = (name: string) => {
    const src = over.pages.get(name) ?? base.pages.get(name);
    if (src === undefined) throw new Error(`template not found: ${name}.hbs in ${DEFAULT_TEMPLATES_DIR}`);
    return hb.compile(src, { preventIndent: true });
  };
  const css = ('css' in over && over.css) || base.css;
  if (css === undefined) throw new Error(`styles.css not found in ${DEFAULT_TEMPLATES_DIR}`);
  const set: TemplateSet = { integral: page('integral'), simplified: page('simplified'), css };
  cache.set(key, set);
  return set;
}
