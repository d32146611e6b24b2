/**
 * Instruments notices cite with their DOF publication dates, taken from the text of the LGPDPPSO
 * 2025 itself (legal/: the decree's heading "Nueva Ley publicada en el Diario Oficial de la
 * Federación el 20 de marzo de 2025", which also issued the LGTAIP and the LFPDPPP, and transitorio
 * Segundo fr. I–IV, which abrogated the earlier laws and gives their publication dates). Data: add
 * an instrument only with a date checked against an official text.
 */
export interface KnownInstrument {
  id: string;
  /** Folded-text pattern of the name or acronym. */
  name: RegExp;
  /** How messages name it. */
  label: string;
  /** The version in force: its DOF publication date (ISO), if one is in force. */
  current?: string;
  /** Abrogated versions: DOF publication date → transitorio Segundo fraction that abrogated it. */
  abrogated: Readonly<Record<string, string>>;
}

export const KNOWN_INSTRUMENTS: readonly KnownInstrument[] = [
  {
    id: 'LGPDPPSO',
    name: /\bley general de (?:proteccion de )?datos personales en posesion de (?:los )?sujetos obligados\b|\blgpdppso\b/g,
    label: 'Ley General de Protección de Datos Personales en Posesión de Sujetos Obligados',
    current: '2025-03-20',
    abrogated: { '2017-01-26': 'IV' },
  },
  {
    id: 'LFPDPPP',
    name: /\bley federal de proteccion de datos personales en posesion de (?:los )?particulares\b|\blfpdppp\b/g,
    label: 'Ley Federal de Protección de Datos Personales en Posesión de los Particulares',
    current: '2025-03-20',
    abrogated: { '2010-07-05': 'I' },
  },
  {
    id: 'LGTAIP',
    name: /\bley general de transparencia y acceso a la informacion publica\b|\blgtaip\b/g,
    label: 'Ley General de Transparencia y Acceso a la Información Pública',
    current: '2025-03-20',
    abrogated: { '2015-05-04': 'II' },
  },
  {
    id: 'LFTAIP',
    name: /\bley federal de transparencia y acceso a la informacion publica\b|\blftaip\b/g,
    label: 'Ley Federal de Transparencia y Acceso a la Información Pública',
    abrogated: { '2016-05-09': 'III' },
  },
];

/** The day the 2025 laws entered into force and the earlier ones were abrogated (transitorio Primero). */
export const ABROGATION_DATE = '2025-03-21';

/** Words that mark a mention as history, not as a basis: "abrogada", "anterior", "que sustituye a"… */
export const HISTORICAL = /\babrogad[oa]s?\b|\bderogad[oa]s?\b|\b(?:ley|legislacion|norma|normatividad|version|marco(?: juridico)?) anterior\b|\banteriormente\b|\bsustitu(?:ye|yo|ida|ido|cion)\b|\bvigente hasta\b|\bextint[oa]\b|\bextincion\b|\bdesaparecid[oa]\b|\bdesaparicion\b|\bya no (?:esta|se encuentra) vigente\b|\bhasta el (?:20|21) de marzo de 2025\b|\ben su momento\b|\bentonces\b|\botrora\b|\bprevi[oa] a la (?:entrada en vigor|reforma)\b|\bantes de(?:l| la)? (?:21 de marzo|20 de marzo|entrada en vigor|reforma)\b/;
