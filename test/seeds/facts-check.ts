// Compares facts extracted from an original seed notice with a loaded YAML transcription and lists
// every fact the transcription lost. Structured facts (e-mails, URLs, phones, postal codes,
// addresses, citations, channels, data items, purposes) must sit in the right field, not merely
// appear somewhere in the text.

export interface Provision { instrument: string; article?: string; fractions?: string[]; incisos?: string[]; apartado?: string; paragraphs?: string[]; locator?: string }
export interface SeedFacts {
  heading: string;
  updated: string | null;
  emails: string[];
  urls: string[];
  phones: { number: string; extension?: string }[];
  postalCodes: string[];
  addresses: string[];
  channels: { keyword: string; kinds: string[] }[];
  citations: Provision[];
  dataItems: { text: string; sensitive: boolean }[];
  purposes: string[];
  activityTitles: string[];
  phrases: string[];
}

type Json = Record<string, unknown>;
const LGPDPPSO = 'Ley General de Protección de Datos Personales en Posesión de Sujetos Obligados';

/** Case, accents, quotes, Markdown emphasis, angle-bracket links and spacing do not count. */
export function norm(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[“”«»"]/g, '"')
    .replace(/\*\*|[<>]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Every object in the notice, with the key it sits under (array items inherit the array's key). */
function walk(value: unknown, key: string, visit: (obj: Json, key: string) => void, strings: string[]): void {
  if (typeof value === 'string') strings.push(value);
  else if (Array.isArray(value)) for (const v of value) walk(v, key, visit, strings);
  else if (value && typeof value === 'object') {
    visit(value as Json, key);
    for (const [k, v] of Object.entries(value)) walk(v, k, visit, strings);
  }
}

const s = (v: unknown): string => (typeof v === 'string' ? v : '');
const arr = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const subset = (want: string[] | undefined, have: string[]) => (want ?? []).every((w) => have.map(norm).includes(norm(w)));

export function missingFacts(notice: Json, facts: SeedFacts): string[] {
  const strings: string[] = [];
  const byKey = new Map<string, Json[]>();
  walk(notice, '', (obj, key) => byKey.set(key, [...(byKey.get(key) ?? []), obj]), strings);
  // A data item is also read as «Grupo: nombre uso», the way the original writes it.
  const itemTexts = ((notice.activities as Json[] | undefined) ?? [])
    .flatMap((a) => (a.data as Json[] | undefined) ?? [])
    .flatMap((i) => [`${s(i.group)}: ${s(i.name)}`, `${s(i.name)} ${s(i.use)}`]);
  const corpus = [...strings, ...itemTexts].map(norm).join(' ¦ ');
  const objects = (key: string) => byKey.get(key) ?? [];
  const emails = new Set(strings.filter((x) => /^[^\s@]+@[^\s@]+$/.test(x)));
  const urlKeys = ['url', 'website', 'integralUrl', 'procedureUrl'];
  const urls = new Set<string>();
  walk(notice, '', (obj) => urlKeys.forEach((k) => typeof obj[k] === 'string' && urls.add(obj[k] as string)), []);
  const phones = [...objects('phone'), ...objects('phones')];
  const addresses = objects('address');
  const channels = objects('channels');
  const activities = (notice.activities as Json[] | undefined) ?? [];
  const dataItems = activities.flatMap((a) => (a.data as Json[] | undefined) ?? []);
  const purposes = activities.flatMap((a) => (a.purposes as Json[] | undefined) ?? []);
  const purposeText = purposes.map((p) => norm([s(p.text), ...arr(p.items)].join(' ¦ '))).join(' ¦ ');
  const descriptions = activities.map((a) => norm(s(a.description))).join(' ¦ ');
  const instruments = [...objects('attribution'), ...objects('dataProtection'), ...objects('other'), ...objects('legalBasis')].filter((i) => typeof i.instrument === 'string');
  const lawCitations = objects('citations').concat(objects('exceptions')).filter((c) => typeof c.article === 'number');
  const lost: string[] = [];
  const need = (ok: boolean, what: string) => ok || lost.push(what);

  need(norm(`${s(notice.title)} ${s(notice.subtitle)}`) === norm(facts.heading), `título: ${facts.heading}`);
  need(facts.updated === null || s(notice.updated).startsWith(facts.updated), `fecha de actualización: ${facts.updated}`);
  for (const e of facts.emails) need(emails.has(e), `correo: ${e}`);
  for (const u of facts.urls) need(urls.has(u), `URL: ${u}`);
  for (const p of facts.phones) {
    const digits = p.number.replace(/\D/g, '');
    need(phones.some((o) => s(o.number).replace(/\D/g, '') === digits && s(o.extension) === (p.extension ?? '')), `teléfono: ${p.number} ext. ${p.extension ?? '-'}`);
  }
  for (const cp of facts.postalCodes) need(addresses.some((a) => a.postalCode === cp), `código postal: ${cp}`);
  for (const written of facts.addresses) {
    const parts = ['street', 'number', 'interior', 'colonia', 'municipality', 'postalCode', 'state', 'city'];
    const found = addresses.find((a) => norm(s(a.asWritten)) === norm(written));
    need(found !== undefined, `domicilio: ${written}`);
    for (const part of parts) if (found && found[part] !== undefined) need(norm(written).includes(norm(s(found[part]))), `domicilio ${written}: ${part} «${s(found[part])}» no está en el original`);
  }
  for (const c of facts.channels) need(channels.some((ch) => c.kinds.includes(s(ch.kind))), `medio «${c.keyword}» (${c.kinds.join('|')})`);
  for (const c of facts.citations) need(hasCitation(c, instruments, lawCitations), `cita: ${JSON.stringify(c)}`);
  for (const d of facts.dataItems) {
    const ok = dataItems.some((i) => norm(`${s(i.group)}: ${s(i.name)} ${s(i.use)}`).includes(norm(d.text)) && (!d.sensitive || i.sensitive === true));
    need(ok, `dato${d.sensitive ? ' sensible' : ''}: ${d.text}`);
  }
  for (const p of facts.purposes) {
    const lead = norm(p.split(',')[0] ?? p);
    need(purposeText.includes(norm(p)) || (descriptions.includes(norm(p)) && purposeText.includes(lead)), `finalidad: ${p}`);
  }
  if (facts.activityTitles.length > 0) {
    need(JSON.stringify(activities.map((a) => norm(s(a.title)))) === JSON.stringify(facts.activityTitles.map(norm)), `tratamientos: ${facts.activityTitles.join(' | ')}`);
  }
  for (const ph of facts.phrases) need(corpus.includes(norm(ph)), `texto: ${ph}`);
  return lost;
}

function hasCitation(c: Provision, instruments: Json[], lawCitations: Json[]): boolean {
  const inInstruments = instruments.some((i) => {
    if (!norm(s(i.instrument)).includes(norm(c.instrument))) return false;
    if (c.article === undefined && c.locator === undefined) return true;
    return ((i.provisions as Json[] | undefined) ?? []).some(
      (p) =>
        (c.locator === undefined || norm(s(p.locator)) === norm(c.locator)) &&
        (c.article === undefined || norm(s(p.article)) === norm(c.article)) &&
        subset(c.fractions, arr(p.fractions)) &&
        subset(c.incisos, arr(p.incisos)) &&
        subset(c.paragraphs, arr(p.paragraphs)) &&
        (c.apartado === undefined || p.apartado === c.apartado),
    );
  });
  const inLawCitations =
    norm(c.instrument) === norm(LGPDPPSO) &&
    lawCitations.some((l) => String(l.article) === c.article && subset(c.fractions, l.fraction === undefined ? [] : [String(l.fraction)]));
  return inInstruments || inLawCitations;
}
