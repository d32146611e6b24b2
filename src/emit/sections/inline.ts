import type { Address, Channel, LawCitation, LegalInstrument, Notice, Phone, Provision } from '../../model/notice.js';
import type { Block, Inline, ListItem } from '../document.js';
import { markdownBlocks, markdownInline, plainText } from '../markdown.js';
import { CHANNEL_LABEL, LAW_SHORT, MUNICIPALITY_PREFIX } from './labels.js';

export const t = (text: string): Inline => ({ kind: 'text', text });
export const strong = (text: string): Inline => ({ kind: 'strong', children: [t(text)] });
export const link = (href: string, text?: string): Inline => ({ kind: 'link', href, children: [t(text ?? href)] });
export const para = (...content: Inline[]): Block => ({ kind: 'paragraph', content });
export const md = markdownBlocks;
export const mdi = markdownInline;
export const plain = plainText;

const REGIONS = new Intl.DisplayNames(['es-MX'], { type: 'region' });

/** 'US' -> 'Estados Unidos': the country the notice states, by its ISO code. */
export function countryName(code: string): string {
  try {
    const name = REGIONS.of(code);
    return name && code !== 'ZZ' ? name : code;
  } catch {
    return code;
  }
}

/** Join words in Spanish: 'a', 'a y b', 'a, b y c'. */
export function joinEs(items: string[], conj = 'y'): string {
  if (items.length <= 1) return items.join('');
  // 'y' becomes 'e' before a word starting with the sound /i/ (i-, hi-), as Spanish requires.
  const last = items[items.length - 1]!;
  const c = conj === 'y' && /^(i|hi)(?![aeiouáéó])/i.test(last) ? 'e' : conj;
  return `${items.slice(0, -1).join(', ')} ${c} ${last}`;
}

/** An address on one line. The literal wording of the source wins when it was kept. */
export function formatAddress(a: Address): string {
  if (a.asWritten) return a.references ? `${a.asWritten} (${a.references})` : a.asWritten;
  const street = [a.street, a.number].filter(Boolean).join(' ');
  const parts = [street];
  if (a.interior) parts.push(a.interior);
  if (a.colonia) parts.push(`Colonia ${a.colonia}`);
  if (a.municipality) parts.push(a.municipalityKind ? `${MUNICIPALITY_PREFIX[a.municipalityKind]} ${a.municipality}` : a.municipality);
  if (a.postalCode) parts.push(`Código Postal ${a.postalCode}`);
  if (a.city && a.city !== a.state) parts.push(a.city);
  parts.push(a.state);
  if (a.country) parts.push(a.country);
  const line = parts.join(', ');
  return a.references ? `${line} (${a.references})` : line;
}

export function telHref(p: Phone): string {
  const digits = p.number.replace(/[^0-9+]/g, '');
  const intl = digits.startsWith('+') ? digits : digits.length === 10 ? `+52${digits}` : digits;
  return `tel:${intl}${p.extension ? `;ext=${p.extension}` : ''}`;
}

export function phoneInlines(p: Phone): Inline[] {
  const out: Inline[] = [link(telHref(p), p.number)];
  if (p.extension) out.push(t(`, extensión ${p.extension}`));
  if (p.label) out.push(t(` (${p.label})`));
  return out;
}

/** One channel as a list item: its label in bold, then every detail the notice gives. */
export function channelItem(c: Channel): ListItem {
  const content: Inline[] = [strong(c.label ?? CHANNEL_LABEL[c.kind])];
  // The first contact detail follows the channel's name directly ('Correo electrónico: x@y.mx');
  // later ones carry their own label.
  const details: { label: string; value: Inline[] }[] = [];
  if (c.email) details.push({ label: 'Correo electrónico', value: [link(`mailto:${c.email}`, c.email)] });
  if (c.phone) details.push({ label: 'Teléfono', value: phoneInlines(c.phone) });
  if (c.url) details.push({ label: 'Dirección web', value: [link(c.url)] });
  if (c.address) details.push({ label: 'Domicilio', value: [t(formatAddress(c.address))] });
  if (c.hours) details.push({ label: 'Horario', value: [t(c.hours)] });
  details.forEach((d, i) => {
    if (i === 0 && d.label !== 'Domicilio' && d.label !== 'Horario') content.push(t(': '), ...d.value);
    else content.push(t(`. ${d.label}: `), ...d.value);
  });
  if (c.description) content.push(t(details.length ? '. ' : ': '), ...mdi(c.description));
  if (details.length || c.description) content.push(t('.'));
  return { content: tidy(content) };
}

