import { Option } from 'commander';
import type { RegisterCommand } from '../registry.js';
import { registerExplain } from './explain.js';

export const registerRules: RegisterCommand = (program, io, setExit) => {
  program
    .command('rules')
    .description('lista las reglas con su cita legal, confianza y severidad / list the rules with citation, confidence and severity')
    .addOption(new Option('--ruleset <id>', 'conjunto de reglas / ruleset').choices(['lgpdppso-2025', 'lgpdppso-2017']).default('lgpdppso-2025'))
    .addOption(new Option('-f, --format <name>', 'formato / format').choices(['stylish', 'json']).default('stylish'))
    .addOption(new Option('--lang <lang>', 'idioma / language').choices(['es', 'en']).default('es'))
    .action(async (opts) => {
      const { runRules } = await import('../commands/rules.js');
      setExit(runRules(opts, io));
    });
};

/** `notice rules` and `notice explain`, registered together (one entry in defs/index.ts). */
export const registerRuleCommands: RegisterCommand = (program, io, setExit) => {
  registerRules(program, io, setExit);
  registerExplain(program, io, setExit);
};
