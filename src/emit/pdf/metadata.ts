import { createHash } from 'node:crypto';
import type { NoticeDocument } from '../document.js';
import { toolVersion } from '../../version.js';

/** Bumped when the layout changes, so the digest (and /ID) of an old file never collides with a new one. */
const RENDERER_REVISION = 1;

export interface RenderOptions {
  paper: 'letter' | 'a4';
  /** Seconds since the epoch, for CreationDate and ModDate. */
  epoch: number;
  /** URL of the notice's published folder ('https://…/avisos-privacidad/<id>/'): relative links of the model resolve against it. */
  base?: string;
}

/** SHA-256 of everything that determines the bytes: the model, the paper, the date, the renderer. */
export function contentDigest(model: NoticeDocument, o: RenderOptions): string {
  const input = JSON.stringify({ r: RENDERER_REVISION, v: toolVersion(), paper: o.paper, epoch: o.epoch, base: o.base ?? null, model });
  return createHash('sha256').update(input).digest('hex');
}

const VARIANT_LABEL = { integral: 'aviso de privacidad integral', simplified: 'aviso de privacidad simplificado' };

/**
 * The info dictionary. pdfkit derives the trailer /ID from it when the document is created, so
 * the digest makes the ID a function of the content; the dates come from the build epoch.
 */
export function documentInfo(model: NoticeDocument, o: RenderOptions, digest: string): PDFKit.DocumentInfo {
  const date = new Date(o.epoch * 1000);
  const title = model.subtitle ? `${model.title}. ${model.subtitle}` : model.title;
  return {
    Title: model.draft ? `[BORRADOR] ${title}` : title,
    Author: model.controllerName,
    Subject: model.description,
    Keywords: `${VARIANT_LABEL[model.variant]}, datos personales, LGPDPPSO`,
    Creator: `notice ${toolVersion()}`,
    Producer: 'notice (PDFKit)',
    CreationDate: date,
    ModDate: date,
    NoticeDigest: digest,
  };
}

function xml(value: unknown): string {
  return String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function xmpDate(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Replaces pdfkit's XMP writer for this document: pdfkit 0.20 does not escape values (a «&» in a
 * title breaks PDF/A) and omits xmp:ModifyDate, which PDF/A-1 requires to match ModDate.
 */
export function installXmp(doc: PDFKit.PDFDocument, lang: string): void {
  doc._addInfo = function addInfo(this: PDFKit.PDFDocument): void {
    const i = this.info;
    const li = (v: unknown): string => `<rdf:Alt><rdf:li xml:lang="x-default">${xml(v)}</rdf:li></rdf:Alt>`;
    this.appendXML(
      [
        '<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">',
        `<xmp:CreateDate>${xmpDate(i.CreationDate!)}</xmp:CreateDate>`,
        `<xmp:ModifyDate>${xmpDate(i.ModDate!)}</xmp:ModifyDate>`,
        `<xmp:CreatorTool>${xml(i.Creator)}</xmp:CreatorTool>`,
        '</rdf:Description>',
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">',
        `<dc:title>${li(i.Title)}</dc:title>`,
        `<dc:creator><rdf:Seq><rdf:li>${xml(i.Author)}</rdf:li></rdf:Seq></dc:creator>`,
        `<dc:description>${li(i.Subject)}</dc:description>`,
        `<dc:language><rdf:Bag><rdf:li>${xml(lang)}</rdf:li></rdf:Bag></dc:language>`,
        '</rdf:Description>',
        '<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
        `<pdf:Producer>${xml(i.Producer)}</pdf:Producer>`,
        `<pdf:Keywords>${xml(i.Keywords)}</pdf:Keywords>`,
        '</rdf:Description>',
      ].join('\n'),
    );
  };
}
