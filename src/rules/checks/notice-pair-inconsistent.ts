import type { Notice } from '../../model/notice.js';
import { defineRule } from '../define-rule.js';
import { loose, noticePairs, purposesOf, samePurpose } from '../shared/notice-pairs.js';
import { short } from '../shared/refusal.js';

type Transfer = NonNullable<NonNullable<Notice['transfers']>['items']>[number];
type Mechanism = NonNullable<NonNullable<Notice['refusal']>['mechanisms']>[number];

const transfersOf = (n: Notice) => (Array.isArray(n.transfers?.items) ? n.transfers.items : []).map((value, i) => ({ pointer: `/transfers/items/${i}`, value }));
const mechanismsOf = (n: Notice) => (Array.isArray(n.refusal?.mechanisms) ? n.refusal.mechanisms : []).map((value, i) => ({ pointer: `/refusal/mechanisms/${i}`, value }));
const sameTransfer = (a: Transfer, b: Transfer) => loose(a.recipient) === loose(b.recipient);
const sameMechanism = (a: Mechanism, b: Mechanism) => a.id === b.id || (Boolean(a.description) && loose(a.description) === loose(b.description));

export default defineRule({
  id: 'notice-pair-inconsistent',
  title: { es: 'El aviso simplificado no coincide con su integral', en: 'The simplified notice does not match its full notice' },
  citation: { law: 'LGPDPPSO-2025', article: 22, paragraph: 'primero' },
  confidence: 'VERIFIED',
  quote: 'Artículo 22. El aviso de privacidad en su modalidad simplificada deberá contener la información a que se refieren las fracciones I, IV, VII y VIII del artículo anterior y señalar el sitio donde se podrá consultar el aviso de privacidad integral.',
  defaultSeverity: 'error',
  messages: {
    controller: {
      es: 'El responsable del aviso simplificado («{mine}») no es el del integral «{id}» («{theirs}»).',
      en: 'The controller of the simplified notice ("{mine}") is not that of the full notice "{id}" ("{theirs}").',
    },
    extraPurpose: {
      es: 'La finalidad «{label}» no está en el aviso integral «{id}».',
      en: 'The purpose "{label}" is not in the full notice "{id}".',
    },
    missingPurpose: {
      es: 'Falta la finalidad «{label}» del aviso integral «{id}» (art. 22, que remite a la fr. IV del art. 21).',
      en: 'The purpose "{label}" of the full notice "{id}" is missing (art. 22, by reference to art. 21 fr. IV).',
    },
    purposeKind: {
      es: 'La finalidad «{label}» es `{mine}` aquí y `{theirs}` en el aviso integral «{id}»: deben distinguir igual si requiere consentimiento.',
      en: 'The purpose "{label}" is `{mine}` here and `{theirs}` in the full notice "{id}": both must say alike whether it needs consent.',
    },
    extraTransfer: {
      es: 'La transferencia a «{label}» no está en el aviso integral «{id}».',
      en: 'The transfer to "{label}" is not in the full notice "{id}".',
    },
    missingTransfer: {
      es: 'Falta la transferencia a «{label}», que según el aviso integral «{id}» requiere consentimiento (art. 22, que remite a la fr. VII del art. 21).',
      en: 'The transfer to "{label}", which per the full notice "{id}" needs consent, is missing (art. 22, by reference to art. 21 fr. VII).',
    },
    extraMechanism: {
      es: 'El mecanismo de negativa «{label}» no está en el aviso integral «{id}».',
      en: 'The refusal mechanism "{label}" is not in the full notice "{id}".',
    },
    missingMechanism: {
      es: 'Falta el mecanismo de negativa «{label}» del aviso integral «{id}» (art. 22, que remite a la fr. VIII del art. 21).',
      en: 'The refusal mechanism "{label}" of the full notice "{id}" is missing (art. 22, by reference to art. 21 fr. VIII).',
    },
  },
  docs: {
    checks: {
      es: 'En un par de dos archivos (`kind: simplified` con `publication.integralNotice`), que el simplificado tenga el mismo responsable que el integral, no diga finalidades, transferencias ni mecanismos de negativa que el integral no tenga, y no omita ninguno de los que el art. 22 exige: todas las finalidades, las transferencias que requieren consentimiento y los mecanismos de negativa que citan. Las finalidades se comparan por `id` (o por su texto, si alguna no lo tiene); las transferencias, por destinatario; los mecanismos, por `id` o descripción.',
      en: 'In a pair of two files (`kind: simplified` with `publication.integralNotice`), that the simplified notice has the same controller as the full one, states no purpose, transfer or refusal mechanism the full one lacks, and omits none that art. 22 requires: every purpose, the transfers that need consent and the refusal mechanisms they cite. Purposes are compared by `id` (or by text when one has none); transfers by recipient; mechanisms by `id` or description.',
    },
    why: {
      es: 'El art. 22 ¶1 exige que el simplificado contenga la información de las fr. I, IV, VII y VIII del art. 21. Un simplificado que dice algo que el integral no dice, o que omite algo que dice, informa mal a quien solo lee el simplificado.',
      en: 'Art. 22 ¶1 requires the simplified notice to contain the information of art. 21 fr. I, IV, VII and VIII. A simplified notice that says something the full one does not, or omits something it says, misinforms whoever reads only the simplified one.',
    },
    fix: {
      es: 'Copie al simplificado las finalidades, transferencias con consentimiento y mecanismos del integral con el mismo `id`, o escriba ambos desde un solo archivo (sin `kind`) para que no puedan diferir.',
      en: 'Copy the purposes, consent transfers and mechanisms of the full notice into the simplified one with the same `id`, or write both from one file (no `kind`) so they cannot differ.',
    },
  },
  checkWorkspace(ctx) {
    for (const { simplified: s, integral: i } of noticePairs(ctx.notices)) {
      const id = i.notice.id;
      const at = (pointer: string) => ({ file: s.file, pointer });
      if (loose(s.notice.controller?.name) !== loose(i.notice.controller?.name)) {
        ctx.report({ messageId: 'controller', data: { id, mine: short(s.notice.controller?.name), theirs: short(i.notice.controller?.name) }, ...at('/controller/name'), target: 'value' });
      }
      const mine = purposesOf(s.notice);
      const theirs = purposesOf(i.notice);
      for (const p of mine) {
        const match = theirs.find((q) => samePurpose(p.value, q.value));
        if (!match) ctx.report({ messageId: 'extraPurpose', data: { id, label: short(p.value.text) }, ...at(p.pointer) });
        else if (p.value.type && match.value.type && p.value.type !== match.value.type) {
          ctx.report({ messageId: 'purposeKind', data: { id, label: short(p.value.text), mine: p.value.type, theirs: match.value.type }, ...at(`${p.pointer}/type`), target: 'value' });
        }
      }
      for (const q of theirs) {
        if (!mine.some((p) => samePurpose(p.value, q.value))) ctx.report({ messageId: 'missingPurpose', data: { id, label: short(q.value.text) }, ...at('/activities') });
      }
      const myTransfers = transfersOf(s.notice);
      const theirTransfers = transfersOf(i.notice);
      for (const t of myTransfers) {
        if (!theirTransfers.some((u) => sameTransfer(t.value, u.value))) ctx.report({ messageId: 'extraTransfer', data: { id, label: short(t.value.recipient) }, ...at(t.pointer) });
      }
      for (const u of theirTransfers.filter((x) => x.value.consentRequired === true)) {
        if (!myTransfers.some((t) => sameTransfer(t.value, u.value))) ctx.report({ messageId: 'missingTransfer', data: { id, label: short(u.value.recipient) }, ...at('/transfers') });
      }
      const myMechanisms = mechanismsOf(s.notice);
      const theirMechanisms = mechanismsOf(i.notice);
      for (const m of myMechanisms) {
        if (!theirMechanisms.some((x) => sameMechanism(m.value, x.value))) ctx.report({ messageId: 'extraMechanism', data: { id, label: m.value.id }, ...at(m.pointer) });
      }
      // The mechanisms art. 22 requires: those the integral's consent uses cite.
      const cited = new Set([
        ...theirs.filter((q) => q.value.type === 'secondary').flatMap((q) => q.value.refusal ?? []),
        ...theirTransfers.filter((u) => u.value.consentRequired === true).flatMap((u) => u.value.refusal ?? []),
      ]);
      for (const x of theirMechanisms.filter((m) => cited.has(m.value.id))) {
        if (!myMechanisms.some((m) => sameMechanism(m.value, x.value))) ctx.report({ messageId: 'missingMechanism', data: { id, label: x.value.id }, ...at('/refusal') });
      }
    }
  },
});
