import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { subsetFor } from './font/embed.js';
import type { FontFile } from './font/truetype.js';
import { pdfFonts, type Face, type FaceName, type PdfFonts, type Shaped } from './fonts.js';
import { name, num, ObjectWriter, ref, textString } from './writer.js';

/**
 * A tagged PDF being written: pages and their content streams, the structure tree, link
 * annotations, named destinations, bookmarks and fonts. Coordinates are in points from the top
 * left of the page, as the layout thinks; this class converts to PDF space. Every piece of state
 * here belongs to this one document: the glyphs it uses, its font subsets and ToUnicode maps are
 * built from this document alone, so no render can inherit another's text layer.
 */

export type LinkTarget = { kind: 'uri'; uri: string } | { kind: 'dest'; name: string };

interface McKid {
  page: Page;
  mcid: number;
}

interface AnnotKid {
  page: Page;
  annot: Annotation;
}

type Kid = StructElem | McKid | AnnotKid;

interface Annotation {
  rect: [number, number, number, number];
  target: LinkTarget;
  contents: string;
  owner: StructElem;
  key: number;
}

export interface StructOptions {
  /** Alternate description (figures, formulas) or expansion. */
  alt?: string;
  /** Natural language of the element when it differs from the document's. */
  lang?: string;
  /** Attribute dictionary entries, e.g. '/O /Table /Scope /Column'. */
  attributes?: string;
  /** Element identifier, for headings: the named destination it starts. */
  title?: string;
}

export class StructElem {
  readonly type: string;
  readonly parent: StructElem | null;
  readonly kids: Kid[] = [];
  readonly options: StructOptions;
  /** Page of the element's first marked content (its /Pg). */
  page: Page | undefined;
  /** Object number, assigned when the document is written. */
  ref = 0;

  constructor(type: string, parent: StructElem | null, options: StructOptions = {}) {
    this.type = type;
    this.parent = parent;
    this.options = options;
    parent?.kids.push(this);
  }
}

/** Graphics and text state written so far on a page, so unchanged colours and fonts are not repeated. */
interface GraphicsState {
  fill?: string;
  stroke?: string;
  lineWidth?: number;
  font?: string;
}

export class Page {
  readonly index: number;
  readonly parts: string[] = [];
  state: GraphicsState = {};
  readonly saved: GraphicsState[] = [];
  /** A text object (BT) is open; tx, ty: where its last Td moved to. */
  inText = false;
  tx = 0;
  ty = 0;
  /** Structure element owning each marked-content id of the page (the page's parent-tree entry). */
  readonly owners: StructElem[] = [];
  readonly annotations: Annotation[] = [];

  constructor(index: number) {
    this.index = index;
  }
}

interface DocFont {
  resource: string;
  face: Face;
  file: FontFile;
  used: Uint8Array;
}

export interface PdfDocOptions {
  width: number;
  height: number;
  lang: string;
  /** Info dictionary entries (text values; dates as PDF date strings). */
  info: Record<string, string>;
  xmp: string;
}

const hexColor = new Map<string, string>();

/** '#1f2328' → '0.122 0.137 0.157', memoised. */
function rgb(hex: string): string {
  let v = hexColor.get(hex);
  if (!v) {
    const h = hex.length === 4 ? hex.slice(1).replace(/./g, (c) => c + c) : hex.slice(1);
    v = [0, 2, 4].map((i) => String(Math.round((parseInt(h.slice(i, i + 2), 16) / 255) * 1000) / 1000)).join(' ');
    hexColor.set(hex, v);
  }
  return v;
}

function utf16hex(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += s.charCodeAt(i).toString(16).padStart(4, '0');
  return out;
}

let iccCompressed: Buffer | undefined;

/** The sRGB output intent profile (assets/icc/sRGB2014.icc), compressed once per process. */
function iccProfile(): Buffer {
  iccCompressed ??= deflateSync(readFileSync(new URL('../../../assets/icc/sRGB2014.icc', import.meta.url)));
  return iccCompressed;
}

