/**
 * The documented limits of a notice file (docs/limits.md). Each is far above any real notice (the
 * largest of the IMSS notices is 25 KB, 555 values, 8 levels deep, 18 items in its longest list
 * and 1,061 characters in its longest text) and low enough that a hostile or broken file is
 * rejected in well under a second with a positioned error, before the schema, the rules or the
 * emitters see it.
 */
export const LIMITS = {
  /** Size of the file, in bytes of UTF-8. */
  fileBytes: 512 * 1024,
  /** Nesting of mappings and lists (the top-level mapping is level 1). */
  depth: 32,
  /** Alias nodes (`*anchor`) in a file, and values an alias may expand to (yaml's maxAliasCount). */
  aliases: 100,
  /** Items in one list, or keys in one mapping. */
  collectionItems: 1_000,
  /** Characters in one text value or key. */
  stringChars: 20_000,
  /** Values (scalars, lists and mappings) in the whole file. */
  nodes: 20_000,
} as const;

/**
 * The cheap pre-scan's ceiling: the YAML parser slows down quadratically with nesting, so text
 * that is certainly nested deeper than this is refused before it is parsed. The exact check of
 * `depth` runs on the parsed document.
 */
export const PRESCAN_DEPTH = 2 * LIMITS.depth;

/** The same for the number of values: parsing time grows steeply with it (measured in test/reliability). */
export const PRESCAN_NODES = 2 * LIMITS.nodes;
