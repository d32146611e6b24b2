import type { Notice } from '../../model/notice.js';
import { fold } from './walk.js';

/** Recipients named only by a class ("otras autoridades", "terceros", "instituciones"). */
const GENERIC = /^(?:a |al |a la |a los |a las )?(?:otr[oa]s? |divers[oa]s |distint[oa]s |demas |cualquier |diferentes |algun[oa]s? |las |los )?(?:autoridades?|instituciones?|dependencias?|entidades?(?: publicas| gubernamentales)?|terceros?|organismos?|empresas?|personas (?:fisicas|morales|fisicas o morales)|particulares|proveedores|socios|aliados|sujetos obligados|organos|instancias)(?: (?:competentes?|publicas?|privadas?|federales|estatales|municipales|locales|gubernamentales|correspondientes|que (?:lo |los |la )?(?:soliciten|requieran)|facultad[oa]s|de los tres (?:ordenes|niveles) de gobierno|nacionales|extranjer[oa]s|(?:y|o) (?:privadas?|publicas?|particulares)|en (?:el )?ejercicio de sus (?:atribuciones|facultades)))*\.?$/;
const OPEN_LIST = /\bentre otr[oa]s\b|\betc\.?$|\by demas\b|\bcualquier otr[oa]\b/;

export function genericRecipient(recipient: string): boolean {
  const r = fold(recipient).replace(/\s+/g, ' ').trim();
  return GENERIC.test(r) || OPEN_LIST.test(r);
}

/** Purposes that say nothing: "para los fines legales conducentes", "para lo que corresponda". */
const VAGUE_PURPOSE = /^(?:para |con )?(?:(?:los|sus) )?(?:fines|efectos|finalidades|usos)(?: (?:legales|conducentes|correspondientes|procedentes|a que haya lugar|que (?:correspondan|procedan)|de (?:su|sus) competencia|administrativos))*\.?$|^(?:para )?(?:lo que (?:corresponda|proceda|haya lugar)|el ejercicio de sus (?:atribuciones|facultades)(?: legales)?|los fines (?:previstos|establecidos|senalados) en (?:la ley|las leyes|la normatividad|el presente aviso)(?: aplicable)?|cumplir (?:con )?(?:sus|las) (?:atribuciones|obligaciones)(?: legales)?)\.?$/;

export function vaguePurpose(purpose: string): boolean {
  return VAGUE_PURPOSE.test(fold(purpose).replace(/\s+/g, ' ').trim());
}

/** The transfer leaves Mexico: a foreign country, a foreign authority or an international body. */
export function international(t: { country?: unknown; recipientKind?: unknown; international?: unknown }): boolean {
  if (t.international === true) return true;
  if (t.international === false) return false;
  if (typeof t.country === 'string' && t.country && t.country.toUpperCase() !== 'MX') return true;
  return t.recipientKind === 'foreign-authority' || t.recipientKind === 'international-organization';
}

const INTERNAL = /^(?:las? |los )?(?:areas?|unidades? administrativas?|direcciones?|coordinaciones?|departamentos?|oficinas?) (?:del|de la|de los|internas?|administrativas?|competentes?)\b/;
const MUNICIPAL_BODY = /^(?:el |la )?(?:municipio|ayuntamiento|h\.? ayuntamiento|gobierno municipal)\b/;
const MUNICIPAL_AREA = /\bmunicipal(?:es)?\b|\bdel (?:municipio|ayuntamiento)\b/;

/**
 * A recipient that is part of the controller itself: one of its areas ("Dirección de…del
 * Instituto"), the controller by name, or a municipal office when the controller is the municipality
 * ("Tesorería Municipal"). Sharing with it is not a transfer (art. 3 fr. XXX).
 */
export function internalRecipient(recipient: unknown, notice: Notice): boolean {
  const r = fold(String(recipient ?? '')).trim();
  if (!r) return false;
  const own = [notice.controller?.name, notice.controller?.shortName].filter((x): x is string => typeof x === 'string' && x.length > 2).map(fold);
  if (INTERNAL.test(r) || own.some((o) => r === o)) return true;
  const controller = fold(String(notice.controller?.name ?? ''));
  return MUNICIPAL_BODY.test(controller) && MUNICIPAL_AREA.test(r) && !/\bestatal\b|\bfederal\b|\bnacional\b/.test(r);
}