export class PdfDoc {
  readonly options: PdfDocOptions;
  readonly pages: Page[] = [];
  readonly fonts: PdfFonts;
  readonly root: StructElem;
  private page!: Page;
  private readonly docFonts: DocFont[] = [];
  /** This document's fonts by face and file index. */
  private readonly fontIndex = new Map<Face, DocFont[]>();
  private readonly dests = new Map<string, { page: Page; y: number }>();
  private readonly outlines: { title: string; page: Page; y: number }[] = [];
  private annotationCount = 0;
  /** Characters drawn as «?» because no embedded font has them. */
  readonly missing = new Set<string>();

  constructor(options: PdfDocOptions) {
    this.options = options;
    this.fonts = pdfFonts();
    this.root = new StructElem('Document', null);
  }

  get current(): Page {
    return this.page;
  }

  addPage(): Page {
    if (this.pages.length) this.endText();
    this.page = new Page(this.pages.length);
    this.pages.push(this.page);
    return this.page;
  }

  /** Makes an earlier page current again (running footers are drawn once the page count is known). */
  select(page: Page): void {
    this.endText();
    this.page = page;
  }

  /** Appends raw content-stream operators to the current page (outside any text object). */
  op(s: string): void {
    this.endText();
    this.page.parts.push(s);
  }

  /** Saves the graphics state (q); restore() brings it back (Q), and the tracked colours and font with it. */
  save(): void {
    this.op('q\n');
    const g = this.page.state;
    this.page.saved.push({ ...g });
  }

  restore(): void {
    this.op('Q\n');
    this.page.state = this.page.saved.pop() ?? {};
  }

  private y(top: number): number {
    return this.options.height - top;
  }

  /** Closes the open text object, if any: paths, marked-content boundaries and q/Q live outside BT…ET. */
  private endText(): void {
    if (this.page.inText) {
      this.page.parts.push('ET\n');
      this.page.inText = false;
    }
  }

  private fillOp(color: string): string {
    const g = this.page.state;
    if (g.fill === color) return '';
    g.fill = color;
    return `${rgb(color)} rg `;
  }

  private strokeOp(color: string, width: number): string {
    const g = this.page.state;
    let out = '';
    if (g.lineWidth !== width) out += `${num(width)} w `;
    if (g.stroke !== color) out += `${rgb(color)} RG `;
    g.lineWidth = width;
    g.stroke = color;
    return out;
  }

  // --- marked content -----------------------------------------------------------------------

  /** Starts a marked-content sequence owned by `elem` on the current page; end it with endMarked(). */
  beginTagged(elem: StructElem): void {
    this.endText();
    const page = this.page;
    const mcid = page.owners.length;
    page.owners.push(elem);
    elem.page ??= page;
    elem.kids.push({ page, mcid });
    page.parts.push(`/${elem.type} <</MCID ${mcid}>> BDC\n`);
  }

  /** Starts an artifact (page furniture or decoration, outside the structure tree). */
  beginArtifact(type: 'Pagination' | 'Layout' = 'Layout', subtype?: 'Header' | 'Footer' | 'Watermark'): void {
    this.endText();
    this.page.parts.push(`/Artifact <</Type /${type}${subtype ? ` /Subtype /${subtype}` : ''}>> BDC\n`);
  }

  endMarked(): void {
    this.endText();
    this.page.parts.push('EMC\n');
  }

  /** Draws page furniture or decoration as an artifact. */
  artifact(draw: () => void, type: 'Pagination' | 'Layout' = 'Layout', subtype?: 'Header' | 'Footer' | 'Watermark'): void {
    this.beginArtifact(type, subtype);
    draw();
    this.endMarked();
  }

  /**
   * A mark in the current page's content where operators can be inserted later (a background
   * whose extent is known only once its block ends): the index of the next part, outside any text
   * object. What is inserted there must leave the graphics state as it found it (q…Q).
   */
  mark(): number {
    this.endText();
    return this.page.parts.length;
  }

