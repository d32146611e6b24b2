// Architecture rules, checked in CI by test/architecture.test.ts and by `npm run lint:deps`.
// Folders follow the data flow: a folder may import only folders of its own layer or below.
const LAYERS = [
  ['diagnostics', 'util', 'types', 'errors.ts', 'version.ts'],
  ['model', 'source'],
  ['schema'],
  ['rules'],
  ['emit'],
  ['pipeline'],
  ['bundle', 'report', 'baseline'],
  ['config', 'io'],
  ['api', 'serve'],
  ['cli', 'index.ts'],
];
const path = (names) => `^src/(${names.map((n) => n.replace('.', '\\.')).join('|')})($|/)`;
const layerRules = LAYERS.slice(0, -1).map((layer, i) => ({
  name: `layer-${i}-${layer[0]}`,
  comment: `${layer.join(', ')} may not import a later stage (${LAYERS.slice(i + 1).flat().join(', ')})`,
  severity: 'error',
  from: { path: path(layer) },
  to: { path: path(LAYERS.slice(i + 1).flat()) },
}));

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'Import cycles are bugs: one folder or a missing third.', from: {}, to: { circular: true } },
    { name: 'cli-on-top', severity: 'error', comment: 'Nothing below the CLI imports the CLI.', from: { path: '^src/(?!cli/)' }, to: { path: '^src/cli/' } },
    { name: 'diagnostics-imports-nothing', severity: 'error', comment: 'diagnostics/ is the shared vocabulary.', from: { path: '^src/diagnostics/' }, to: { path: '^src/(?!diagnostics/)' } },
    { name: 'no-orphans', severity: 'error', comment: 'A module nothing imports is dead code.', from: { orphan: true, pathNot: ['\\.d\\.ts$', '^src/index\\.ts$', '^src/pipeline/worker\\.ts$'] }, to: {} },
    ...layerRules,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^src/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js'] },
  },
};
