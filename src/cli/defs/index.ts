import type { RegisterCommand } from '../registry.js';
import { registerCheck } from './check.js';
import { registerSchema } from './schema.js';
import { registerRuleCommands } from './rules.js';

/** Every command, in the order `notice --help` lists them. Add one line per command. */
export const COMMANDS: RegisterCommand[] = [registerCheck, registerSchema, registerRuleCommands];
