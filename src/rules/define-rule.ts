import type { RuleDefinition } from './types.js';

/** Identity helper that types a rule's message ids, so `report({ messageId })` cannot misspell one. */
export function defineRule<M extends string>(rule: RuleDefinition<M>): RuleDefinition<M> {
  return rule;
}
