import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfReading {
  /** Text of each page as pdf.js extracts it, lines ended by '\n'. */
  pages: string[];
  outline: string[];
  title: string | undefined;
  language: string | undefined;
  xmp: string | undefined;
  pageSize: [number, number];
  /** Targets of link annotations: URIs and named destinations. */
  links: string[];
}

/** Reads a PDF with pdf.js, the reader Firefox uses. */
export async function readPdf(bytes: Uint8Array): Promise<PdfReading> {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    const links: string[] = [];
    let pageSize: [number, number] = [0, 0];
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      if (i === 1) pageSize = [page.view[2]!, page.view[3]!];
      for (const a of (await page.getAnnotations()) as { subtype: string; url?: string; unsafeUrl?: string; dest?: unknown }[]) {
        if (a.subtype === 'Link') links.push(a.url ?? a.unsafeUrl ?? (typeof a.dest === 'string' ? `#${a.dest}` : '#?'));
      }
      const content = await page.getTextContent();
      pages.push(content.items.map((it) => ('str' in it ? it.str + (it.hasEOL ? '\n' : '') : '')).join(''));
    }
    const outline = ((await doc.getOutline()) ?? []).map((o) => o.title);
    const meta = await doc.getMetadata();
    const info = meta.info as Record<string, unknown>;
    return {
      pages,
      outline,
      title: info.Title as string | undefined,
      language: info.Language as string | undefined,
      xmp: meta.metadata?.getRaw?.() as string | undefined,
      pageSize,
      links,
    };
  } finally {
    await doc.destroy();
  }
}

/**
 * The text inside tagged content, page by page in stream order, leaving out artifacts (running
 * header and footer, repeated table headers): a fast stand-in for what assistive technology reads.
 */
export async function taggedText(bytes: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent({ includeMarkedContent: true });
      const stack: boolean[] = [];
      let text = '';
      for (const it of content.items as { type?: string; tag?: string; str?: string; hasEOL?: boolean }[]) {
        if (it.type === 'beginMarkedContent' || it.type === 'beginMarkedContentProps') stack.push(it.tag === 'Artifact');
        else if (it.type === 'endMarkedContent') stack.pop();
        else if (typeof it.str === 'string' && stack.length && !stack.includes(true)) text += it.str + (it.hasEOL ? '\n' : '');
      }
      pages.push(text);
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/**
 * Collapses every whitespace run to one space (layout decides where lines break, not content) and
 * drops a space before closing punctuation (the model may put one after a badge; the PDF does not).
 */
export function squash(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').replace(/ (?=[.,;:)\]»?!])/g, '').trim();
}

/**
 * Whether `text` (pdf.js output, lines ended by '\n') contains `unit` word for word: spaces match
 * any whitespace, and next to a separator of a long word (a URL, an e-mail address) a line end
 * may stand where the word was broken, since pdf.js cannot tell a broken word from two words.
 */
export function containsVerbatim(text: string, unit: string): boolean {
  const norm = text.normalize('NFC').replace(/[ \t\f\r]+/g, ' ').replace(/ ?\n ?/g, '\n').replace(/ (?=[.,;:)\]»?!])/g, '');
  const pattern = [...squash(unit)]
    .map((c) => (c === ' ' ? '\\s+' : /[/.\-_@?#%~,&=]/.test(c) ? `\\n?${c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n?` : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(pattern, 'u').test(norm);
}

/** Removes all whitespace (a URL or e-mail may be broken across lines) and invisible format characters (soft hyphens…). */
export function compact(text: string): string {
  return text.normalize('NFC').replace(/[\s\u00ad\u200b-\u200d\u2060\ufeff]+/g, '');
}

/**
 * pdftotext output without the running header (the controller's name, first on each page) and
 * footer (update date and «Página X de Y», last), so a paragraph that crosses a page reads whole.
 */
export function withoutFurniture(text: string, controllerName: string): string {
  return text
    .split('\f')
    .map((page) => {
      const lines = page.split('\n').filter((l) => l.trim());
      if (lines[0]?.trim() === controllerName.trim()) lines.shift();
      while (lines.length && /^(Página \d+ de \d+|Fecha de última actualización: .*)$/.test(lines[lines.length - 1]!.trim())) lines.pop();
      return lines.join('\n');
    })
    .join('\n');
}

export function pdfinfo(file: string, ...args: string[]): string {
  return execFileSync('pdfinfo', [...args, file], { encoding: 'utf8' });
}

export function qpdfCheck(file: string): { ok: boolean; output: string } {
  const r = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  return { ok: r.status === 0, output: r.stdout + r.stderr };
}

const PREFLIGHT_JARS = ['preflight', 'pdfbox2', 'fontbox2', 'xmpbox', 'commons-logging', 'javax.activation', 'jaxb-api'];

/**
 * Validates files as PDF/A-1b with Apache PDFBox Preflight (Debian libpdfbox2-java), all in one
 * JVM ('group' mode). Returns the errors per file name; an empty list means valid.
 */
export function preflight(files: string[], workDir: string): Map<string, string[]> {
  mkdirSync(workDir, { recursive: true });
  const list = join(workDir, 'preflight-list.txt');
  writeFileSync(list, files.join('\n') + '\n');
  const cp = PREFLIGHT_JARS.map((j) => `/usr/share/java/${j}.jar`).join(':');
  execFileSync('java', ['-cp', cp, 'org.apache.pdfbox.preflight.Validator_A1b', 'xml', 'group', list], { stdio: 'pipe' });
  const xml = readFileSync(`${list}.preflight.xml`, 'utf8');
  const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['preflight', 'error'].includes(name) }).parse(xml) as {
    preflights: { preflight: { '@_name': string; isValid: { '#text': string | boolean }; errors?: { error: { code: string; details: string }[] } }[] };
  };
  const result = new Map<string, string[]>();
  for (const p of parsed.preflights.preflight) {
    const valid = String(p.isValid['#text']) === 'true';
    const errors = (p.errors?.error ?? []).map((e) => `${e.code}: ${e.details}`);
    result.set(p['@_name'], valid ? [] : errors.length ? errors : ['invalid']);
  }
  for (const f of files) if (!result.has(basename(f))) result.set(basename(f), ['not validated']);
  return result;
}

/** Renders pages to PNG at 60 dpi for a human look (test-artifacts/ is git-ignored). */
export function renderPngs(file: string, outPrefix: string): void {
  execFileSync('pdftoppm', ['-r', '60', '-png', file, outPrefix]);
}
