/**
 * The layers, checked in `npm test` (test/unit/build/layers.test.ts) and by `npm run layers`:
 *   domain (pure TypeScript) ← contract ← services (Node) ← shell (Electron) / host (local HTTP) / cli
 *   renderer → contract and domain only.
 * docs/ARCHITECTURE.md says what each layer holds and why the rules are what they are.
 */
const NODE_BUILTINS =
  '^(node:|(assert|buffer|child_process|crypto|events|fs|http|https|net|os|path|stream|url|util|worker_threads|zlib)(/|$))';

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'A cycle (type-only imports included) ties modules that should be read and tested alone.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      comment:
        'Domain code runs in main, the local host, the CLI and the page alike: no Node built-ins, Electron, three.js, React or DOM, and nothing from an outer layer.',
      severity: 'error',
      from: { path: '^electron/domain/' },
      to: {
        path: [
          NODE_BUILTINS,
          '^electron/(contract|services|shell|host|cli|preload)/',
          '^renderer/',
          '^test/',
          '(^|/)node_modules/(electron|three|react|react-dom|@react-three|zustand|i18next|react-i18next|fast-check|electron-log|playwright-core)/',
        ],
      },
    },
    {
      name: 'contract-speaks-domain-only',
      comment:
        'The contract is what both sides of the bridge import: zod schemas over domain types, nothing from main.',
      severity: 'error',
      from: { path: '^electron/contract/' },
      to: { path: ['^electron/(services|shell|host|cli|preload)/', '^renderer/', NODE_BUILTINS] },
    },
    {
      name: 'services-know-no-transport',
      comment:
        'App services are shared by the Electron shell, the local host and the CLI: they import none of them and never Electron.',
      severity: 'error',
      from: { path: '^electron/services/' },
      to: { path: ['^electron/(shell|host|cli|preload)/', '^renderer/', '(^|/)node_modules/electron/'] },
    },
    {
      name: 'transports-stay-apart',
      comment:
        'Electron shell, local host and CLI are separate ways into the same services; none imports another.',
      severity: 'error',
      from: { path: '^electron/(shell|host|cli)/' },
      to: { path: '^electron/(shell|host|cli)/', pathNot: '^electron/$1/' },
    },
    {
      name: 'only-the-shell-uses-electron',
      comment: 'Electron exists only in the packaged app: the host, CLI and services run in plain Node.',
      severity: 'error',
      from: { path: '^electron/', pathNot: '^electron/(shell|preload)/' },
      to: { path: '(^|/)node_modules/electron/' },
    },
    {
      name: 'renderer-talks-to-the-contract',
      comment:
        'The page reaches main only through the contract (window.configurator / HTTP), and shares only pure domain code.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: ['^electron/(services|shell|host|cli|preload)/', NODE_BUILTINS, '^test/'] },
    },
    {
      name: 'preload-is-the-bridge',
      comment:
        'The sandboxed preload can only require electron; it may share the contract types, nothing else.',
      severity: 'error',
      from: { path: '^electron/preload/' },
      to: { path: ['^electron/(domain|services|shell|host|cli)/', '^renderer/', NODE_BUILTINS] },
    },
    {
      name: 'production-never-imports-tests',
      comment: 'Test helpers (fast-check arbitraries, fixtures) stay out of what ships.',
      severity: 'error',
      from: { path: '^(electron|renderer)/' },
      to: { path: ['^test/', '(^|/)node_modules/(fast-check|vitest|@playwright)/'] },
    },
    {
      name: 'no-climbing-across-layers',
      comment:
        'Across layers import by alias (@domain/…, @services/…), not by climbing ../../ (tsconfig.json paths).',
      severity: 'error',
      from: { path: '^(electron/[a-z]+|renderer)/' },
      to: { dependencyTypes: ['local'], dependencyTypesNot: ['aliased'], pathNot: '^$1/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(out|dist|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
