// The Data Privacy Vocabulary terms aviso.jsonld may use, checked one by one against DPV 2.2
// (w3c/dpv, files 2.2/dpv/dpv.ttl, 2.2/pd/pd.ttl and 2.2/loc/loc.ttl at commit f01a55c): each is
// declared there (`dpv:X a rdfs:Class` / `rdf:Property`). The JSON-LD builder uses only these, and
// test/html/jsonld-rdf.test.ts fails on any other term. To add one, look it up in those files first.

export const NS = {
  dpv: 'https://w3id.org/dpv#',
  pd: 'https://w3id.org/dpv/pd#',
  loc: 'https://w3id.org/dpv/loc#',
  dct: 'http://purl.org/dc/terms/',
  schema: 'https://schema.org/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

export const DPV_TERMS = new Set([
  // classes
  'PrivacyNotice', 'DataController', 'DataProcessor', 'Process', 'Purpose', 'PersonalData', 'SensitivePersonalData',
  'LegalBasis', 'Consent', 'OfficialAuthorityOfController', 'Law', 'Recipient', 'ThirdParty', 'GovernmentalOrganisation',
  'InternationalOrganisation', 'DataSubjectRight',
  // properties
  'hasDataController', 'hasDataProcessor', 'hasProcess', 'hasPersonalData', 'hasPurpose', 'hasLegalBasis', 'hasApplicableLaw',
  'hasRecipient', 'hasRight', 'hasCountry',
]);

/** Personal-data categories of the pd: extension (DPV 2.2) that the notice's categories map to. */
export const PD_TERMS = new Set([
  'Identifying', 'Contact', 'Location', 'Professional', 'Financial', 'MedicalHealth', 'Biometric', 'Genetic', 'EthnicOrigin',
  'PoliticalOpinion', 'Sexual', 'Family', 'Education', 'Religion', 'PhilosophicalBelief', 'Criminal', 'Picture', 'DeviceBased',
]);

/** ISO 3166-1 alpha-2 codes that DPV 2.2 declares as `loc:XX a dpv:Country`. */
export const LOC_COUNTRIES = new Set('AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'.split(' '));

/** Dublin Core and schema.org terms used (long-standing terms of https://purl.org/dc/terms/ and https://schema.org/). */
export const OTHER_TERMS = {
  dct: new Set(['title', 'description', 'language', 'modified', 'identifier', 'conformsTo', 'Standard', 'references']),
  schema: new Set(['name', 'address', 'url', 'email', 'telephone', 'contactPoint', 'ContactPoint']),
  xsd: new Set(['date', 'gYearMonth']),
};
