import type { RegisterCommand } from '../registry.js';
import { registerCheck } from './check.js';
import { registerSchema } from './schema.js';
import { registerRuleCommands } from './rules.js';
import { registerBuild } from './build.js';
import { registerInit } from './init.js';
import { registerNew } from './new.js';
import { registerServe } from './serve.js';

/** Every command, in the order `notice --help` lists them. Add one line per command. */
export const COMMANDS: RegisterCommand[] = [registerCheck, registerSchema, registerRuleCommands, registerBuild, registerInit, registerNew, registerServe];
