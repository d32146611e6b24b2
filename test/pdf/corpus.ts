import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { makeNotice } from '../../bench/corpus.mjs';
import { ROOT } from '../helpers/cli.js';
import { referenceNoticeFiles } from './notices.js';

/** One notice of the text-layer corpus: a file name for diagnostics and its YAML source. */
export interface CorpusNotice {
  file: string;
  source: string;
}

/**
 * Notices that stress the text layer beyond the generated ones: a document whose regular text has
 * «Ñ» but no capital «N» (the case that used to corrupt the next document's «N»), characters only
 * the latin-ext files have (macrons, the saltillo of several Mexican languages), no-break spaces,
 * a soft hyphen, and characters no embedded font has (an arrow, an emoji), which must still
 * extract as themselves.
 */
function variants(): CorpusNotice[] {
  const base = parse(makeNotice(9001).replace(/^#.*\n/, '')) as Record<string, unknown> & { controller: Record<string, unknown>; activities: Record<string, unknown>[] };
  const out: CorpusNotice[] = [];
  const add = (id: string, edit: (n: typeof base) => void): void => {
    const n = structuredClone(base);
    n.id = id;
    edit(n);
    out.push({ file: `corpus/${id}.yaml`, source: stringify(n, { lineWidth: 0 }) });
  };
  add('variante-enie', (n) => {
    n.title = 'Aviso de privacidad integral del programa Ñandutí de España y Peñasco';
    n.intro = 'El programa Ñandutí atiende a niñas y niños de Peñasco y de Cañada; año con año se amplía.';
  });
  add('variante-latin-ext', (n) => {
    n.intro = 'Tlahtōlli in tlācah: el programa atiende en mixteco (saꞌan savi) y en otras lenguas; ā ē ī ō ū, ɨ ʉ.';
    n.activities[0]!.title = 'Registro de hablantes de lenguas indígenas (Ñuu Savi, Ō)';
  });
  add('variante-espacios', (n) => {
    n.intro = 'Oficina en Av.\u00a0Juárez\u00a012, C.P.\u00a006600; atención de 9:00\u202fa\u202f15:00 horas. Datos per\u00adsonales.';
  });
  add('variante-sin-glifo', (n) => {
    n.intro = 'Pasos: solicitud → revisión → respuesta. Gracias por su confianza 😀.';
  });
  return out;
}

/**
 * At least 50 varied notices: the repository's real and reference notices, the HTML sample,
 * 44 generated ones (bench/corpus.mjs: different controllers, activities, data, long paragraphs)
 * and the variants above.
 */
export function textLayerCorpus(): CorpusNotice[] {
  const files = referenceNoticeFiles().map((file) => ({ file, source: readFileSync(join(ROOT, file), 'utf8') }));
  const generated = Array.from({ length: 44 }, (_, i) => ({ file: `corpus/aviso-${String(i * 7).padStart(4, '0')}.yaml`, source: makeNotice(i * 7) }));
  return [...files, ...generated, ...variants()];
}

/** A deterministic shuffle (seeded), so a failure can be replayed. */
export function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0;
  const rand = (): number => {
    s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x9e3779b9) >>> 0;
    return s / 2 ** 32;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