  // --- graphics -----------------------------------------------------------------------------

  fillRect(x: number, top: number, w: number, h: number, color: string): void {
    this.op(`${this.fillOp(color)}${num(x)} ${num(this.y(top + h))} ${num(w)} ${num(h)} re f\n`);
  }

  strokeRect(x: number, top: number, w: number, h: number, color: string, width: number): void {
    this.op(`${this.strokeOp(color, width)}${num(x)} ${num(this.y(top + h))} ${num(w)} ${num(h)} re S\n`);
  }

  line(x1: number, y1: number, x2: number, y2: number, color: string, width: number): void {
    this.op(`${this.strokeOp(color, width)}${num(x1)} ${num(this.y(y1))} m ${num(x2)} ${num(this.y(y2))} l S\n`);
  }

  /** A filled rectangle with rounded corners (r points), optionally outlined. */
  roundedRect(x: number, top: number, w: number, h: number, r: number, fill: string, stroke?: string): void {
    const k = r * 0.5523;
    const x2 = x + w;
    const yb = this.y(top + h);
    const yt = this.y(top);
    const path =
      `${num(x + r)} ${num(yb)} m ${num(x2 - r)} ${num(yb)} l ${num(x2 - r + k)} ${num(yb)} ${num(x2)} ${num(yb + r - k)} ${num(x2)} ${num(yb + r)} c ` +
      `${num(x2)} ${num(yt - r)} l ${num(x2)} ${num(yt - r + k)} ${num(x2 - r + k)} ${num(yt)} ${num(x2 - r)} ${num(yt)} c ` +
      `${num(x + r)} ${num(yt)} l ${num(x + r - k)} ${num(yt)} ${num(x)} ${num(yt - r + k)} ${num(x)} ${num(yt - r)} c ` +
      `${num(x)} ${num(yb + r)} l ${num(x)} ${num(yb + r - k)} ${num(x + r - k)} ${num(yb)} ${num(x + r)} ${num(yb)} c h`;
    this.op(`${this.fillOp(fill)}${stroke ? this.strokeOp(stroke, 0.75) : ''}${path} ${stroke ? 'B' : 'f'}\n`);
  }

  // --- text ---------------------------------------------------------------------------------

  private font(face: Face, file: number): DocFont {
    let byFile = this.fontIndex.get(face);
    if (!byFile) this.fontIndex.set(face, (byFile = []));
    let f = byFile[file];
    if (!f) {
      const font = face.files[file]!;
      f = { resource: `F${this.docFonts.length + 1}`, face, file: font, used: new Uint8Array(font.numGlyphs) };
      byFile[file] = f;
      this.docFonts.push(f);
    }
    return f;
  }

  /**
   * Draws text at a baseline: `pieces` are words and spaces in one face, size and colour, shaped
   * by the process-wide cache; only the glyph ids they use are recorded here, for this document.
   * Consecutive calls share one text object, moving with relative Td and setting colour and font
   * only when they change, which keeps the content stream (and its compression) small.
   */
  text(x: number, baseline: number, face: FaceName, size: number, color: string, pieces: readonly (string | { text: string; shaped?: Shaped })[]): void {
    const page = this.page;
    const out = this.chunks;
    if (!page.inText) {
      out.push('BT\n');
      page.inText = true;
      page.tx = 0;
      page.ty = 0;
    }
    out.push(this.fillOp(color));
    // Td moves relative to the start of the previous line: track what was written (rounded), so
    // rounding never accumulates.
    const dx = Math.round((x - page.tx) * 100) / 100;
    const dy = Math.round((this.y(baseline) - page.ty) * 100) / 100;
    page.tx += dx;
    page.ty += dy;
    out.push(num(dx), ' ', num(dy), ' Td');
    this.textFace = this.fonts[face];
    this.textSize = size;
    this.textFile = -1;
    this.inTj = false;
    for (const piece of pieces) {
      const shaped = typeof piece === 'string' ? this.textFace.shape(piece) : (piece.shaped ?? this.textFace.shape(piece.text));
      if (shaped.missing) for (const ch of shaped.missing) this.missing.add(ch);
      if (shaped.actual !== undefined) {
        this.closeTj();
        out.push(` /Span <</ActualText <feff${utf16hex(shaped.actual)}>>> BDC `);
        this.emitShaped(shaped);
        this.closeTj();
        out.push(' EMC ');
      } else this.emitShaped(shaped);
    }
    this.closeTj();
    out.push('\n');
    page.parts.push(out.join(''));
    out.length = 0;
  }

