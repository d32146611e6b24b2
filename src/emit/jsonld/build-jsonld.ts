import { createHash } from 'node:crypto';
import type { DataItem, Notice, Transfer } from '../../model/notice.js';
import { plainText, markdownInline } from '../markdown.js';
import { FILES, noticeKind, noticeLocations } from '../sections.js';
import { controllerDisplayName } from '../sections/controller.js';
import { formatAddress } from '../sections/inline.js';
import { RIGHT_LABEL } from '../sections/labels.js';
import { transparencyUnitName } from '../sections/rights.js';
import { NS } from './vocabulary.js';

// The notice described with the W3C Data Privacy Vocabulary (DPV 2.2, https://w3id.org/dpv#) and its
// personal-data (pd:) and location (loc:) extensions. Only facts the notice states become triples;
// every term is listed in vocabulary.ts. Keys are written in a fixed order, so the bytes are stable.
//
// Identifiers are absolute, so an RDF processor keeps every triple: the notice is its published
// page (stated in `publication`, or where the build publishes it from `baseUrl`); when neither is
// known it is `urn:uuid:<UUID v5 of the controller's name and the notice id>` (RFC 4122 §4.3, in
// the URL namespace, from `notice:<controller name>/<id>`): stable across builds, globally unique,
// and the notice id is kept in `dct:identifier`. Parts of the notice are fragments of that IRI.

/** The notice's categories that a pd: class of DPV 2.2 matches; the others stay dpv:PersonalData. */
const PD_CLASS: Partial<Record<NonNullable<DataItem['category']>, string>> = {
  identification: 'pd:Identifying',
  contact: 'pd:Contact',
  location: 'pd:Location',
  employment: 'pd:Professional',
  academic: 'pd:Education',
  financial: 'pd:Financial',
  health: 'pd:MedicalHealth',
  biometric: 'pd:Biometric',
  genetic: 'pd:Genetic',
  'ethnic-origin': 'pd:EthnicOrigin',
  political: 'pd:PoliticalOpinion',
  'sexual-life': 'pd:Sexual',
  family: 'pd:Family',
};

const RECIPIENT_CLASS: Record<NonNullable<Transfer['recipientKind']>, string> = {
  'public-authority': 'dpv:GovernmentalOrganisation',
  private: 'dpv:ThirdParty',
  'international-organization': 'dpv:InternationalOrganisation',
  'foreign-authority': 'dpv:GovernmentalOrganisation',
};

const LAW_2025 = 'Ley General de Protección de Datos Personales en Posesión de Sujetos Obligados (DOF 20-03-2025)';

const text = (md: string): string => plainText(markdownInline(md));

type Json = string | number | boolean | null | Json[] | { [k: string]: Json | undefined };

