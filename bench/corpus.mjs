// Generates a corpus of realistic, schema-valid notices, varied from the reference notices:
// different controllers, activities, data, purposes and long paragraphs. Seeded: same corpus every run.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

// A clean fictional notice (no placeholder, no finding) from the defect corpus, varied below.
const BASE = parse(readFileSync(new URL('../test/fixtures/defects/bases/federal-agency.yaml', import.meta.url), 'utf8'));

function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x9e3779b9) >>> 0) / 2 ** 32);
}

const CONTROLLERS = [
  ['Instituto Mexicano del Seguro Social', 'IMSS', 'Organismo Público Descentralizado'],
  ['Servicios de Salud del Instituto Mexicano del Seguro Social para el Bienestar', 'IMSS-BIENESTAR', 'Organismo Público Descentralizado'],
  ['Secretaría de Educación Pública', 'SEP', 'Dependencia de la Administración Pública Federal'],
  ['Instituto de Seguridad y Servicios Sociales de los Trabajadores del Estado', 'ISSSTE', 'Organismo Descentralizado'],
  ['Comisión Nacional del Agua', 'CONAGUA', 'Órgano Administrativo Desconcentrado'],
  ['Servicio de Administración Tributaria', 'SAT', 'Órgano Administrativo Desconcentrado'],
  ['Secretaría de Salud del Estado de Jalisco', 'SSJ', 'Dependencia del Poder Ejecutivo estatal'],
  ['Municipio de Querétaro', 'Querétaro', 'Ayuntamiento'],
  ['Instituto Nacional de las Personas Adultas Mayores', 'INAPAM', 'Organismo Público Descentralizado'],
  ['Universidad Autónoma Metropolitana', 'UAM', 'Organismo Descentralizado del Estado'],
];
const STATES = ['Ciudad de México', 'Jalisco', 'Nuevo León', 'Querétaro', 'Puebla', 'Yucatán', 'Oaxaca', 'Sonora'];
const ACTIVITIES = [
  'Registro y seguimiento de solicitudes ciudadanas', 'Consulta del Número de Seguridad Social', 'Solicitud de constancia de vigencia de derechos',
  'Agenda de citas médicas en línea', 'Programa de becas para estudiantes', 'Registro de proveedores', 'Trámite de pensión por viudez',
  'Atención de quejas por servicios médicos', 'Expedición de credenciales', 'Registro a eventos y capacitaciones', 'Encuestas de satisfacción',
  'Videovigilancia en instalaciones', 'Control de acceso a edificios', 'Bolsa de trabajo institucional', 'Aplicación móvil de servicios digitales',
];
const DATA = [
  ['Nombre completo', 'identification'], ['Clave Única de Registro de Población (CURP)', 'identification'], ['Registro Federal de Contribuyentes (RFC)', 'identification'],
  ['Domicilio particular', 'location'], ['Correo electrónico', 'contact'], ['Número de teléfono celular', 'contact'], ['Fecha de nacimiento', 'identification'],
  ['Número de Seguridad Social', 'identification'], ['Cuenta bancaria CLABE', 'financial'], ['Historial académico', 'academic'], ['Puesto y lugar de trabajo', 'employment'],
  ['Fotografía', 'image-voice'], ['Geolocalización del dispositivo', 'location'], ['Dirección IP e identificadores del dispositivo', 'online-identifiers'],
];
const SENSITIVE = [['Estado de salud y diagnóstico médico', 'health'], ['Huella dactilar', 'biometric'], ['Rasgos faciales', 'biometric'], ['Origen étnico o lengua indígena', 'ethnic-origin'], ['Expediente clínico', 'health']];
const SENTENCES = [
  'Los datos personales que se recaban serán protegidos en los formatos y bases de datos, así como en los sistemas informáticos y archivos físicos que administra el área responsable',
  'El tratamiento se realiza conforme a los principios de licitud, finalidad, lealtad, consentimiento, calidad, proporcionalidad, información y responsabilidad',
  'La información se conservará únicamente durante el tiempo necesario para cumplir con las finalidades descritas y con los plazos que establezcan las disposiciones archivísticas aplicables',
  'En ningún caso se utilizarán los datos para fines distintos de los señalados en este aviso sin informarle previamente',
  'Las personas servidoras públicas que intervienen en el tratamiento están obligadas a guardar la confidencialidad de la información',
  'Se aplican medidas de seguridad administrativas, físicas y técnicas para proteger los datos contra daño, pérdida, alteración, destrucción o uso no autorizado',
  'La información estadística que se genere no permitirá identificar a ninguna persona, pues solo se presentarán datos agregados',
  'Usted puede consultar este aviso en cualquier momento en el portal institucional o en las oficinas del responsable',
];