  // State of the text() call in progress (kept on the document: no closures per call).
  private readonly chunks: string[] = [];
  private textFace!: Face;
  private textSize = 0;
  private textFile = -1;
  private textUsed: Uint8Array | undefined;
  private inTj = false;

  private closeTj(): void {
    if (this.inTj) this.chunks.push(')]TJ');
    this.inTj = false;
  }

  private emitShaped(shaped: Shaped): void {
    const out = this.chunks;
    for (const run of shaped.runs) {
      if (run.file !== this.textFile) {
        this.closeTj();
        this.textFile = run.file;
        const df = this.font(this.textFace, run.file);
        this.textUsed = df.used;
        const key = `/${df.resource} ${num(this.textSize)} Tf`;
        const g = this.page.state;
        if (g.font !== key) {
          out.push(' ', key);
          g.font = key;
        }
      }
      const used = this.textUsed!;
      for (const gid of run.glyphs) used[gid] = 1;
      if (!this.inTj) out.push('[(');
      this.inTj = true;
      out.push(run.tj);
    }
  }

  // --- structure, links, navigation ----------------------------------------------------------

  struct(type: string, parent: StructElem, options?: StructOptions): StructElem {
    return new StructElem(type, parent, options);
  }

  /** A link annotation over a rectangle (top-left coordinates), owned by a Link structure element. */
  link(owner: StructElem, x: number, top: number, w: number, h: number, target: LinkTarget, contents: string): void {
    const annot: Annotation = { rect: [x, this.y(top + h), x + w, this.y(top)], target, contents, owner, key: this.annotationCount++ };
    this.page.annotations.push(annot);
    owner.page ??= this.page;
    owner.kids.push({ page: this.page, annot });
  }

  /** A named destination at `top` on the current page (first definition wins). */
  destination(id: string, top: number): void {
    if (!this.dests.has(id)) this.dests.set(id, { page: this.page, y: top });
  }

  bookmark(title: string, top: number): void {
    this.outlines.push({ title, page: this.page, y: top });
  }

  // --- output ---------------------------------------------------------------------------------

