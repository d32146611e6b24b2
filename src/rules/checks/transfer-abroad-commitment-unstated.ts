import { defineRule } from '../define-rule.js';
import { short } from '../shared/refusal.js';
import { international } from '../shared/transfers.js';
import { fold } from '../shared/walk.js';

const COMMITMENT = /\bse oblig\w*|\bcompromet\w*|\bcomprometid|\bprincipios y deberes\b|\bclausulas? contractuales\b|\bnivel (?:de proteccion )?equivalente\b|\bgarantiz\w* (?:la |su )?(?:proteccion|confidencialidad)/;

export default defineRule({
  id: 'transfer-abroad-commitment-unstated',
  title: { es: 'Transferencia al extranjero sin decir que el receptor protegerá los datos', en: 'Transfer abroad without saying the recipient will protect the data' },
  citation: { law: 'LGPDPPSO-2025', article: 62 },
  confidence: 'VERIFIED',
  quote: 'Artículo 62. El responsable sólo podrá transferir o hacer remisión de datos personales fuera del territorio nacional cuando el tercero receptor o la persona encargada se obligue a proteger los datos personales conforme a los principios y deberes que establece la presente Ley y las disposiciones que resulten aplicables en la materia.',
  defaultSeverity: 'info',
  messages: {
    unstated: {
      es: 'La transferencia a «{recipient}» sale del país: el art. 62 la permite solo si el receptor se obliga a proteger los datos conforme a la ley. El aviso no tiene que decirlo, pero no dice que así sea.',
      en: 'The transfer to "{recipient}" leaves the country: art. 62 allows it only if the recipient undertakes to protect the data under the law. The notice need not say so, but it does not say it is the case.',
    },
  },
  docs: {
    checks: {
      es: 'Si una transferencia va a un país distinto de México, a una autoridad extranjera o a un organismo internacional, que el aviso diga que el receptor se obliga a proteger los datos (instrumento, cláusulas, compromiso). Es una nota: el art. 21 no exige decirlo en el aviso.',
      en: 'If a transfer goes to a country other than Mexico, a foreign authority or an international body, whether the notice says the recipient undertakes to protect the data. It is a note: art. 21 does not require saying it in the notice.',
    },
    why: {
      es: 'El art. 62 condiciona las transferencias fuera del territorio nacional a que el receptor se obligue a proteger los datos conforme a los principios y deberes de la ley. Quien lee el aviso querrá saber que sus datos conservan esa protección en el extranjero.',
      en: 'Art. 62 makes transfers abroad conditional on the recipient undertaking to protect the data under the law\'s principles and duties. Readers will want to know their data keep that protection abroad.',
    },
    fix: { es: 'Diga en la transferencia con qué instrumento el receptor se obliga a proteger los datos (`instrument`, o en `purpose`).', en: 'Say in the transfer by which instrument the recipient undertakes to protect the data (`instrument`, or in `purpose`).' },
  },
  check(ctx) {
    for (const t of ctx.facts.transfers) {
      if (!international(t.value as never)) continue;
      const said = fold([t.value.purpose, t.value.instrument, ctx.notice.transfers?.statement, ctx.notice.transfers?.confidentiality].filter((x) => typeof x === 'string').join(' '));
      if (t.value.instrument || COMMITMENT.test(said)) continue;
      ctx.report({ messageId: 'unstated', data: { recipient: short(t.value.recipient) }, pointer: t.pointer });
    }
  },
});
