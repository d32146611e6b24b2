// Legal citations of a seed notice, parsed from the running text: «artículos 1, 2, 3, fracciones
// IX, X y XI, 4 … de la Ley General de …» becomes one fact per article, with its fractions,
// incisos, apartado and paragraphs, tied to the instrument named after the list.

const CONNECTORS = new Set(['de', 'del', 'la', 'las', 'los', 'en', 'para', 'el']);

/** «Ley General de Protección … Sujetos Obligados y normativa…» → the instrument's name. */
function instrumentName(rest) {
  const words = rest.split(/\s+/);
  const out = [];
  for (const word of words) {
    const bare = word.replace(/[,;.]+$/, '');
    if (!(CONNECTORS.has(bare) || /^\p{Lu}/u.test(bare))) break;
    out.push(bare);
    if (bare !== word) break; // punctuation ends the name
  }
  while (out.length > 0 && CONNECTORS.has(out[out.length - 1])) out.pop();
  return out.join(' ');
}

const splitList = (s) => s.split(/,\s*|\s+y\s+/).map((x) => x.trim()).filter(Boolean);

const TOKEN =
  /(\d+)(?:\s+([A-Z])\b(?!\)))?|fracci(?:ón|ones)\s+((?:[IVXL]+(?:,\s*|\s+y\s+)?)+)|incisos?\s+((?:[a-z]\)(?:,\s*|\s+y\s+)?)+)|(?:apartado|Base)\s+([A-Z])\b|párrafo\s+(\p{L}+)|(\p{L}+)\s+párrafo/gu;

/** One article list («1, 2, 3, fracciones IX, X y XI, 4») → provisions. */
function parseList(list) {
  const provisions = [];
  for (const m of list.matchAll(TOKEN)) {
    const last = provisions[provisions.length - 1];
    if (m[1]) provisions.push({ article: m[2] ? `${m[1]} ${m[2]}` : m[1] });
    else if (m[3] && last) last.fractions = [...(last.fractions ?? []), ...splitList(m[3])];
    else if (m[4] && last) last.incisos = [...(last.incisos ?? []), ...splitList(m[4])];
    else if (m[5] && last) last.apartado = m[5];
    else if ((m[6] || m[7]) && last) last.paragraphs = [...(last.paragraphs ?? []), m[6] ?? m[7]];
  }
  return provisions;
}

export function extractCitations(text) {
  const flat = text.replace(/\s+/g, ' ');
  const facts = [];
  const re = /art[íi]culos?\s*,?\s+((?:(?!art[íi]culo)[^;])+?)\s+(?:de la|del)\s+((?:Constituci[oó]n|Ley|Reglamento|Manual)\b.*)/giu;
  let m;
  let from = 0;
  // Walk citation by citation: each match ends where its instrument's name ends.
  while ((m = re.exec(flat.slice(from))) !== null) {
    const instrument = instrumentName(m[2]);
    for (const p of parseList(m[1])) facts.push({ instrument, ...p });
    from += m.index + m[0].length - m[2].length + instrument.length;
    re.lastIndex = 0;
  }
  for (const n of flat.matchAll(/(numeral [\d.]+ del apartado [\d.]+) del ((?:Manual)\b.*)/gu)) {
    facts.push({ instrument: instrumentName(n[2]), locator: n[1] });
  }
  for (const n of flat.matchAll(/\bNOM-\d{3}-[A-Z0-9]+-\d{4}\b/g)) facts.push({ instrument: n[0] });
  return facts;
}