/** Remove doubled punctuation produced by joining phrases that already end in a full stop. */
function tidy(nodes: Inline[]): Inline[] {
  for (let i = 1; i < nodes.length; i++) {
    const n = nodes[i]!;
    const prev = nodes[i - 1]!;
    if (n.kind === 'text' && /^[.]/.test(n.text) && prev.kind === 'text' && /[.:;]\s*$/.test(prev.text)) {
      n.text = n.text.replace(/^\.\s?/, prev.text.endsWith(' ') ? '' : ' ');
    }
  }
  return nodes.filter((n) => n.kind !== 'text' || n.text !== '');
}

export function channelList(channels: Channel[]): Block {
  return { kind: 'list', ordered: false, items: channels.map(channelItem) };
}

/** The name of the law a citation refers to: a federal law, the notice's state law, or one it names. */
function citedLaw(c: LawCitation, n: Notice | undefined): string {
  const name = c.instrument ?? (c.law === 'state-law' ? n?.controller.jurisdiction?.dataProtectionLaw?.name : undefined);
  if (name) return withArticle(name);
  if (c.law === 'state-law') return 'la ley estatal de protección de datos personales';
  return c.law ? LAW_SHORT[c.law] : '';
}

/** 'Ley …' -> 'la Ley …'; 'Reglamento …' -> 'el Reglamento …' (Spanish needs the article after «de»). */
function withArticle(name: string): string {
  if (/^(la|el|los|las)\s/i.test(name)) return name;
  return /^(ley|constituci[oó]n|norma|nom\b)/i.test(name) ? `la ${name}` : `el ${name}`;
}

/** 'artículo 64, fracción I, de la Ley General …' */
export function lawCitationText(c: LawCitation, n?: Notice): string {
  const parts = [`artículo ${c.article}`];
  if (c.fraction) parts.push(`fracción ${c.fraction}`);
  if (c.inciso) parts.push(`inciso ${c.inciso}`);
  if (c.paragraph) parts.push(`párrafo ${c.paragraph}`);
  const law = citedLaw(c, n);
  return law ? `${parts.join(', ')}, ${law.startsWith('el ') ? `del ${law.slice(3)}` : `de ${law}`}` : parts.join(', ');
}

export function provisionText(p: Provision): string {
  const parts: string[] = [];
  if (p.article) parts.push(`artículo ${p.article}`);
  if (p.apartado) parts.push(`apartado ${p.apartado}`);
  if (p.fractions?.length) parts.push(`${p.fractions.length > 1 ? 'fracciones' : 'fracción'} ${joinEs(p.fractions)}`);
  if (p.paragraphs?.length) parts.push(`${p.paragraphs.length > 1 ? 'párrafos' : 'párrafo'} ${joinEs(p.paragraphs)}`);
  if (p.incisos?.length) parts.push(`${p.incisos.length > 1 ? 'incisos' : 'inciso'} ${joinEs(p.incisos)}`);
  if (p.locator) parts.push(p.locator);
  return parts.join(', ');
}

export function instrumentItem(i: LegalInstrument): ListItem {
  const content: Inline[] = [strong(i.instrument)];
  if (i.provisions?.length) content.push(t(`: ${i.provisions.map(provisionText).join('; ')}`));
  if (i.purpose) content.push(t(`. ${i.purpose}`));
  return { content };
}
