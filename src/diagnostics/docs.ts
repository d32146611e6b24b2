/** Base of the rule documentation pages; every docs link is derived from the code, never typed. */
export const DOCS_BASE = 'https://github.com/notice-avisos/notice/blob/main/docs/rules/';

export function docsUrlFor(code: string): string {
  return `${DOCS_BASE}${code.toLowerCase()}.md`;
}
