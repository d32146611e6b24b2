import { defineRule } from '../define-rule.js';
import { jurisdictionOf } from '../shared/stated.js';
import { fold, isProse } from '../shared/walk.js';

/** A state's data-protection law for sujetos obligados, with the state it belongs to (folded text). */
const STATE_LAW = /\bley (?:numero \d+ )?de proteccion de datos personales(?: en posesion de (?:los )?sujetos obligados)?(?: para el| del| de la| de| para)? (?:estado (?:libre y soberano )?de |entidad de )?((?!los particulares)[a-z][a-z ]{2,40}?)(?=,| y (?:sus )?municipios|\.|;|:|\(|\)| publicad| vigente| articul| en | que |$)/g;

const ALIASES: Record<string, string> = {
  'distrito federal': 'ciudad de mexico',
  cdmx: 'ciudad de mexico',
  'veracruz de ignacio de la llave': 'veracruz',
  'michoacan de ocampo': 'michoacan',
  'coahuila de zaragoza': 'coahuila',
  'estado de mexico': 'mexico',
};

/** "Estado de Jalisco" → "jalisco"; "Veracruz de Ignacio de la Llave" → "veracruz". */
export function stateKey(s: string): string {
  const k = fold(s)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:el |la )?(?:estado (?:libre y soberano )?de )(?!mexico$)/, '')
    .replace(/ y (?:sus )?municipios$/, '')
    .trim();
  return ALIASES[k] ?? k;
}

export default defineRule({
  id: 'citation-state-law-jurisdiction',
  title: { es: 'Ley estatal de protección de datos ajena a la jurisdicción del responsable', en: 'State data-protection law outside the controller\'s jurisdiction' },
  citation: { law: 'LGPDPPSO-2025', article: 21, fraction: 'III' },
  confidence: 'VERIFIED',
  quote:
    'III. El fundamento legal que faculta al responsable para llevar a cabo el tratamiento; … V. Proteger los datos personales en posesión de cualquier autoridad, entidad, órgano y organismo de los Poderes Ejecutivo, Legislativo y Judicial, órganos autónomos, fideicomisos y fondos públicos, de la Federación, partidos políticos, las Entidades Federativas y los municipios, con la finalidad de regular su debido tratamiento;',
  defaultSeverity: 'warning',
  messages: {
    federal: {
      es: 'El aviso de un responsable federal cita la ley de protección de datos de {cited}; a los sujetos obligados federales los rige la LGPDPPSO.',
      en: 'The notice of a federal controller cites the data-protection law of {cited}; federal bodies are governed by the LGPDPPSO.',
    },
    otherState: {
      es: 'El aviso cita la ley de protección de datos de {cited}, pero el responsable es de {own}: cite la ley de su entidad.',
      en: 'The notice cites the data-protection law of {cited}, but the controller belongs to {own}: cite its own state\'s law.',
    },
  },
  docs: {
    checks: {
      es: 'Que la ley estatal de protección de datos personales en posesión de sujetos obligados que cita el aviso (en el texto, en sus normas o en `controller.jurisdiction.dataProtectionLaw`) sea la de la entidad del responsable: la que declara `controller.jurisdiction.state` o, si no la declara, la de su domicilio. Un responsable federal (`jurisdiction.order: federal`) no se rige por una ley estatal. Las citas de la ley estatal no se revisan contra el índice de la LGPDPPSO: su numeración es otra.',
      en: 'That the state data-protection law the notice cites (in the text, its instruments or `controller.jurisdiction.dataProtectionLaw`) is that of the controller\'s state: the one in `controller.jurisdiction.state` or, if not stated, that of its address. A federal controller (`jurisdiction.order: federal`) is not governed by a state law. Citations of a state law are not checked against the LGPDPPSO index: their numbering differs.',
    },
    why: {
      es: 'La LGPDPPSO es de observancia general y protege los datos en posesión de autoridades de la Federación, las entidades federativas y los municipios (arts. 1 y 2 fr. V); cada entidad armoniza su ley local (transitorio Décimo Noveno). El fundamento legal (art. 21 fr. III) de un responsable estatal o municipal puede citar su ley local, pero la ley de otra entidad no lo faculta ni lo obliga.',
      en: 'The LGPDPPSO applies nationwide and protects data held by federal, state and municipal authorities (arts. 1 and 2 fr. V); each state harmonises its own law. A state or municipal controller\'s legal basis (art. 21 fr. III) may cite its local law, but another state\'s law neither empowers nor binds it.',
    },
    fix: { es: 'Cite la ley de protección de datos de la entidad del responsable (o solo la LGPDPPSO, si es federal) y declare `controller.jurisdiction`.', en: 'Cite the data-protection law of the controller\'s state (or only the LGPDPPSO, if federal) and declare `controller.jurisdiction`.' },
  },
  check(ctx) {
    const j = jurisdictionOf(ctx.notice);
    const federal = j?.order === 'federal';
    const ownState = typeof j?.state === 'string' && j.state.trim() ? j.state : typeof ctx.notice.controller?.address?.state === 'string' ? ctx.notice.controller.address.state : '';
    const own = ownState ? stateKey(ownState) : '';
    if (!federal && !own) return;
    const seen = new Set<string>();
    const judge = (pointer: string, name: string, at: number): void => {
      const cited = stateKey(name);
      const key = `${pointer}\u0000${cited}`;
      if (seen.has(key) || !cited) return;
      seen.add(key);
      const span = at >= 0 ? ([at, at + name.length] as const) : undefined;
      if (federal) ctx.report({ messageId: 'federal', data: { cited: name.trim() }, pointer, target: 'value', ...(span ? { span } : {}) });
      else if (cited !== own) ctx.report({ messageId: 'otherState', data: { cited: name.trim(), own: ownState }, pointer, target: 'value', ...(span ? { span } : {}) });
    };
    for (const t of ctx.facts.texts) {
      if (!isProse(t) && t.key !== 'name') continue;
      if (!t.folded.includes('proteccion de datos personales')) continue;
      STATE_LAW.lastIndex = 0;
      for (const m of t.folded.matchAll(STATE_LAW)) {
        const name = m[1]!;
        const at = m.index! + m[0].length - name.length;
        const safe = t.folded.length === t.text.length;
        judge(t.pointer, safe ? t.text.slice(at, at + name.length) : name, safe ? at : -1);
      }
    }
  },
});
