import { PLACEHOLDER_POSTAL_CODES } from '../data/placeholders.js';
import { defineRule } from '../define-rule.js';
import { linksIn } from '../shared/links.js';
import { placeholderEmail, placeholderInText, placeholderPhone, placeholderUrl, sampleNameIn } from '../shared/placeholders.js';
import { LINK_KEYS } from '../shared/walk.js';

/** A character other than spaces, underscores, dots and dashes: the value is not a blank line. */
const NOT_BLANK = /[^_.\-–—\s]/;
const EMAIL_IN_TEXT = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;

export default defineRule({
  id: 'placeholder-value',
  title: { es: 'Texto, enlace, correo, teléfono o domicilio de relleno', en: 'Placeholder text, link, e-mail, phone or address' },
  citation: { law: 'LGPDPPSO-2025', article: 21, paragraph: 'primero' },
  confidence: 'VERIFIED',
  quote: 'Artículo 21. El aviso de privacidad deberá contener, al menos, la siguiente información:',
  defaultSeverity: 'error',
  messages: {
    text: {
      es: '«{found}» es texto de relleno, no información: el aviso publicado lo diría tal cual.',
      en: '"{found}" is placeholder text, not information: the published notice would say it verbatim.',
    },
    name: {
      es: '«{found}» es un nombre de ejemplo, no el nombre real: el aviso publicado lo diría tal cual.',
      en: '"{found}" is a sample name, not the real one: the published notice would say it verbatim.',
    },
    url: {
      es: 'El enlace «{url}» es de relleno («{why}»): no lleva al sitio del responsable.',
      en: 'The link "{url}" is a placeholder ("{why}"): it does not lead to the controller\'s site.',
    },
    email: {
      es: 'El correo «{email}» es de relleno: no llega al responsable.',
      en: 'The e-mail "{email}" is a placeholder: it does not reach the controller.',
    },
    phone: {
      es: 'El teléfono «{phone}» es de relleno: no es un número del responsable.',
      en: 'The phone "{phone}" is a placeholder: it is not the controller\'s number.',
    },
    postalCode: {
      es: 'El código postal «{code}» es de relleno.',
      en: 'The postal code "{code}" is a placeholder.',
    },
    blank: {
      es: 'El valor está en blanco («{value}»).',
      en: 'The value is blank ("{value}").',
    },
  },
  docs: {
    checks: {
      es: 'Que ningún valor del aviso sea de relleno: marcadores como «POR COMPLETAR», «XXXX», «[nombre del área]», «<<…>>», «{{…}}», `TODO`, «Lorem ipsum»; nombres de ejemplo («Estado de Ejemplo», «Fundación Ejemplo»); enlaces vacíos, «#», `javascript:` o a dominios de ejemplo (example.com, ejemplo.gob.mx y sus subdominios, sudominio.mx, localhost); correos en esos dominios; teléfonos como «55 0000 0000» o «1234567890»; códigos postales 00000 o 12345; valores en blanco, con solo espacios o una línea para llenar («____»; un valor vacío lo informa el esquema). El hallazgo se coloca en el valor. Las listas están en `src/rules/data/placeholders.ts`.',
      en: 'That no value of the notice is a placeholder: markers such as "POR COMPLETAR", "XXXX", "[nombre del área]", "<<…>>", "{{…}}", `TODO`, "Lorem ipsum" or "____"; sample names ("Estado de Ejemplo"); empty, "#", `javascript:` links or links to sample domains (example.com, ejemplo.gob.mx and its subdomains, sudominio.mx, localhost); e-mails on those domains; phones like "55 0000 0000" or "1234567890"; postal codes 00000 or 12345; blank values: spaces only or a line to fill in ("____"; an empty value is a schema finding). The finding sits on the value. The lists are in `src/rules/data/placeholders.ts`.',
    },
    why: {
      es: 'El art. 21 exige que el aviso contenga, al menos, la información de sus fracciones I a IX; el art. 20 ¶1, que informe a la persona titular las características principales del tratamiento. Un marcador o un dato de ejemplo no es esa información: el domicilio, el correo o el enlace no existen, y el aviso se publicaría como texto oficial con ellos. Por eso es un error y el aviso no se publica como definitivo.',
      en: 'Art. 21 requires the notice to contain at least the information of its fractions I to IX; art. 20 ¶1, to inform the data subject of the main features of the processing. A marker or sample value is not that information: the address, e-mail or link do not exist, and the notice would be published as official text with them. Hence an error, and the notice is not published as final.',
    },
    fix: {
      es: 'Escriba el dato real (denominación, domicilio, correo, teléfono, dirección web del responsable). Si el aviso es un ejemplo a propósito, no lo publique: silencie el hallazgo con una justificación solo en borradores.',
      en: 'Write the real value (name, address, e-mail, phone, web address of the controller). If the notice is a deliberate example, do not publish it: suppress the finding with a reason only in drafts.',
    },
  },
  check(ctx) {
    const reported = new Set<string>();
    const once = (pointer: string, f: () => void): void => {
      if (reported.has(pointer)) return;
      reported.add(pointer);
      f();
    };
    for (const t of ctx.facts.texts) {
      const { pointer, text } = t;
      // Blank or a line to fill in ("____", "...."): a line inside a longer text may be a form's
      // signature line, so only a value that is nothing but the line counts.
      if (text.length && !NOT_BLANK.test(text) && (!text.trim() || /[_.\-]{3,}/.test(text))) {
        once(pointer, () => ctx.report({ messageId: 'blank', data: { value: text }, pointer, target: 'value' }));
        continue;
      }
      if (LINK_KEYS.has(t.key)) {
        if (t.key === 'email') {
          const why = placeholderEmail(text);
          if (why) once(pointer, () => ctx.report({ messageId: 'email', data: { email: text }, pointer, target: 'value' }));
        } else {
          const why = placeholderUrl(text);
          if (why) once(pointer, () => ctx.report({ messageId: 'url', data: { url: text, why }, pointer, target: 'value' }));
        }
        continue;
      }
      if (/\/phones?\/(?:\d+\/)?number$/.test(pointer) || (t.key === 'phone' && typeof text === 'string')) {
        if (placeholderPhone(text)) once(pointer, () => ctx.report({ messageId: 'phone', data: { phone: text }, pointer, target: 'value' }));
        continue;
      }
      if (t.key === 'postalCode') {
        if (PLACEHOLDER_POSTAL_CODES.has(text.trim())) once(pointer, () => ctx.report({ messageId: 'postalCode', data: { code: text }, pointer, target: 'value' }));
        continue;
      }
      const marker = placeholderInText(text);
      if (marker) {
        once(pointer, () => ctx.report({ messageId: 'text', data: { found: marker.found }, pointer, target: 'value', span: [marker.index, marker.index + marker.found.length] }));
        continue;
      }
      const sample = sampleNameIn(text);
      if (sample) {
        once(pointer, () => ctx.report({ messageId: 'name', data: { found: contextOf(text, sample.index, sample.found) }, pointer, target: 'value', span: [sample.index, sample.index + sample.found.length] }));
        continue;
      }
      for (const { url } of linksIn([t])) {
        const why = placeholderUrl(url);
        const at = text.indexOf(url);
        if (why) {
          once(pointer, () => ctx.report({ messageId: 'url', data: { url: url || '""', why }, pointer, target: 'value', ...(at >= 0 && url ? { span: [at, at + url.length] as const } : {}) }));
          break;
        }
      }
      if (reported.has(pointer) || !text.includes('@')) continue;
      for (const m of text.matchAll(EMAIL_IN_TEXT)) {
        if (placeholderEmail(m[0])) {
          once(pointer, () => ctx.report({ messageId: 'email', data: { email: m[0] }, pointer, target: 'value', span: [m.index!, m.index! + m[0].length] }));
          break;
        }
      }
    }
  },
});

/** "Estado de Ejemplo" rather than just "Ejemplo": the capitalised words (and "de") right before it. */
function contextOf(text: string, index: number, found: string): string {
  const words = text.slice(0, index).split(/\s+/).filter(Boolean);
  const kept: string[] = [];
  while (kept.length < 3 && words.length) {
    const w = words[words.length - 1]!;
    if (!/^(?:[A-ZÁÉÍÓÚÑ][\p{L}]*|de|del|la|las|los|el)$/u.test(w)) break;
    kept.unshift(words.pop()!);
  }
  while (kept.length && /^(?:de|del|la|las|los|el)$/.test(kept[0]!)) kept.shift();
  return [...kept, found].join(' ');
}
