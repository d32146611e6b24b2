/**
 * The one catalogue of what the section model writes on its own: every sentence, badge and label
 * that is not copied from the notice but restates facts the author wrote. Each entry names the
 * facts it restates (JSON pointers into the notice, `*` for any index; `config:` for a build
 * input). The rule: when none of those facts is stated, the text is not produced. A test
 * (test/html/generated-sentences.test.ts) removes the facts of every entry from real and fictional
 * notices and asserts that no output (HTML, PDF text layer, plain text, JSON-LD) contains the text.
 *
 * Renderers take their wording from here through `say()`; headings and field names that assert
 * nothing (e.g. «Medios para presentar su solicitud») stay in labels.ts.
 */
import type { Inline } from '../document.js';
import { CATEGORY_LABEL, COOKIE_CATEGORY_LABEL, COOKIE_KIND_LABEL, ORDER_LABEL, PROCESSOR_ROLE_LABEL, RECIPIENT_KIND_LABEL, SOURCE_LABEL } from './labels.js';

export interface Generated {
  /** The wording; `{name}` marks a value taken from the notice. */
  text: string;
  /** The facts it restates: pointers into the notice ('*' = any index) or `config:<input>`. */
  facts: readonly string[];
  /** What it says and when, for the reader of the catalogue. */
  when: string;
}

const PURPOSE_KIND = '/activities/*/purposes/*/type';
const TRANSFER_CONSENT = '/transfers/items/*/consentRequired';

