// Data items, purposes, activity titles and phrases of a seed notice, read from its lists: a line
// ending in ":" opens a list (of data, sensitive data or purposes, told apart by its wording), the
// bullets or paragraphs under it are its items.

/** Fragments that hold a fact checked in its own field (phone, e-mail, URL, address, hours). */
const STRUCTURED = /\d{2} \d{2} \d{2}|@|https?:|ubicada en|con domicilio en|horario de atención|extensión \d/i;

/** Splits a sentence into the short phrases the transcription must keep verbatim. */
export function fragments(text) {
  return text
    .replace(/\*\*/g, '')
    .replace(/[<>]/g, '')
    .split(/[,;:]\s+|\.\s+|\s+y\s+/)
    .map((f) => f.replace(/[.:,;]+$/, '').trim())
    .filter((f) => !STRUCTURED.test(f) && (f.match(/\p{L}{4,}/gu) ?? []).length >= 2);
}

const bare = (line) => line.replace(/^\s*-\s+/, '').replace(/\*\*/g, '').trim();
const lead = (item) => item.split(/:\s|,\s/)[0].replace(/[.:]+$/, '').trim();

function modeOf(header) {
  if (/solicitud|contener/i.test(header)) return null;
  if (/sensible/i.test(header)) return 'sensitive';
  if (/siguientes finalidades|siguientes procesos|^[IVX]+\.\s+FINALIDADES/i.test(header)) return 'purposes';
  if (/siguientes datos|datos .*(se recaban?\b|son los siguientes)|^datos de identificaci[oó]n:$/i.test(header)) return 'data';
  return null;
}

/** Items listed after «Etiqueta:» when they form a list («a, b, c y d»), not a description. */
function listAfterColon(item) {
  const at = item.indexOf(': ');
  if (at < 0) return [];
  const parts = item.slice(at + 2).split(/\.\s+/).pop().split(/,\s*/);
  if (parts.length < 3) return [];
  const last = parts.pop().split(/\s+y\s+/);
  return [...parts, ...last].map((e) => e.replace(/[.]+$/, '').trim()).filter(Boolean);
}

export function extractListFacts(text) {
  const lines = text.split('\n');
  const dataItems = [];
  const purposes = [];
  const activityTitles = [];
  const phrases = [];
  let mode = null;
  // Whether the open list is made of bullets or of paragraphs (decided by its first item).
  let style = null;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    const bullet = /^-\s/.test(line);
    const numbered = /^(\d+)\.-\s+(.+)$/.exec(line);
    if (numbered) activityTitles.push(numbered[2].trim());
    // Every sentence of the body counts; headings (short, roman-numbered or questions) do not.
    if (bullet || numbered) phrases.push(...fragments(bare(numbered ? numbered[2] : line)));
    else if (line.length >= 60 && !line.endsWith('?') && !/^[IVX]+\.\s/.test(line)) phrases.push(...fragments(line));
    const inline = /^Datos de identificaci[oó]n:\s+(.+)$/i.exec(line);
    if (inline) {
      phrases.push(...fragments(inline[1]));
      for (const e of inline[1].split(/,\s*|\s+y\s+/)) dataItems.push({ text: e.replace(/\.$/, '').trim(), sensitive: false });
      continue;
    }
    if (!bullet && line.endsWith(':')) {
      mode = modeOf(line);
      style = null;
      continue;
    }
    // Only a list of sensitive data is written as paragraphs (001); anything else ends a list.
    if (!bullet && (/^[IVX]+\.\s/.test(line) || mode !== 'sensitive' || style === 'bullets')) {
      mode = /^[IVX]+\.\s/.test(line) ? modeOf(line) : null;
      style = null;
      continue;
    }
    style ??= bullet ? 'bullets' : 'paragraphs';
    if (mode === 'data' || mode === 'sensitive') {
      const item = bare(line);
      dataItems.push({ text: lead(item), sensitive: mode === 'sensitive' });
      for (const e of listAfterColon(item)) dataItems.push({ text: e, sensitive: mode === 'sensitive' });
    } else if (mode === 'purposes') {
      purposes.push(bare(line).replace(/[.:]+$/, ''));
    }
  }
  return { dataItems, purposes, activityTitles, phrases: [...new Set(phrases)] };
}
