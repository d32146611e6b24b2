import { Option } from 'commander';
import type { RegisterCommand } from '../registry.js';
import { registerExplain } from './explain.js';

export const registerRules: RegisterCommand = (program, { io, setExit, t, lang }) => {
  program
    .command('rules')
    .description(t('lista las reglas con su cita legal, confianza y severidad', 'list the rules with their citation, confidence and severity'))
    .addOption(new Option('--ruleset <id>', t('conjunto de reglas', 'ruleset')).choices(['lgpdppso-2025', 'lgpdppso-2017']).default('lgpdppso-2025'))
    .addOption(new Option('-f, --format <name>', t('formato', 'format')).choices(['stylish', 'json']).default('stylish'))
    .addOption(new Option('--lang <lang>', t('idioma', 'language')).choices(['es', 'en']).default(lang))
    .action(async (opts) => {
      const { runRules } = await import('../commands/rules.js');
      setExit(runRules(opts, io));
    });
};

/** `notice rules` and `notice explain`, registered together (one entry in defs/index.ts). */
export const registerRuleCommands: RegisterCommand = (program, ctx) => {
  registerRules(program, ctx);
  registerExplain(program, ctx);
};