export const GENERATED = {
  purposesNoConsent: {
    text: 'Finalidades que no requieren su consentimiento',
    facts: [PURPOSE_KIND],
    when: 'Heading over the purposes the notice presents as primary (`type: primary`).',
  },
  purposesConsent: {
    text: 'Finalidades que requieren su consentimiento',
    facts: [PURPOSE_KIND],
    when: 'Heading over the purposes the notice presents as secondary (`type: secondary`).',
  },
  purposeDeidentified: {
    text: 'Datos disociados',
    facts: ['/activities/*/purposes/*/deidentified'],
    when: 'Badge on a purpose that, per the notice, uses only dissociated data.',
  },
  refusalCallout: {
    text: 'Si no desea que sus datos se usen para {what}',
    facts: [PURPOSE_KIND, TRANSFER_CONSENT],
    when: 'Box after secondary purposes or consent-requiring transfers, with the mechanisms they cite.',
  },
  refusalList: {
    text: 'Puede negarse a los siguientes usos de sus datos:',
    facts: [PURPOSE_KIND, TRANSFER_CONSENT],
    when: 'Refusal section: secondary purposes and consent-requiring transfers exist.',
  },
  noConsentAnywhere: {
    text: 'Ninguna de las finalidades ni de las transferencias descritas en este aviso requiere su consentimiento.',
    facts: [PURPOSE_KIND, TRANSFER_CONSENT, '/transfers/none'],
    when: 'Refusal section: every purpose is stated primary, and transfers are stated none or all stated not to need consent.',
  },
  summaryNoConsent: {
    text: 'Ningún uso descrito requiere su consentimiento.',
    facts: [PURPOSE_KIND, TRANSFER_CONSENT, '/transfers/none'],
    when: 'Summary box, same facts as noConsentAnywhere.',
  },
  refusalBefore: {
    text: 'Puede manifestar su negativa antes de que se traten sus datos.',
    facts: ['/refusal/mechanisms/*/beforeProcessing'],
    when: 'A mechanism states `beforeProcessing: true`.',
  },
  refusalNoImpact: {
    text: 'Negarse no afecta la prestación del servicio principal.',
    facts: ['/refusal/mechanisms/*/noServiceImpact'],
    when: 'A mechanism states `noServiceImpact: true`.',
  },
  refusalViaOpposition: {
    text: 'La negativa se presenta como una solicitud de oposición',
    facts: ['/refusal/mechanisms/*/viaArcoOpposition'],
    when: 'A mechanism states `viaArcoOpposition: true`.',
  },
  summaryViaOpposition: {
    text: 'Hágalo mediante una solicitud de oposición (derechos ARCO).',
    facts: ['/refusal/mechanisms/*/viaArcoOpposition'],
    when: 'Summary box: the cited mechanisms have no channel and go through ARCO opposition.',
  },
  transferConsent: {
    text: 'Requiere su consentimiento',
    facts: [TRANSFER_CONSENT],
    when: 'Badge on a transfer stated `consentRequired: true`.',
  },
  transferNoConsent: {
    text: 'No requiere su consentimiento',
    facts: [TRANSFER_CONSENT],
    when: 'Badge on a transfer stated `consentRequired: false`.',
  },
  transfersNone: {
    text: 'No se realizan transferencias de datos personales.',
    facts: ['/transfers/none'],
    when: 'The notice states `none: true`, gives no statement of its own and lists no exceptions.',
  },
  transfersNoneExcept: {
    text: 'No se realizan transferencias de datos personales, salvo en los siguientes casos:',
    facts: ['/transfers/none'],
    when: 'The notice states `none: true` and lists exceptions (before the list).',
  },
  transfersExceptions: {
    text: 'Se transfieren datos personales sin su consentimiento en los siguientes casos:',
    facts: ['/transfers/exceptions'],
    when: 'The notice lists exceptions without `none: true` (before the list).',
  },
  noConsentTransfers: {
    text: 'No se realizan transferencias de datos personales que requieran su consentimiento.',
    facts: ['/transfers/none', TRANSFER_CONSENT],
    when: 'Simplified notice: transfers are stated none, or every listed transfer is stated not to need consent.',
  },
  transferInternational: {
    text: 'transferencia internacional',
    facts: ['/transfers/items/*/international'],
    when: 'A transfer states `international: true` without a country.',
  },
  sensitiveBadge: {
    text: 'Dato sensible',
    facts: ['/activities/*/data/*/sensitive'],
    when: 'Badge on a data item stated `sensitive: true`.',
  },
  optionalBadge: {
    text: 'Opcional',
    facts: ['/activities/*/data/*/optional'],
    when: 'Badge on a data item stated `optional: true`.',
  },
  sensitiveNote: {
    text: '{subject} como «Dato sensible» {predicate}.',
    facts: ['/activities/*/data/*/sensitive'],
    when: 'Box after an activity whose data include items stated sensitive.',
  },
  sensitiveExpressWritten: {
    text: 'Para tratarlos se le pedirá su consentimiento expreso y por escrito.',
    facts: ['/activities/*/sensitiveDataBasis/consent'],
    when: 'The activity states `sensitiveDataBasis.consent: express-written`.',
  },
  sensitiveNotRequired: {
    text: 'Su tratamiento no requiere su consentimiento',
    facts: ['/activities/*/sensitiveDataBasis/consent'],
    when: 'The activity states `sensitiveDataBasis.consent: not-required` (with the exceptions it cites).',
  },
  summaryArcoWhere: {
    text: 'Dónde ejercer sus derechos ARCO',
    facts: ['/rights/channels'],
    when: 'Summary box: the ARCO channels the notice states (`rights.channels`), each with its first contact detail.',
  },
  summaryOneSensitive: {
    text: '1 es sensible',
    facts: ['/activities/*/data/*/sensitive'],
    when: 'Summary box: one data item is stated sensitive.',
  },
  summarySensitive: {
    text: '{count} son sensibles',
    facts: ['/activities/*/data/*/sensitive'],
    when: 'Summary box: how many data items are stated sensitive («2 son sensibles»).',
  },
  summaryNoneSensitive: {
    text: 'Ninguno es sensible.',
    facts: ['/activities/*/data/*/sensitive'],
    when: 'Summary box: every data item is stated `sensitive: false`.',
  },
  minors: {
    text: 'Este aviso también se aplica a los datos personales de niñas, niños y adolescentes.',
    facts: ['/dataSubjects/includesMinors'],
    when: 'The notice states `includesMinors: true`.',
  },
  cookiesNotUsed: {
    text: 'Este sitio no utiliza cookies ni otras tecnologías de rastreo.',
    facts: ['/cookies/used'],
    when: 'The notice states `cookies.used: false`.',
  },
  cookieEssential: {
    text: 'necesaria para el servicio',
    facts: ['/cookies/items/*/essential', '/cookies/items/*/category'],
    when: 'A cookie stated `essential: true` or of category `essential`.',
  },
  cookieNotEssential: {
    text: 'no necesaria para el servicio',
    facts: ['/cookies/items/*/essential'],
    when: 'A cookie stated `essential: false`.',
  },
  rightsList: {
    text: 'Derechos que puede ejercer: {rights}.',
    facts: ['/rights/rights'],
    when: 'The notice lists the rights in `rights.rights`.',
  },
  deadlineResponse: {
    text: 'La respuesta a su solicitud se le dará en un plazo máximo de {days} días hábiles',
    facts: ['/rights/deadlines/responseDays'],
    when: 'Deadlines stated as numbers and not as text (`deadlines.text` is printed instead when given).',
  },
  deadlineExtension: {
    text: 'que puede ampliarse hasta por {days} días hábiles',
    facts: ['/rights/deadlines/extensionDays'],
    when: 'As deadlineResponse, with the extension.',
  },
  deadlineEffective: {
    text: 'Si su solicitud procede, el derecho se hará efectivo en un plazo de {days} días hábiles.',
    facts: ['/rights/deadlines/effectiveDays'],
    when: 'As deadlineResponse.',
  },
  costsFree: {
    text: 'El ejercicio de los derechos es gratuito.',
    facts: ['/rights/costs/free'],
    when: 'Costs stated as facts (`free: true`) and not as text.',
  },
  costsNotFree: {
    text: 'El ejercicio de los derechos no es gratuito.',
    facts: ['/rights/costs/free'],
    when: 'Costs stated as facts (`free: false`) and not as text.',
  },
  costsCharges: {
    text: 'Costos que pueden cobrarse: {charges}.',
    facts: ['/rights/costs/charges'],
    when: 'Costs stated as facts and not as text.',
  },
  costsFreePages: {
    text: 'Las primeras {pages} hojas no tienen costo.',
    facts: ['/rights/costs/freePages'],
    when: 'Costs stated as facts and not as text.',
  },
  portabilityYes: {
    text: 'Puede solicitar la portabilidad de sus datos.',
    facts: ['/rights/portabilityAvailable'],
    when: 'The notice states `portabilityAvailable: true` and gives no portability text.',
  },
  portabilityNo: {
    text: 'La portabilidad de sus datos no procede.',
    facts: ['/rights/portabilityAvailable'],
    when: 'The notice states `portabilityAvailable: false` and gives no portability text.',
  },
  integralPublishedAt: {
    text: 'Este aviso de privacidad integral se publica en {url}.',
    facts: ['/publication/integralUrl'],
    when: 'Integral notice, last section: the URL the notice states for itself.',
  },
  integralAt: {
    text: 'Consulte el aviso de privacidad integral en {url}.',
    facts: ['/publication/integralUrl', '/publication/integralNotice', 'config:baseUrl'],
    when: 'Simplified notice: the integral page, as stated or as built from the base URL.',
  },
  integralDocumentAt: {
    text: 'Consulte el aviso de privacidad integral (documento descargable) en {url}{label}.',
    facts: ['/publication/integralDocument'],
    when: 'Simplified notice: the integral is published as a document.',
  },
  integralPlace: {
    text: 'Puede consultar el aviso de privacidad integral en: {place}.',
    facts: ['/publication/physicalLocation'],
    when: 'The notice states a physical place where the integral can be read.',
  },
  simplifiedAt: {
    text: 'El aviso de privacidad simplificado se publica en {url}.',
    facts: ['/publication/simplifiedUrl', '/publication/simplifiedNotice', 'config:baseUrl'],
    when: 'Integral-only notice: where its separate simplified notice is.',
  },
  atCollectionBefore: {
    text: 'Este aviso se pone a su disposición antes de que se recaben sus datos.',
    facts: ['/publication/atCollection/timing'],
    when: 'The notice states `atCollection.timing: before-collection`.',
  },
  atCollectionAt: {
    text: 'Este aviso se pone a su disposición en el momento en que se recaban sus datos.',
    facts: ['/publication/atCollection/timing'],
    when: 'The notice states `atCollection.timing: at-collection`.',
  },
} as const satisfies Record<string, Generated>;

