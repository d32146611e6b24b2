import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { discoverConfig } from '../config/discover.js';
import type { Lang } from '../diagnostics/diagnostic.js';

/** Picks the Spanish or the English text: every user-facing string of the CLI goes through one. */
export type Tr = (es: string, en: string) => string;

export function translator(lang: Lang): Tr {
  return (es, en) => (lang === 'en' ? en : es);
}

function asLang(value: string | undefined): Lang | undefined {
  if (!value) return undefined;
  const m = /^(es|en)(?:[_.@-]|$)/i.exec(value.trim());
  return m ? (m[1]!.toLowerCase() as Lang) : undefined;
}

/** `--lang en` or `--lang=en` anywhere on the command line (the last one wins, as commander does). */
export function argvLang(argv: readonly string[]): Lang | undefined {
  let found: Lang | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    if (a === '--lang') found = asLang(argv[i + 1]) ?? found;
    else if (a.startsWith('--lang=')) found = asLang(a.slice(7)) ?? found;
  }
  return found;
}

/**
 * The locale the environment asks for, POSIX order: LC_ALL, then LC_MESSAGES, then LANG. Only a
 * Spanish or English locale decides; `C`, `POSIX` or `C.UTF-8` (the default of most CI runners)
 * say nothing about the language, so the config or Spanish decides.
 */
export function envLang(env: NodeJS.ProcessEnv): Lang | undefined {
  const value = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return asLang(value);
}

/**
 * A command's flags with the run's language filled in from the environment when --lang is not
 * given: --lang, else LC_ALL/LC_MESSAGES/LANG, else (left to the config loader) the config's.
 */
export function withEnvLang<T extends { lang?: Lang }>(flags: T, env: NodeJS.ProcessEnv): T {
  const fromEnv = flags.lang === undefined ? envLang(env) : undefined;
  return fromEnv ? { ...flags, lang: fromEnv } : flags;
}

function argvConfig(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    if (a === '-c' || a === '--config') found = argv[i + 1];
    else if (a.startsWith('--config=')) found = a.slice(9);
  }
  return found;
}

/**
 * The `lang:` of the workspace config (the -c file, else the discovered one), read without
 * validating: a broken config is reported later, in the language chosen here.
 */
export function configLang(argv: readonly string[], cwd: string): Lang | undefined {
  try {
    const explicit = argvConfig(argv);
    const file = explicit ? resolve(cwd, explicit) : discoverConfig(cwd);
    if (!file) return undefined;
    const m = /^lang:[ \t]*["']?(es|en)["']?[ \t]*(?:#.*)?$/m.exec(readFileSync(file, 'utf8'));
    return m ? (m[1] as Lang) : undefined;
  } catch {
    return undefined;
  }
}

/** One language per run: --lang, then LC_ALL/LC_MESSAGES/LANG, then the config's `lang`, then Spanish. */
export function runLang(argv: readonly string[], env: NodeJS.ProcessEnv, cwd: string): Lang {
  return argvLang(argv) ?? envLang(env) ?? configLang(argv, cwd) ?? 'es';
}
