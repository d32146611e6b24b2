export const EXIT = { ok: 0, findings: 1, failure: 2 } as const;

export const EXIT_HELP = `
Códigos de salida / exit codes:
  0  sin hallazgos al nivel de --fail-on o superior / nothing at or above --fail-on
  1  hallazgos al nivel del umbral (incluye errores de YAML y de esquema) / findings at the threshold
  2  uso incorrecto, configuración inválida, error de E/S o error interno / usage, config, I/O or internal failure
`;
