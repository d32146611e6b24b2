import { defineRule } from '../define-rule.js';
import { byId } from '../shared/notice-pairs.js';

export default defineRule({
  id: 'notice-pair-link-broken',
  title: { es: 'Aviso simplificado o integral enlazado a un aviso que no corresponde', en: 'Simplified or full notice linked to a notice that does not match' },
  citation: { law: 'LGPDPPSO-2025', article: 22, paragraph: 'primero' },
  confidence: 'VERIFIED',
  quote: 'Artículo 22. El aviso de privacidad en su modalidad simplificada deberá contener la información a que se refieren las fracciones I, IV, VII y VIII del artículo anterior y señalar el sitio donde se podrá consultar el aviso de privacidad integral.',
  defaultSeverity: 'error',
  messages: {
    missing: {
      es: 'El aviso «{id}» que nombra `{key}` no está en esta revisión: el enlace entre ambos avisos quedaría roto.',
      en: 'The notice "{id}" named by `{key}` is not in this run: the link between the two notices would be broken.',
    },
    wrongKind: {
      es: '`{key}` nombra «{id}», que es un aviso de tipo `{kind}`; debe ser un aviso {expected}.',
      en: '`{key}` names "{id}", a notice of kind `{kind}`; it must be {expected} notice.',
    },
    otherSimplified: {
      es: 'El aviso integral «{id}» nombra otro simplificado («{named}») en `publication.simplifiedNotice`, no este.',
      en: 'The full notice "{id}" names another simplified notice ("{named}") in `publication.simplifiedNotice`, not this one.',
    },
    ownSimplified: {
      es: 'El aviso «{id}» publica su propio simplificado (no es `kind: integral`): habría dos avisos simplificados para el mismo integral.',
      en: 'The notice "{id}" publishes its own simplified notice (it is not `kind: integral`): there would be two simplified notices for one full notice.',
    },
    noSimplified: {
      es: 'El aviso integral «{id}» no nombra a este simplificado en `publication.simplifiedNotice`.',
      en: 'The full notice "{id}" does not name this simplified notice in `publication.simplifiedNotice`.',
    },
  },
  docs: {
    checks: {
      es: 'Que `publication.integralNotice` (en un aviso simplificado) y `publication.simplifiedNotice` (en un integral) nombren un aviso de este espacio de trabajo, del tipo que corresponde, y que ambos se nombren uno al otro.',
      en: 'That `publication.integralNotice` (in a simplified notice) and `publication.simplifiedNotice` (in a full one) name a notice of this workspace, of the right kind, and that both name each other.',
    },
    why: {
      es: 'El art. 22 ¶1 exige que el aviso simplificado señale «el sitio donde se podrá consultar el aviso de privacidad integral». Cuando ambos se escriben en archivos distintos, el simplificado enlaza la página que se publica para el integral; si el aviso nombrado no existe o no es el integral, el enlace no lleva a él.',
      en: 'Art. 22 ¶1 requires the simplified notice to state "the place where the full privacy notice can be consulted". When both are written in separate files, the simplified one links the page published for the full one; if the named notice does not exist or is not the full one, the link does not lead to it.',
    },
    fix: {
      es: 'Escriba en cada aviso el `id` exacto del otro: `kind: simplified` con `publication.integralNotice: <id del integral>`, y `kind: integral` con `publication.simplifiedNotice: <id del simplificado>`.',
      en: 'Write in each notice the exact `id` of the other: `kind: simplified` with `publication.integralNotice: <full id>`, and `kind: integral` with `publication.simplifiedNotice: <simplified id>`.',
    },
  },
  checkWorkspace(ctx) {
    const ids = byId(ctx.notices);
    for (const item of ctx.notices) {
      const n = item.notice;
      const pub = n?.publication;
      if (!pub || typeof pub !== 'object') continue;
      const links: [key: string, id: unknown, wants: (kind: string) => boolean, expected: string][] = [
        ['integralNotice', pub.integralNotice, (k) => k !== 'simplified', 'integral'],
        ['simplifiedNotice', pub.simplifiedNotice, (k) => k === 'simplified', 'simplificado (`kind: simplified`)'],
      ];
      for (const [key, id, wants, expected] of links) {
        if (typeof id !== 'string') continue;
        const pointer = `/publication/${key}`;
        const other = ids.get(id);
        if (!other) {
          ctx.report({ messageId: 'missing', data: { id, key: `publication.${key}` }, file: item.file, pointer, target: 'value' });
          continue;
        }
        const kind = other.notice.kind ?? 'pair';
        if (!wants(kind)) {
          ctx.report({ messageId: 'wrongKind', data: { id, key: `publication.${key}`, kind, expected }, file: item.file, pointer, target: 'value' });
          continue;
        }
        if (key === 'integralNotice' && other.notice.publication?.simplifiedNotice !== n.id) {
          const named = other.notice.publication?.simplifiedNotice;
          const messageId = named ? 'otherSimplified' : kind === 'pair' ? 'ownSimplified' : 'noSimplified';
          ctx.report({ messageId, data: { id, named: named ?? '' }, file: item.file, pointer, target: 'value' });
        }
      }
    }
  },
});