  /** Serialises the document. Object numbers and bytes depend only on what was drawn. */
  end(): Buffer {
    for (const p of this.pages) {
      this.page = p;
      this.endText();
    }
    const w = new ObjectWriter();
    const o = this.options;
    const catalog = w.alloc();
    const pagesRef = w.alloc();
    const pageRefs = this.pages.map(() => w.alloc());
    const resources = w.alloc();
    const structRoot = w.alloc();

    // Fonts, each a subset of the glyphs this document drew.
    const fontEntries: string[] = [];
    for (const f of this.docFonts) fontEntries.push(`/${f.resource} ${ref(this.writeFont(w, f))}`);
    w.object(resources, `<< /Font << ${fontEntries.join(' ')} >> >>`);

    // Annotations: parent-tree keys follow the pages'.
    const annotRefs = new Map<Annotation, number>();
    for (const page of this.pages) for (const a of page.annotations) annotRefs.set(a, w.alloc());

    // Structure tree.
    const allocElems = (e: StructElem): void => {
      e.ref = w.alloc();
      for (const k of e.kids) if (k instanceof StructElem) allocElems(k);
    };
    allocElems(this.root);
    const pageRef = (p: Page): number => pageRefs[p.index]!;
    const writeElem = (e: StructElem, parent: number): void => {
      const self = e.ref;
      let kids = '';
      for (const k of e.kids) {
        if (kids) kids += ' ';
        if (k instanceof StructElem) kids += `${k.ref} 0 R`;
        else if ('mcid' in k) kids += k.page === e.page ? String(k.mcid) : `<< /Type /MCR /Pg ${ref(pageRef(k.page))} /MCID ${k.mcid} >>`;
        else kids += `<< /Type /OBJR /Obj ${ref(annotRefs.get(k.annot)!)} /Pg ${ref(pageRef(k.page))} >>`;
      }
      let dict = `<< /S /${e.type} /P ${parent} 0 R`;
      if (e.page) dict += ` /Pg ${ref(pageRef(e.page))}`;
      if (e.options.alt !== undefined) dict += ` /Alt ${textString(e.options.alt)}`;
      if (e.options.lang !== undefined) dict += ` /Lang ${textString(e.options.lang)}`;
      if (e.options.title !== undefined) dict += ` /T ${textString(e.options.title)}`;
      if (e.options.attributes) dict += ` /A << ${e.options.attributes} >>`;
      dict += ` /K [${kids}] >>`;
      w.object(self, dict);
      for (const k of e.kids) if (k instanceof StructElem) writeElem(k, self);
    };
    writeElem(this.root, structRoot);
    const nums: string[] = [];
    this.pages.forEach((p, i) => nums.push(`${i} [${p.owners.map((e) => `${e.ref} 0 R`).join(' ')}]`));
    const annotKey = (a: Annotation): number => this.pages.length + a.key;
    for (const page of this.pages) for (const a of page.annotations) nums.push(`${annotKey(a)} ${a.owner.ref} 0 R`);
    const parentTree = w.add(`<< /Nums [${nums.join(' ')}] >>`);
    w.object(structRoot, `<< /Type /StructTreeRoot /K [${this.root.ref} 0 R] /ParentTree ${ref(parentTree)} /ParentTreeNextKey ${this.pages.length + this.annotationCount} >>`);

    // Pages and their annotations.
    this.pages.forEach((p, i) => {
      const annots = p.annotations.map((a) => {
        const r = annotRefs.get(a)!;
        const action = a.target.kind === 'uri' ? `/A << /Type /Action /S /URI /URI ${textString(a.target.uri)} >>` : `/Dest ${textString(a.target.name)}`;
        w.object(r, `<< /Type /Annot /Subtype /Link /Rect [${a.rect.map(num).join(' ')}] /Border [0 0 0] /F 4 ${action} /StructParent ${annotKey(a)} /Contents ${textString(a.contents)} >>`);
        return ref(r);
      });
      // Level 3: a quarter of level 6's time for page content, about 15% larger.
      const content = w.addStream('', p.parts.join(''), false, undefined, 3);
      w.object(
        pageRefs[i]!,
        `<< /Type /Page /Parent ${ref(pagesRef)} /MediaBox [0 0 ${num(o.width)} ${num(o.height)}] /Resources ${ref(resources)} /Contents ${ref(content)} /StructParents ${i} /Tabs /S${annots.length ? ` /Annots [${annots.join(' ')}]` : ''} >>`,
      );
    });
    w.object(pagesRef, `<< /Type /Pages /Kids [${pageRefs.map(ref).join(' ')}] /Count ${this.pages.length} >>`);

    // Navigation: named destinations (sorted: a name tree) and bookmarks.
    const destArray = (d: { page: Page; y: number }): string => `[${ref(pageRef(d.page))} /XYZ 0 ${num(this.y(d.y))} 0]`;
    // A name tree's keys are sorted by their bytes as written.
    const destNames = [...this.dests].map(([id, d]) => ({ key: textString(id), d })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    let names = '';
    if (destNames.length) {
      const tree = w.add(`<< /Names [${destNames.map((n) => `${n.key} ${destArray(n.d)}`).join(' ')}] >>`);
      names = ` /Names << /Dests ${ref(tree)} >>`;
    }
    let outlines = '';
    if (this.outlines.length) {
      const root = w.alloc();
      const items = this.outlines.map(() => w.alloc());
      this.outlines.forEach((item, i) => {
        const prev = i > 0 ? ` /Prev ${ref(items[i - 1]!)}` : '';
        const next = i < items.length - 1 ? ` /Next ${ref(items[i + 1]!)}` : '';
        w.object(items[i]!, `<< /Title ${textString(item.title)} /Parent ${ref(root)}${prev}${next} /Dest ${destArray(item)} >>`);
      });
      w.object(root, `<< /Type /Outlines /First ${ref(items[0]!)} /Last ${ref(items[items.length - 1]!)} /Count ${items.length} >>`);
      outlines = ` /Outlines ${ref(root)} /PageMode /UseOutlines`;
    }

    const metadata = w.addStream('/Type /Metadata /Subtype /XML', Buffer.from(o.xmp, 'utf8'), true);
    const icc = w.addStream('/N 3', Buffer.alloc(0), false, iccProfile());
    const intent = `<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1) /Info (sRGB IEC61966-2.1) /DestOutputProfile ${ref(icc)} >>`;
    w.object(
      catalog,
      `<< /Type /Catalog /Pages ${ref(pagesRef)} /Metadata ${ref(metadata)} /StructTreeRoot ${ref(structRoot)} /MarkInfo << /Marked true >>` +
        ` /Lang ${textString(o.lang)} /ViewerPreferences << /DisplayDocTitle true >> /OutputIntents [${intent}]${outlines}${names} >>`,
    );
    const info = w.add(`<< ${Object.entries(o.info).map(([k, v]) => `${name(k)} ${textString(v)}`).join(' ')} >>`);
    return w.finish(catalog, info);
  }

  /** Type 0 font with a CIDFontType2 descendant: the subset program, widths, CIDSet and ToUnicode. */
  private writeFont(w: ObjectWriter, f: DocFont): number {
    const font = f.file;
    const parts = subsetFor(font, f.used);
    const scale = 1000 / font.unitsPerEm;
    const none = Buffer.alloc(0);
    const program = w.addStream('', none, false, parts.program);
    const cidSet = w.addStream('', none, false, parts.cidSet);
    let flags = 1 << 2; // symbolic: glyphs are addressed by id, not by a standard encoding
    if (font.fixedPitch) flags |= 1;
    if (font.serif) flags |= 1 << 1;
    if (font.italic) flags |= 1 << 6;
    const [x0, y0, x1, y1] = font.bbox.map((v) => Math.round(v * scale));
    const descriptor = w.add(
      `<< /Type /FontDescriptor /FontName /${parts.baseFont} /Flags ${flags} /FontBBox [${x0} ${y0} ${x1} ${y1}] /ItalicAngle ${num(font.italicAngle)}` +
        ` /Ascent ${Math.round(font.ascent * scale)} /Descent ${Math.round(font.descent * scale)} /CapHeight ${Math.round(font.capHeight * scale)}` +
        ` /XHeight ${Math.round(font.xHeight * scale)} /StemV ${font.bold ? 120 : 80} /FontFile2 ${ref(program)} /CIDSet ${ref(cidSet)} >>`,
    );
    const cidFont = w.add(
      `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /${parts.baseFont} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>` +
        ` /FontDescriptor ${ref(descriptor)} /W [${parts.widths}] /CIDToGIDMap /Identity >>`,
    );
    const toUnicode = w.addStream('', none, false, parts.toUnicode);
    return w.add(`<< /Type /Font /Subtype /Type0 /BaseFont /${parts.baseFont} /Encoding /Identity-H /DescendantFonts [${ref(cidFont)}] /ToUnicode ${ref(toUnicode)} >>`);
  }
}
