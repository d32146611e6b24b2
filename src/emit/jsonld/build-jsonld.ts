import type { DataItem, Notice } from '../../model/notice.js';
import { plainText, markdownInline } from '../markdown.js';
import { FILES, integralUrlOf } from '../sections.js';
import { controllerDisplayName } from '../sections/controller.js';
import { formatAddress } from '../sections/inline.js';
import { RIGHT_LABEL } from '../sections/labels.js';
import { transparencyUnitName } from '../sections/rights.js';

// The notice described with the W3C Data Privacy Vocabulary (DPV 2, https://w3id.org/dpv#) and its
// personal-data extension (https://w3id.org/dpv/pd#). Keys are written in a fixed order, so the
// bytes are stable. Only pd: classes that the extension defines are used; other categories stay
// dpv:PersonalData / dpv:SensitivePersonalData.

const PD_CLASS: Partial<Record<DataItem['category'], string>> = {
  identification: 'pd:Identifying',
  contact: 'pd:Contact',
  location: 'pd:Location',
  employment: 'pd:Professional',
  financial: 'pd:Financial',
  health: 'pd:MedicalHealth',
  biometric: 'pd:Biometric',
  genetic: 'pd:Genetic',
  'ethnic-origin': 'pd:EthnicOrigin',
  political: 'pd:PoliticalOpinion',
  'sexual-life': 'pd:Sexual',
  family: 'pd:Family',
};

const RECIPIENT_CLASS = {
  'public-authority': 'dpv:GovernmentalOrganisation',
  private: 'dpv:ThirdParty',
  'international-organization': 'dpv:InternationalOrganisation',
  'foreign-authority': 'dpv:GovernmentalOrganisation',
} as const;

const text = (md: string): string => plainText(markdownInline(md));

type Json = string | number | boolean | null | Json[] | { [k: string]: Json | undefined };

function personalData(d: DataItem): Json {
  const types = [d.sensitive ? 'dpv:SensitivePersonalData' : 'dpv:PersonalData'];
  const pd = PD_CLASS[d.category];
  if (pd) types.push(pd);
  return { '@type': types, 'schema:name': d.name };
}

export function buildJsonLd(n: Notice, ctx: { baseUrl?: string }): Json {
  const url = integralUrlOf(n, ctx.baseUrl);
  const c = n.controller;
  const u = n.transparencyUnit;
  const instruments = [...(n.legalBasis.attribution ?? []), ...(n.legalBasis.dataProtection ?? []), ...(n.legalBasis.other ?? [])];
  return {
    '@context': {
      dpv: 'https://w3id.org/dpv#',
      pd: 'https://w3id.org/dpv/pd#',
      dct: 'http://purl.org/dc/terms/',
      schema: 'https://schema.org/',
    },
    '@id': url ?? FILES.integral,
    '@type': 'dpv:PrivacyNotice',
    'dct:title': n.title,
    'dct:language': 'es-MX',
    'dct:modified': n.updated,
    'dct:conformsTo': n.law ?? 'LGPDPPSO-2025',
    'dpv:hasDataController': {
      '@id': '#responsable',
      '@type': 'dpv:DataController',
      'schema:name': controllerDisplayName(n),
      'schema:address': formatAddress(c.address),
      'schema:url': c.website,
      'schema:contactPoint': {
        '@type': 'schema:ContactPoint',
        'schema:name': transparencyUnitName(n),
        'schema:address': formatAddress(u.address),
        'schema:email': u.email,
        'schema:telephone': u.phones?.[0]?.number,
      },
    },
    'dpv:hasLegalBasis': [
      ...instruments.map((i): Json => ({ '@type': 'dpv:LegalBasis', 'schema:name': i.instrument })),
      { '@type': 'dpv:LegalBasis', 'dct:description': text(n.legalBasis.text) },
    ],
    'dpv:hasProcess': n.activities.map((a, i): Json => ({
      '@id': `#tratamiento-${i + 1}`,
      '@type': 'dpv:Process',
      'dct:title': a.title,
      'dpv:hasPersonalData': a.data.map(personalData),
      'dpv:hasPurpose': a.purposes.map((p): Json => ({
        '@type': 'dpv:Purpose',
        'dct:description': text(p.text),
        'dpv:hasLegalBasis': { '@id': p.type === 'secondary' ? 'dpv:Consent' : 'dpv:OfficialAuthority' },
      })),
    })),
    'dpv:hasRecipient': (n.transfers.items ?? []).map((t): Json => ({
      '@type': ['dpv:Recipient', RECIPIENT_CLASS[t.recipientKind]],
      'schema:name': t.recipient,
      'dct:description': text(t.purpose),
      'dpv:hasLegalBasis': { '@id': t.consentRequired ? 'dpv:Consent' : 'dpv:OfficialAuthority' },
    })),
    'dpv:hasDataProcessor': (n.processors ?? []).map((p): Json => ({
      '@type': 'dpv:DataProcessor',
      'schema:name': p.name,
      'dct:description': p.service ? text(p.service) : undefined,
    })),
    'dpv:hasRight': (n.rights.rights ?? ['access', 'rectification', 'cancellation', 'opposition']).map((r): Json => ({
      '@type': 'dpv:DataSubjectRight',
      'schema:name': RIGHT_LABEL[r],
    })),
  };
}

/** Stable JSON text: undefined members dropped, two-space indent, final newline. */
export function serializeJsonLd(data: Json): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
