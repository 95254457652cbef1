/**
 * `tollgate serve --stack PATH`: the project deployed at start, then redeployed whenever its template or
 * any code or document it names changes (the loop `sam local start-api` users expect). A code-only change
 * is a per-resource diff like any other: only the function's code is updated (a directory of code is
 * served as it is, so an edit there changes nothing to deploy). Deploys run one at a time; changes that
 * arrive during one are deployed once it ends.
 */
import { existsSync, statSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { Logger } from '../../shared/log.js';
import type { StackEngine } from '../engine/stack-engine.js';
import { StackError } from '../errors.js';
import { deployProject, succeeded, summary, type ProjectDeploy } from './deploy-project.js';

export interface ProjectWatch {
  close(): void;
}

/**
 * How long changes are gathered before a redeploy: an editor's save or a build writes several files at once. Every
 * code change waits this long before it is served (bench:stacks), so it is short: a build that writes for longer
 * causes a second redeploy after the first (changes during a deploy are deployed after it), never a lost change.
 */
const SETTLE_MS = 50;

export async function watchProject(engine: StackEngine, req: ProjectDeploy, base: string, log: Logger, print: (text: string) => void): Promise<ProjectWatch> {
  let watched = '';
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  const files = fileWatch(
    () => schedule(),
    (err, dir) => log.warn({ err, dir }, 'stack watch: a watched directory failed'),
  );
  const rewatch = (list: string[]): void => {
    files.set(list);
    watched = list.join('\n');
  };

  const deployOnce = async (): Promise<void> => {
    try {
      const { stack, sourceFiles } = await deployProject(engine, req);
      print(summary(stack, base));
      log.info({ stack: stack.name, status: stack.status, reason: stack.reason }, succeeded(stack) ? 'stack deployed' : 'stack deploy failed');
      rewatch([req.path, ...sourceFiles]);
    } catch (e) {
      if (!(e instanceof StackError)) throw e;
      print(`stack deploy refused: ${e.message}\n`);
      log.warn({ code: e.code, message: e.message }, 'stack deploy refused');
      rewatch([req.path, ...watched.split('\n').filter(Boolean)]);
    }
  };

  const schedule = (): void => {
    if (closed) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(deployOnce).catch((err: unknown) => log.error({ err }, 'stack redeploy failed'));
    }, SETTLE_MS);
  };

  await deployOnce();
  return {
    close() {
      closed = true;
      clearTimeout(timer);
      files.close();
    },
  };
}

/**
 * Watches files and directories (a directory recursively), calling `changed` on any change; `set` replaces what is
 * watched (unchanged lists keep their watchers). Shared by `serve --stack` and `tollgate deploy --watch`.
 */
export function fileWatch(changed: () => void, failed: (err: Error, dir: string) => void): { set(files: string[]): void; close(): void } {
  let watchers: FSWatcher[] = [];
  let watched = '';
  const close = (): void => {
    for (const w of watchers) w.close();
    watchers = [];
  };
  return {
    close,
    set(files) {
      const key = [...files].sort().join('\n');
      if (key === watched) return;
      watched = key;
      close();
      const dirs = new Map<string, Set<string> | 'all'>();
      for (const f of files) {
        if (!existsSync(f)) continue;
        if (statSync(f).isDirectory()) dirs.set(f, 'all');
        else {
          // A file's directory is watched, not the file: editors replace a file by renaming a new one over it.
          const d = dirname(f);
          const names = dirs.get(d);
          if (names !== 'all') dirs.set(d, new Set([...(names ?? []), basename(f)]));
        }
      }
      for (const [dir, names] of dirs) {
        const w = watch(dir, { recursive: names === 'all' }, (_event, name) => {
          if (names === 'all' || (name !== null && names.has(basename(String(name))))) changed();
        });
        w.on('error', (err) => failed(err, dir));
        watchers.push(w);
      }
    },
  };
}
