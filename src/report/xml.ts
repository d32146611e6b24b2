import { escapeXml, xmlChars } from '../util/escape.js';

/** An XML attribute value: escaped, with line breaks and tabs as character references so they survive. */
export function xmlEscape(text: string): string {
  return escapeXml(xmlChars(text)).replace(/\r/g, '&#13;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/** Element text: escaped, line breaks kept as they are. */
export function xmlText(text: string): string {
  return escapeXml(xmlChars(text));
}
