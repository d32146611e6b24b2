import type { NoticeDocument } from '../document.js';
import { toolVersion } from '../../version.js';
import type { PdfColors } from './theme.js';

export interface RenderOptions {
  paper: 'letter' | 'a4';
  /** Seconds since the epoch, for CreationDate and ModDate. */
  epoch: number;
  /** URL of the notice's published folder ('https://…/avisos-privacidad/<id>/'): relative links of the model resolve against it. */
  base?: string;
  /** The workspace theme's brand colours (already checked for contrast), as the HTML pages use them. */
  brand?: Partial<PdfColors['brand']>;
}

const VARIANT_LABEL = { integral: 'aviso de privacidad integral', simplified: 'aviso de privacidad simplificado' };

export interface DocumentInfo {
  Title: string;
  Author: string;
  Subject: string;
  Keywords: string;
  Creator: string;
  Producer: string;
  CreationDate: Date;
  ModDate: Date;
}

/** The document information; the dates come from the build epoch, never from the clock. */
export function documentInfo(model: NoticeDocument, o: RenderOptions): DocumentInfo {
  const date = new Date(o.epoch * 1000);
  const title = model.subtitle ? `${model.title}. ${model.subtitle}` : model.title;
  return {
    Title: model.draft ? `[BORRADOR] ${title}` : title,
    Author: model.controllerName,
    Subject: model.description,
    Keywords: `${VARIANT_LABEL[model.variant]}, datos personales, LGPDPPSO`,
    Creator: `notice ${toolVersion()}`,
    Producer: `notice ${toolVersion()}`,
    CreationDate: date,
    ModDate: date,
  };
}

/** 'D:20250415000000Z', the PDF date form that PDF/A-1 matches against the XMP date. */
export function pdfDate(d: Date): string {
  return `D:${d.toISOString().replace(/[-:T]/g, '').replace(/\.\d{3}Z$/, 'Z')}`;
}

/** The info dictionary's entries as text. */
export function infoEntries(i: DocumentInfo): Record<string, string> {
  return {
    Title: i.Title,
    Author: i.Author,
    Subject: i.Subject,
    Keywords: i.Keywords,
    Creator: i.Creator,
    Producer: i.Producer,
    CreationDate: pdfDate(i.CreationDate),
    ModDate: pdfDate(i.ModDate),
  };
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

function xml(value: unknown): string {
  return String(value).replace(/[&<>"]/g, (c) => XML_ESCAPES[c]!);
}

function xmpDate(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * The XMP packet: PDF/A-1b and PDF/UA-1 identification, and the same title, author, subject,
 * keywords, tools and dates as the info dictionary (PDF/A-1 requires them to agree). PDF/A-1 knows
 * only the XMP schemas of its time, so the PDF/UA identification schema is declared with a PDF/A
 * extension schema, as ISO 14289-1 and the PDF/A validators expect. Values are XML-escaped.
 */
export function xmpPacket(i: DocumentInfo, lang: string): string {
  const li = (v: unknown): string => `<rdf:Alt><rdf:li xml:lang="x-default">${xml(v)}</rdf:li></rdf:Alt>`;
  return [
    '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">',
    '<pdfaid:part>1</pdfaid:part>',
    '<pdfaid:conformance>B</pdfaid:conformance>',
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">',
    '<pdfuaid:part>1</pdfuaid:part>',
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">',
    '<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">',
    '<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>',
    '<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>',
    '<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>',
    '<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">',
    '<pdfaProperty:name>part</pdfaProperty:name>',
    '<pdfaProperty:valueType>Integer</pdfaProperty:valueType>',
    '<pdfaProperty:category>internal</pdfaProperty:category>',
    '<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>',
    '</rdf:li></rdf:Seq></pdfaSchema:property>',
    '</rdf:li></rdf:Bag></pdfaExtension:schemas>',
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">',
    `<xmp:CreateDate>${xmpDate(i.CreationDate)}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${xmpDate(i.ModDate)}</xmp:ModifyDate>`,
    `<xmp:CreatorTool>${xml(i.Creator)}</xmp:CreatorTool>`,
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<dc:format>application/pdf</dc:format>',
    `<dc:title>${li(i.Title)}</dc:title>`,
    `<dc:creator><rdf:Seq><rdf:li>${xml(i.Author)}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:description>${li(i.Subject)}</dc:description>`,
    `<dc:language><rdf:Bag><rdf:li>${xml(lang)}</rdf:li></rdf:Bag></dc:language>`,
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
    `<pdf:Producer>${xml(i.Producer)}</pdf:Producer>`,
    `<pdf:Keywords>${xml(i.Keywords)}</pdf:Keywords>`,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}
