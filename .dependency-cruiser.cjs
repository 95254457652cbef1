/**
 * Tollgate's layering rules (README "Architecture"), checked by test/architecture/layering.test.ts.
 * A rule broken anywhere fails the test; an exception must be named in `allowed` below, with its reason.
 */
const SERVICES = '^src/(pipeline|auth|edge|lambda|services)/';
/** The types the console and the server share (the live-requests API's wire shapes). */
const CONSOLE_CONTRACT = '^src/shared/live-requests-contract\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'No import cycles: every module can be read, built and tested without its dependants.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'services-not-to-pipeline',
      comment: 'The management services (src/services/) reach the data plane only through its port (src/domain/data-plane-port.ts, built in src/app.ts).',
      severity: 'error',
      from: { path: '^src/services/' },
      to: { path: '^src/(pipeline|edge)/' },
    },
    {
      name: 'pipeline-not-to-services',
      comment: 'The data plane reads entities through src/domain/, never through management handlers.',
      severity: 'error',
      from: { path: '^src/pipeline/' },
      to: { path: '^src/(services|edge)/' },
    },
    {
      name: 'edge-data-side-not-to-services',
      comment:
        'The data-plane edge (invoke URLs, custom domains, TLS, the node adapter) reaches the pipeline, never management handlers; only the management listener (edge/management-server.ts) serves the services.',
      severity: 'error',
      from: { path: '^src/edge/', pathNot: '^src/edge/management-server\\.ts$' },
      to: { path: '^src/services/' },
    },
    {
      name: 'auth-not-to-planes',
      comment: 'Authentication and authorization (SigV4, policies, authorizers) serve both planes and import neither.',
      severity: 'error',
      from: { path: '^src/auth/' },
      to: { path: '^src/(services|pipeline|edge)/' },
    },
    {
      name: 'protocol-not-to-services',
      comment: 'The protocol engine (src/protocol/) serves any service: it imports no service and not the store.',
      severity: 'error',
      from: { path: '^src/protocol/' },
      to: { path: [SERVICES, '^src/(store|domain|throttle)/'] },
    },
    {
      name: 'domain-is-a-leaf',
      comment: 'The domain layer (entity types, kinds, shared rules) imports only itself and src/shared/.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: '^src/', pathNot: '^src/(domain|shared)/' },
    },
    {
      name: 'shared-is-a-leaf',
      comment: 'Shared utilities import nothing of Tollgate but themselves.',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: { path: '^src/', pathNot: '^src/shared/' },
    },
    {
      name: 'runtime-imports-shared-only',
      comment:
        "Function execution (src/runtime/: the Runtime API, environments, runtime clients) imports only shared utilities and the Lambda service's error type (src/lambda/invoker.ts); nothing of the services, the pipeline or the edge.",
      severity: 'error',
      from: { path: '^src/runtime/' },
      to: { path: '^src/', pathNot: ['^src/(runtime|shared)/', '^src/lambda/invoker\\.ts$'] },
    },
    {
      name: 'config-imports-shared-only',
      comment: 'Configuration parsing (src/config/) imports only shared utilities and domain types.',
      severity: 'error',
      from: { path: '^src/config/' },
      to: { path: '^src/', pathNot: '^src/(config|shared|domain)/' },
    },
    {
      name: 'stack-sources-are-pure',
      comment:
        'The project loaders and the SAM transform (src/stacks/sources/, src/stacks/sam/) read files and rewrite templates: they import only each other, the template contract (src/stacks/template.ts) and shared utilities, never a service, the store or the stack engine.',
      severity: 'error',
      from: { path: '^src/stacks/(sources|sam)/' },
      to: { path: '^src/', pathNot: ['^src/stacks/(sources|sam)/', '^src/stacks/template\\.ts$', '^src/shared/'] },
    },
    {
      name: 'stacks-not-to-planes-internals',
      comment:
        'The stack engine (src/stacks/) provisions through the services (ServedService.call: their own validation and errors), never through the data plane or the listeners.',
      severity: 'error',
      from: { path: '^src/stacks/' },
      to: { path: '^src/(pipeline|edge)/' },
    },
    {
      name: 'nothing-below-the-root-to-stacks',
      comment:
        'Only the composition root (src/app.ts) and the command line (src/main.ts, src/cli/) reach the stack engine: a service never knows a stack provisions it.',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/stacks/', '^src/app\\.ts$', '^src/main\\.ts$', '^src/cli/'] },
      to: { path: '^src/stacks/' },
    },
    {
      name: 'console-is-browser-code',
      comment:
        'The web console (src/console/) runs in the browser, bundled by esbuild: it imports only itself (and npm packages), never server code; its data comes through the management API over HTTP. The one exception is the wire contract it shares with the server (next rule).',
      severity: 'error',
      from: { path: '^src/console/' },
      to: { path: '^src/', pathNot: ['^src/console/', CONSOLE_CONTRACT] },
    },
    {
      name: 'console-reads-only-the-contract',
      comment:
        "The console imports the live-requests API's types (src/shared/live-requests-contract.ts, which the server writes) with `import type` only: esbuild erases such an import, so one definition serves both sides and no server code reaches the bundle.",
      severity: 'error',
      from: { path: '^src/console/' },
      to: { path: CONSOLE_CONTRACT, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'nothing-imports-the-console',
      comment: 'The server serves the built console as files (src/edge/console.ts reads them); no server module imports its browser code.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/console/' },
      to: { path: '^src/console/' },
    },
    {
      name: 'metrics-observe-only',
      comment:
        "The metrics (src/metrics/) count what they are shown: they import the pipeline's answer types, Lambda's invoker and the runtime's runner contracts, domain and shared; never the services, the edge, the store or the counters.",
      severity: 'error',
      from: { path: '^src/metrics/' },
      to: { path: '^src/(services|edge|store|throttle|auth|protocol|config)/' },
    },
    {
      name: 'metrics-wired-by-the-root',
      comment:
        "Only the composition root (src/app.ts) builds the metrics and hands them in: the data plane records through its deps, the Lambda invokers are wrapped, /metrics is a route given to the edge. With --workers, the cluster's primary (src/cluster/primary.ts) sums its workers' registries (metrics/cluster.ts): it serves nothing else.",
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(app\\.ts$|cluster/primary\\.ts$|metrics/)' },
      to: { path: '^src/metrics/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^src/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.js'],
    },
  },
};