export type GeneratedId = keyof typeof GENERATED;

/**
 * Labels that restate an enumerated value of the notice (a category, an origin, a kind of
 * recipient…): each appears only when its field is stated. Listed here with the fact, so the test
 * covers them like the sentences above.
 */
export const LABEL_FAMILIES: Record<string, { facts: readonly string[]; labels: readonly string[] }> = {
  dataCategory: { facts: ['/activities/*/data/*/category'], labels: Object.values(CATEGORY_LABEL) },
  dataSource: { facts: ['/activities/*/data/*/source'], labels: Object.values(SOURCE_LABEL) },
  recipientKind: { facts: ['/transfers/items/*/recipientKind'], labels: Object.values(RECIPIENT_KIND_LABEL) },
  processorRole: { facts: ['/processors/*/role'], labels: Object.values(PROCESSOR_ROLE_LABEL) },
  cookieKind: { facts: ['/cookies/items/*/kind'], labels: Object.values(COOKIE_KIND_LABEL) },
  cookieCategory: { facts: ['/cookies/items/*/category', '/cookies/items/*/essential'], labels: Object.values(COOKIE_CATEGORY_LABEL) },
  governmentOrder: { facts: ['/controller/jurisdiction/order'], labels: Object.values(ORDER_LABEL) },
};

