import { Option } from 'commander';
import type { RegisterCommand } from '../registry.js';

export const registerExplain: RegisterCommand = (program, io, setExit) => {
  program
    .command('explain')
    .description('explica una regla o código: qué revisa, por qué, cómo corregirlo y el texto de la ley / explain a rule or code')
    .argument('<code>', 'regla o código, p. ej. refusal-mechanism-missing o SCHEMA-REQUIRED / rule or code')
    .addOption(new Option('--lang <lang>', 'idioma / language').choices(['es', 'en']).default('es'))
    .action(async (code: string, opts) => {
      const { runExplain } = await import('../commands/explain.js');
      setExit(runExplain(code, opts, io));
    });
};