/** RFC 4122 name-based UUID (version 5, SHA-1) in the URL namespace. */
function uuidV5(name: string): string {
  const ns = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');
  const h = createHash('sha1').update(Buffer.concat([ns, Buffer.from(name, 'utf8')])).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/** The absolute IRI of the notice (see the note at the top). */
export function noticeIri(n: Notice, baseUrl?: string): string {
  const loc = noticeLocations(n, baseUrl);
  if (noticeKind(n) !== 'simplified' && loc.integralUrl) return loc.integralUrl;
  if (noticeKind(n) === 'simplified' && baseUrl) return `${baseUrl.replace(/\/+$/, '')}/${n.id}/${FILES.simplified}`;
  return `urn:uuid:${uuidV5(`notice:${n.controller.name}/${n.id}`)}`;
}

const iri = (base: string, fragment: string): string => `${base.split('#')[0]}#${fragment}`;
const list = <T>(xs: T[]): T[] | undefined => (xs.length ? xs : undefined);

function dateValue(d: string): Json {
  return { '@value': d, '@type': d.length === 7 ? 'xsd:gYearMonth' : 'xsd:date' };
}

function personalData(d: DataItem): Json {
  const types = [d.sensitive === true ? 'dpv:SensitivePersonalData' : 'dpv:PersonalData'];
  const pd = d.category ? PD_CLASS[d.category] : undefined;
  if (pd) types.push(pd);
  return { '@type': types, 'schema:name': d.name };
}

function country(code: string | undefined): Json | undefined {
  return code ? { '@id': `loc:${code}` } : undefined;
}

function controller(n: Notice, base: string): Json {
  const c = n.controller;
  const u = n.transparencyUnit;
  return {
    '@id': iri(base, 'responsable'),
    '@type': 'dpv:DataController',
    'schema:name': controllerDisplayName(n),
    'schema:address': formatAddress(c.address),
    'schema:url': c.website ? { '@id': c.website } : undefined,
    'schema:contactPoint': u
      ? {
          '@id': iri(base, 'unidad-de-transparencia'),
          '@type': 'schema:ContactPoint',
          'schema:name': transparencyUnitName(u),
          'schema:address': formatAddress(u.address),
          'schema:email': u.email,
          'schema:telephone': u.phones?.[0]?.number,
        }
      : undefined,
  };
}

function legalBases(n: Notice): Json[] {
  const out: Json[] = [];
  const lb = n.legalBasis;
  // The notice names the norms that give the controller its attributions: processing under
  // official authority is then what it states.
  if (lb?.attribution?.length) out.push({ '@id': 'dpv:OfficialAuthorityOfController' });
  if (lb?.text) out.push({ '@type': 'dpv:LegalBasis', 'dct:description': text(lb.text) });
  return out;
}

function laws(n: Notice): Json[] {
  const lb = n.legalBasis;
  const instruments = [...(lb?.attribution ?? []), ...(lb?.dataProtection ?? []), ...(lb?.other ?? [])];
  const local = n.controller.jurisdiction?.dataProtectionLaw;
  const names = [...new Set([...instruments.map((i) => i.instrument), ...(local ? [local.name] : [])])];
  return names.map((name) => ({ '@type': 'dpv:Law', 'schema:name': name }));
}

function transfer(t: Transfer, base: string, i: number): Json {
  return {
    '@id': iri(base, `transferencia-${i + 1}`),
    '@type': ['dpv:Recipient', ...(t.recipientKind ? [RECIPIENT_CLASS[t.recipientKind]] : [])],
    'schema:name': t.recipient,
    'dct:description': t.purpose ? text(t.purpose) : undefined,
    'dpv:hasCountry': country(t.country),
    'dpv:hasLegalBasis': t.consentRequired === true ? { '@id': 'dpv:Consent' } : undefined,
  };
}

export function buildJsonLd(n: Notice, ctx: { baseUrl?: string; draft?: boolean }): Json {
  const base = noticeIri(n, ctx.baseUrl);
  const loc = noticeLocations(n, ctx.baseUrl);
  const simplified = noticeKind(n) === 'simplified';
  return {
    '@context': { ...NS },
    '@id': base,
    '@type': 'dpv:PrivacyNotice',
    'dct:identifier': n.id,
    'dct:title': n.title,
    'dct:language': 'es-MX',
    'dct:modified': n.updated ? dateValue(n.updated) : undefined,
    // A claim of conformity only for a notice that passed the legal check (never for a draft).
    'dct:conformsTo': ctx.draft === false ? { '@type': 'dct:Standard', 'dct:title': LAW_2025 } : undefined,
    'dct:references': simplified && loc.integralUrl ? { '@id': loc.integralUrl } : undefined,
    'dpv:hasDataController': controller(n, base),
    'dpv:hasLegalBasis': list(legalBases(n)),
    'dpv:hasApplicableLaw': list(laws(n)),
    'dpv:hasProcess': n.activities.map((a, i): Json => ({
      '@id': iri(base, `tratamiento-${i + 1}`),
      '@type': 'dpv:Process',
      'dct:title': a.title,
      'dpv:hasPersonalData': list((a.data ?? []).map(personalData)),
      'dpv:hasPurpose': a.purposes.map((p): Json => ({
        '@type': 'dpv:Purpose',
        'dct:description': text(p.text),
        'dpv:hasLegalBasis': p.type === 'secondary' ? { '@id': 'dpv:Consent' } : undefined,
      })),
    })),
    'dpv:hasRecipient': list((n.transfers?.items ?? []).map((t, i) => transfer(t, base, i))),
    'dpv:hasDataProcessor': list(
      (n.processors ?? []).map((p, i): Json => ({
        '@id': iri(base, `encargado-${i + 1}`),
        '@type': 'dpv:DataProcessor',
        'schema:name': p.name,
        'dct:description': p.service ? text(p.service) : undefined,
        'dpv:hasCountry': country(p.country),
      })),
    ),
    'dpv:hasRight': list((n.rights?.rights ?? []).map((r): Json => ({ '@type': 'dpv:DataSubjectRight', 'schema:name': RIGHT_LABEL[r] }))),
  };
}

/** Stable JSON text: undefined members dropped, two-space indent, final newline. */
export function serializeJsonLd(data: Json): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
