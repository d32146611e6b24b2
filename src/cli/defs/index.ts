import type { RegisterCommand } from '../registry.js';
import { registerBuild } from './build.js';
import { registerCheck } from './check.js';
import { registerInit } from './init.js';
import { registerNew } from './new.js';
import { registerRuleCommands } from './rules.js';
import { registerSchema } from './schema.js';
import { registerServe } from './serve.js';

/** Every command, in the order `notice --help` lists them. Add one line per command. */
export const COMMANDS: RegisterCommand[] = [
  registerCheck,
  registerBuild,
  registerInit,
  registerNew,
  registerServe,
  registerRuleCommands,
  registerSchema,
];
