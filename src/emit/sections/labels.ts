import type { Activity, Channel, DataItem, Notice, Processor, Transfer } from '../../model/notice.js';

export type CookieItem = NonNullable<NonNullable<Notice['cookies']>['items']>[number];
import type { DocumentLabels } from '../document.js';

// Every fixed Spanish phrase of the section model, in one table, so HTML, PDF and text agree.

export const SECTION_TITLES = {
  controller: '¿Quién es el responsable del tratamiento de sus datos personales?',
  data: '¿Qué datos personales se recaban y para qué finalidad?',
  purposes: '¿Para qué finalidades se usan sus datos personales?',
  legalBasis: '¿Con qué fundamento legal se tratan sus datos personales?',
  transfers: '¿A quién se transfieren sus datos personales y para qué?',
  transfersConsent: '¿A quién se transfieren sus datos personales con su consentimiento?',
  refusal: '¿Cómo puede negarse a que sus datos se usen para finalidades o transferencias que requieren su consentimiento?',
  rights: '¿Dónde puede ejercer sus derechos ARCO?',
  cookies: '¿Se usan cookies u otras tecnologías de rastreo?',
  changes: '¿Cómo conocerá los cambios a este aviso de privacidad?',
  integral: '¿Dónde puede consultar el aviso de privacidad integral?',
  availability: '¿Dónde se pone a su disposición este aviso?',
} as const;

export const SECTION_IDS = {
  controller: 'responsable',
  data: 'datos-y-finalidades',
  purposes: 'finalidades',
  legalBasis: 'fundamento-legal',
  transfers: 'transferencias',
  refusal: 'negativa',
  rights: 'derechos-arco',
  cookies: 'cookies',
  changes: 'cambios',
  integral: 'aviso-integral',
  availability: 'disponibilidad',
} as const;

export const LABELS: DocumentLabels = {
  toc: 'Contenido',
  skipLink: 'Ir al contenido',
  updated: 'Fecha de última actualización',
  draftBanner: 'BORRADOR — no cumple con la LGPDPPSO',
  draftDetail:
    'Este documento se generó a pesar de que la revisión encontró errores. No debe publicarse ni ponerse a disposición de las personas titulares.',
  integralLink: 'Consultar el aviso de privacidad integral',
  simplifiedLink: 'Consultar el aviso de privacidad simplificado',
  jsonldLink: 'Descripción del tratamiento en formato legible por máquina (JSON-LD, vocabulario DPV)',
  backToTop: 'Volver al contenido',
  sensitiveBadge: 'Dato sensible',
  controllerLabel: 'Responsable',
};

export const CATEGORY_LABEL: Record<NonNullable<DataItem['category']>, string> = {
  identification: 'Datos de identificación',
  contact: 'Datos de contacto',
  location: 'Datos de ubicación',
  employment: 'Datos laborales',
  academic: 'Datos académicos',
  financial: 'Datos patrimoniales o financieros',
  health: 'Datos de salud',
  biometric: 'Datos biométricos',
  genetic: 'Datos genéticos',
  'ethnic-origin': 'Origen racial o étnico',
  beliefs: 'Creencias religiosas, filosóficas o morales',
  political: 'Opiniones políticas',
  'sexual-life': 'Vida y preferencia sexual',
  'image-voice': 'Imagen y voz',
  'online-identifiers': 'Identificadores en línea y del dispositivo',
  legal: 'Datos sobre procesos jurídicos',
  family: 'Datos familiares',
  'free-text': 'Información que usted redacta',
  attachments: 'Documentos adjuntos',
  other: 'Otros datos',
};

export const SOURCE_LABEL: Record<NonNullable<DataItem['source']>, string> = {
  'data-subject': 'lo proporciona usted',
  representative: 'lo proporciona su representante',
  'other-authority': 'se obtiene de otra autoridad',
  'public-source': 'se obtiene de una fuente de acceso público',
  device: 'se obtiene de su dispositivo',
  'third-party': 'lo proporciona un tercero',
  generated: 'lo genera el responsable',
};

export const CHANNEL_LABEL: Record<Channel['kind'], string> = {
  'in-person': 'Presencial',
  written: 'Escrito libre',
  email: 'Correo electrónico',
  phone: 'Teléfono',
  pnt: 'Plataforma Nacional de Transparencia',
  web: 'Sitio web',
  'web-form': 'Formulario en línea',
  app: 'Aplicación',
  whatsapp: 'WhatsApp',
  messenger: 'Messenger',
  sms: 'Mensaje SMS',
  mail: 'Correo postal',
  office: 'Oficinas',
  other: 'Otro medio',
};

export const RIGHT_LABEL = {
  access: 'Acceso',
  rectification: 'Rectificación',
  cancellation: 'Cancelación',
  opposition: 'Oposición',
  portability: 'Portabilidad',
} as const;

export const RECIPIENT_KIND_LABEL: Record<NonNullable<Transfer['recipientKind']>, string> = {
  'public-authority': 'Autoridad pública',
  private: 'Persona física o moral privada',
  'international-organization': 'Organismo internacional',
  'foreign-authority': 'Autoridad extranjera',
};

export const MUNICIPALITY_PREFIX = {
  alcaldia: 'Alcaldía',
  'demarcacion-territorial': 'Demarcación Territorial',
  municipio: 'Municipio',
} as const;

export const PROCESSOR_ROLE_LABEL: Record<NonNullable<Processor['role']>, string> = {
  processor: 'Encargado',
  subprocessor: 'Subcontratado por el encargado',
  'cloud-provider': 'Proveedor de servicios de cómputo en la nube',
  'service-provider': 'Proveedor de servicios',
};

export const COOKIE_KIND_LABEL: Record<NonNullable<CookieItem['kind']>, string> = {
  cookie: 'Cookie',
  'web-beacon': 'Web beacon o píxel',
  'local-storage': 'Almacenamiento local del navegador',
  sdk: 'Componente de terceros en la aplicación',
  other: 'Otra tecnología',
};

export const COOKIE_CATEGORY_LABEL: Record<NonNullable<CookieItem['category']>, string> = {
  essential: 'necesaria para el servicio',
  preferences: 'preferencias',
  analytics: 'analítica o estadística',
  advertising: 'publicidad',
  other: 'otra',
};

export const ORDER_LABEL = { federal: 'Federal', state: 'Estatal', municipal: 'Municipal' } as const;

export const COST_LABEL = { reproduction: 'reproducción', certification: 'certificación', shipping: 'envío', other: 'otros' } as const;

export const LAW_SHORT = {
  'LGPDPPSO-2025': 'la Ley General de Protección de Datos Personales en Posesión de Sujetos Obligados',
  'LGPDPPSO-2017': 'la Ley General de Protección de Datos Personales en Posesión de Sujetos Obligados (2017, abrogada)',
  'LFPDPPP-2025': 'la Ley Federal de Protección de Datos Personales en Posesión de los Particulares',
} as const;

/** A display title for an activity: its own title (numbered when the notice has several), or its number. */
export function activityHeading(a: Activity, index: number, total: number): string | undefined {
  if (!a.title) return total > 1 ? `Tratamiento ${index + 1}` : undefined;
  return total > 1 ? `${index + 1}. ${a.title}` : a.title;
}
