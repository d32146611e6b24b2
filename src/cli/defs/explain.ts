import { Option } from 'commander';
import type { RegisterCommand } from '../registry.js';

export const registerExplain: RegisterCommand = (program, { io, setExit, t, lang }) => {
  program
    .command('explain')
    .description(t('explica una regla o código: qué revisa, por qué, cómo corregirlo y el texto de la ley', 'explain a rule or code: what it checks, why, how to fix it and the text of the law'))
    .argument('<code>', t('regla o código, p. ej. refusal-mechanism-missing o SCHEMA-REQUIRED', 'rule or code, e.g. refusal-mechanism-missing or SCHEMA-REQUIRED'))
    .addOption(new Option('--lang <lang>', t('idioma', 'language')).choices(['es', 'en']).default(lang))
    .action(async (code: string, opts) => {
      const { runExplain } = await import('../commands/explain.js');
      setExit(runExplain(code, opts, io));
    });
};
