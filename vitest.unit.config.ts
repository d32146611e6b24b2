import { defineConfig } from 'vitest/config';

/**
 * The fast loop (`npm run test:unit`): tests that need no browser, no PDF tools, no subprocess and
 * no compiled dist/ — rule tables, schema, section model, reporters, the runner in process. The
 * full suite (`npm test`) stays the gate. A test that spawns the CLI, a browser or a checker
 * belongs in one of the excluded places below (or in a file named *.e2e.test.ts).
 */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: [
      '**/node_modules/**',
      'test/**/*.e2e.test.ts',
      'test/build/**',
      'test/cli/**',
      'test/ci/{baseline,changed,github,junit,outputs,sarif}.test.ts',
      'test/html/{browser,vnu,generated-sentences}.test.ts',
      'test/pdf/{long-content,notices,reproducible,spanish,emit,pdfua,pagination,text-layer}.test.ts',
      'test/pipeline/**',
      'test/reliability/**',
      'test/rules/cli.test.ts',
      'test/schema/cli-done-when.test.ts',
      'test/architecture.test.ts',
      'test/package.test.ts',
    ],
    testTimeout: 30_000,
    // The full suite compares the fast YAML reader with yaml on 20,000 mutants; the loop on fewer.
    env: { NOTICE_BLOCK_YAML_MUTANTS: '1500' },
    // Pure code: one module graph shared by every file (isolation would re-import src/ per file).
    pool: 'threads',
    isolate: false,
  },
});