/** JSON-LD terms that restate a fact: absent from aviso.jsonld when the fact is unstated. */
export const JSONLD_TERMS: Record<string, { facts: readonly string[]; term: string }> = {
  consent: { facts: ['/activities/*/purposes/*/type', '/transfers/items/*/consentRequired'], term: 'dpv:Consent' },
  sensitive: { facts: ['/activities/*/data/*/sensitive'], term: 'dpv:SensitivePersonalData' },
  officialAuthority: { facts: ['/legalBasis/attribution'], term: 'dpv:OfficialAuthorityOfController' },
  country: { facts: ['/transfers/items/*/country', '/processors/*/country'], term: '"loc:' },
  modified: { facts: ['/updated'], term: 'dct:modified' },
  conformsTo: { facts: ['config:passed'], term: 'dct:conformsTo' },
};

/** The catalogued wording with its `{placeholders}` filled. */
export function say(id: GeneratedId, values: Record<string, string | number> = {}): string {
  // A value that ends a sentence itself («… del SITRAL.») takes the place of the wording's full stop.
  return GENERATED[id].text.replace(/\{(\w+)\}(\.?)/g, (_, k: string, stop: string) => {
    const v = String(values[k] ?? `{${k}}`);
    return stop && /[.!?…]$/.test(v) ? v : v + stop;
  });
}

/** The catalogued wording as inline nodes, with `{slot}` replaced by a node (a link). */
export function sayWith(id: GeneratedId, slot: string, node: Inline, values: Record<string, string | number> = {}): Inline[] {
  const [before, after = ''] = say(id, { ...values, [slot]: '\u0000' }).split('\u0000');
  return [...(before ? [{ kind: 'text', text: before } as const] : []), node, ...(after ? [{ kind: 'text', text: after } as const] : [])];
}