export function makeNotice(i) {
  const r = rng(i * 7919 + 17);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const para = (n) => Array.from({ length: n }, () => pick(SENTENCES)).join('. ') + '.';
  const [name, short, nature] = pick(CONTROLLERS);
  const n = structuredClone(BASE);
  n.id = `aviso-${String(i).padStart(4, '0')}`;
  n.title = `Aviso de Privacidad Integral de ${pick(ACTIVITIES)} (${short}, ${i})`;
  n.updated = `2025-${String(4 + Math.floor(r() * 8)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
  n.controller = { ...n.controller, name, shortName: short, legalNature: nature, website: 'https://www.ejemplo.gob.mx', address: { ...n.controller.address, state: pick(STATES), number: String(1 + Math.floor(r() * 900)) } };
  n.intro = para(4 + Math.floor(r() * 4));
  const count = 1 + Math.floor(r() * 6);
  n.activities = Array.from({ length: count }, (_, a) => {
    const data = Array.from({ length: 3 + Math.floor(r() * 6) }, (_, d) => {
      const [dn, cat] = pick(DATA);
      return { id: `d${d}`, name: dn, category: cat };
    });
    const sensitive = r() < 0.4;
    if (sensitive) {
      const [sn, cat] = pick(SENSITIVE);
      data.push({ id: 'sens', name: sn, category: cat, sensitive: true });
    }
    const purposes = Array.from({ length: 2 + Math.floor(r() * 4) }, (_, p) => ({ id: `p${p}`, type: 'primary', text: para(2 + Math.floor(r() * 3)), data: [`d0`] }));
    if (r() < 0.5) purposes.push({ id: 'sec', type: 'secondary', text: `Invitarle a responder encuestas de calidad. ${para(1)}`, data: ['d0'], refusal: ['negativa-encuestas'] });
    const act = { id: `act-${a}`, title: `${pick(ACTIVITIES)} ${a + 1}`, description: para(3 + Math.floor(r() * 5)), data, purposes };
    if (sensitive) act.sensitiveDataBasis = { consent: 'express-written', mechanism: para(2) };
    return act;
  });
  if (n.activities.some((a) => a.purposes.some((p) => p.type === 'secondary'))) {
    n.refusal = {
      mechanisms: [
        {
          id: 'negativa-encuestas',
          description: 'Antes de responder, puede negarse a recibir encuestas escribiendo al correo indicado o marcando la casilla del formulario.',
          channels: [{ kind: 'email', email: 'privacidad@ejemplo.gob.mx' }],
          beforeProcessing: true,
          viaArcoOpposition: false,
        },
      ],
    };
  }
  n.legalBasis = { ...n.legalBasis, text: `${n.legalBasis.text} ${para(3)}` };
  n.transfers = { ...n.transfers, statement: `${n.transfers.statement} ${para(2)}` };
  n.sections = Array.from({ length: 1 + Math.floor(r() * 3) }, (_, s) => ({ title: `Medidas de seguridad ${s + 1}`, body: para(6 + Math.floor(r() * 6)) }));
  n.publication = { integralUrl: `https://www.ejemplo.gob.mx/privacidad/${n.id}/` };
  // Each controller on its own (fictional but plausible) domain: no placeholder host survives.
  const domain = `${short.toLowerCase().replace(/[^a-z0-9]+/g, '')}.gob.mx`;
  return `# Aviso generado para pruebas de rendimiento (${i}).\n${stringify(n, { lineWidth: 100 }).replaceAll('ejemplo.gob.mx', domain)}`;
}

/** Writes `count` notices into `<dir>/notices/` plus a config; returns the notice paths. */
export function writeCorpus(dir, count) {
  mkdirSync(join(dir, 'notices'), { recursive: true });
  mkdirSync(join(dir, '.git'), { recursive: true });
  writeFileSync(join(dir, 'notice.config.yaml'), 'notices: [notices]\nout: dist/avisos\nbaseUrl: https://avisos.gob.mx/privacidad/\n');
  const files = [];
  for (let i = 0; i < count; i++) {
    const f = join(dir, 'notices', `aviso-${String(i).padStart(4, '0')}.yaml`);
    writeFileSync(f, makeNotice(i));
    files.push(f);
  }
  return files;
}
