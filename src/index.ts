/**
 * Tollgate as a library (the package's main entry): start the server in-process with a parsed
 * configuration, as the `tollgate` command does (main.ts). For tests, `tollgate/testing` (testing.ts)
 * wraps this with a free port, memory state and SDK-ready credentials.
 */
export { startApp, type AppOptions, type RunningApp } from './app.js';
export { loadConfig, USAGE, type Config } from './config/options.js';
export { ConfigError } from './config/errors.js';
export { VERSION } from './shared/version.js';
