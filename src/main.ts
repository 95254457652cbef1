#!/usr/bin/env node
/** The `tollgate` command: `tollgate serve [options]`, `tollgate --version`. Stops gracefully on SIGTERM and SIGINT. */
import { ConfigError, loadConfig, USAGE } from './config/options.js';
import { startApp } from './app.js';
import { SchemaTooNew, StoreUnavailable } from './store/store.js';
import { watchProject, type ProjectWatch } from './stacks/project/watch.js';
import { VERSION } from './shared/version.js';
import { CLI_USAGE, deployArgs, stacksArgs } from './cli/args.js';
import { CliError } from './cli/client.js';
import { deployCommand } from './cli/deploy.js';
import { stacksCommand } from './cli/stacks.js';
import { createLogger } from './shared/log.js';
import { Primary } from './cluster/primary.js';
import { isClusterWorker, joinCluster, type ClusterPorts } from './cluster/worker.js';
import { OpenApiFileError } from './stacks/openapi-files.js';

async function main(argv: string[]): Promise<void> {
  const [command = 'serve', ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE}\n${CLI_USAGE}`);
    return;
  }
  if (command === '--version' || command === '-v' || command === 'version') {
    process.stdout.write(`${VERSION}\n`);
    return;
  }
  // `tollgate deploy` / `tollgate stacks`: clients of a running Tollgate's CloudFormation API (src/cli/).
  if (command === 'deploy' || command === 'stacks') {
    const out = (text: string): void => void process.stdout.write(text);
    process.exitCode = command === 'deploy' ? await deployCommand(deployArgs(rest), out) : await stacksCommand(stacksArgs(rest), out);
    return;
  }
  if (command !== 'serve') throw new ConfigError(`unknown command '${command}'`);
  const config = loadConfig(rest);
  if (config.help) {
    process.stdout.write(USAGE);
    return;
  }
  // --workers N: this process forks and watches N workers (src/cluster/primary.ts) and serves nothing itself.
  if (config.workers > 1 && !isClusterWorker()) {
    const code = await new Primary(config, createLogger(config.logLevel, config.logFormat).child({ role: 'primary' })).run();
    process.exit(code);
  }
  const cluster = config.workers > 1 ? joinCluster() : undefined;
  await serve(config, cluster);
}

/** One serving process: the whole of Tollgate, or one worker of several. */
async function serve(config: ReturnType<typeof loadConfig>, cluster: ClusterPorts | undefined): Promise<void> {
  // Signals are taken from the start: a stop asked for while listeners are still coming up waits
  // for them, then closes them, rather than killing the process half-started.
  let stopping: string | undefined;
  let app: Awaited<ReturnType<typeof startApp>> | undefined;
  let endDrain: (() => void) | undefined;
  let project: ProjectWatch | undefined;
  const stop = (signal: string): void => {
    if (stopping) {
      endDrain?.(); // a second signal while draining: close now
      return;
    }
    stopping = signal;
    if (!app) return;
    // SIGTERM (an orchestrator): not ready from now on (/_tollgate/ready answers 503), still serving for
    // --drain-seconds, then closing. SIGINT (a person at a terminal) closes at once.
    const drainMs = signal === 'SIGTERM' ? config.drainSeconds * 1000 : 0;
    app.log.info({ signal, drainSeconds: drainMs / 1000 }, 'stopping');
    project?.close();
    app.drain();
    const drained = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, drainMs);
      endDrain = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    drained
      .then(() => {
        const force = setTimeout(() => process.exit(1), 10_000);
        force.unref();
        return app!.close();
      })
      .then(
        () => process.exit(0),
        (e: unknown) => {
          app!.log.error({ err: e }, 'stop failed');
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  // SIGHUP: log files reopened by path after a rotation (the access logs; the JSON log is stdout, the
  // process manager's to rotate). Without a handler Node would exit on it.
  process.on('SIGHUP', () => {
    void app?.reopenLogs().then(() => app?.log.info('log files reopened'));
  });
  // A worker whose primary is gone (killed) stops: nothing would replace it or share its counters.
  cluster?.onPrimaryGone(() => stop('SIGINT'));
  const log = createLogger(config.logLevel, config.logFormat);
  app = await startApp(config, cluster ? log.child({ worker: cluster.slot, pid: process.pid }) : log, { cluster });
  cluster?.listening(app.url);
  // --stack PATH: the project deployed now and on every change (src/stacks/project/watch.ts); by one worker only, the first slot's.
  if (config.stack && !stopping && (!cluster || cluster.slot === 1)) {
    const out = (text: string): void => void process.stdout.write(text);
    project = await watchProject(app.stacks, { ...config.stack, region: config.region }, app.url, app.log, out);
  }
  if (stopping) {
    const signal = stopping;
    stopping = undefined;
    stop(signal);
  }
}

main(process.argv.slice(2)).catch((e: unknown) => {
  if (e instanceof CliError) {
    process.stderr.write(`tollgate: ${e.message}\n${e.exitCode === 2 ? `\n${CLI_USAGE}` : ''}`);
    process.exit(e.exitCode);
  }
  // An error answered by the server (a ServiceException of the SDK): its code and text, as the AWS CLI prints them.
  const answered = e as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  if (answered.$metadata?.httpStatusCode !== undefined) {
    process.stderr.write(`tollgate: ${answered.name}: ${answered.message}\n`);
    process.exit(1);
  }
  if (e instanceof ConfigError) {
    process.stderr.write(`tollgate: ${e.message}\n\n${USAGE}`);
    process.exit(2);
  }
  // A database that cannot be reached, or that a newer Tollgate wrote, is the operator's to fix: its message, not a stack.
  // So is an --openapi file that cannot be imported (its name and the service's refusal), before any listener opened.
  if (e instanceof StoreUnavailable || e instanceof SchemaTooNew || e instanceof OpenApiFileError) {
    process.stderr.write(`tollgate: ${e.message}\n`);
    process.exit(1);
  }
  // A port another process holds (or one not allowed) is one line that names it, not a stack.
  const listenError = e as NodeJS.ErrnoException & { address?: string; port?: number };
  if (listenError.syscall === 'listen' && (listenError.code === 'EADDRINUSE' || listenError.code === 'EACCES' || listenError.code === 'EADDRNOTAVAIL')) {
    const what =
      listenError.code === 'EADDRINUSE' ? 'is already in use' : listenError.code === 'EACCES' ? 'is not allowed' : 'is not an address of this machine';
    process.stderr.write(
      `tollgate: cannot listen on ${listenError.address}:${listenError.port}: it ${what} (choose another with --port / --admin-port / --tls-port)\n`,
    );
    process.exit(1);
  }
  process.stderr.write(`tollgate: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
