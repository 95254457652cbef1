/**
 * `--functions DIR` as a shortcut: each function the folder declares (src/lambda/local.ts discoverFunctions)
 * becomes a function of Lambda's management API — listed by ListFunctions, read by GetFunction, invoked by
 * Invoke and by API Gateway through the one path every function takes (stored-functions.ts) — as if it had
 * been created with `aws lambda create-function --code S3Bucket=hot-reload,S3Key=DIR` (code-input.ts): the
 * running node's `nodejs{N}.x` runtime, the folder's handler, timeout, memory size and environment.
 *
 * The folder stays the truth: at start, and when an invocation names a function the store does not have yet
 * (a file added later, found on its first invocation as before), the folder is read again and its functions
 * written; a setting changed in `tollgate.functions.json` is applied, and a function whose file is gone is
 * deleted. A function of the same name created through the API is left alone (logged). Functions the shortcut
 * wrote carry `functionsDir`, which exempts them from the resource-policy check (README "Lambda": the quick
 * start is no deployment).
 */
import type { LambdaFunction } from '../../domain/lambda/function.js';
import { discoverFunctions, NODE_RUNTIME, type LocalFunction } from '../../lambda/local.js';
import type { Logger } from '../../shared/log.js';
import { lambdaFunctions } from '../../store/collections/index.js';
import type { Store } from '../../store/store.js';
import { HOT_RELOAD_SHA } from './code-input.js';
import { newConfig } from './function-config.js';
import type { ManagementContext } from '../served-service.js';

export interface FunctionsDirOptions {
  dir: string;
  store: Store;
  region: string;
  accountId: string;
  log: Logger;
  /** Called with a function's name when its settings changed or it was deleted, so its environments go. */
  retire?: (name: string) => Promise<void>;
}

/** The role the shortcut's functions name: the account's, as a template without one would have to. */
const roleOf = (accountId: string): string => `arn:aws:iam::${accountId}:role/tollgate-functions`;

/** What the shortcut writes of a folder's function, compared to find a change. */
function settingsOf(fn: LocalFunction): string {
  return JSON.stringify([fn.handler, fn.timeoutSeconds, fn.memorySize, fn.environment]);
}

export class FunctionsDir {
  #functions: Map<string, LocalFunction>;
  #lastScan = 0;
  #syncing: Promise<void> | undefined;

  constructor(private readonly o: FunctionsDirOptions) {
    this.#functions = discoverFunctions(o.dir); // a bad folder or settings file stops the start (ConfigError)
  }

  get dir(): string {
    return this.o.dir;
  }

  get region(): string {
    return this.o.region;
  }

  get names(): string[] {
    return [...this.#functions.keys()];
  }

  /** The environments a function of the folder may run at once (its `concurrency`, default 4). */
  concurrency(name: string): number | undefined {
    return this.#functions.get(name)?.concurrency;
  }

  /** Whether the folder has the function; a name not seen yet rereads the folder (at most once a second). */
  has(name: string): boolean {
    if (this.#functions.has(name)) return true;
    this.#rescan();
    return this.#functions.has(name);
  }

  #rescan(): boolean {
    if (Date.now() - this.#lastScan < 1000) return false;
    this.#lastScan = Date.now();
    try {
      this.#functions = discoverFunctions(this.o.dir);
      return true;
    } catch (e) {
      this.o.log.warn({ err: e }, 'rescanning functions failed');
      return false;
    }
  }

  /**
   * A function the store lacks: when the folder (read again) has it, the folder is written to the store.
   * True when the function is now there.
   */
  async refresh(name: string): Promise<boolean> {
    if (!this.#functions.has(name) && !this.#rescan()) return false;
    if (!this.#functions.has(name)) return false;
    await this.sync();
    return true;
  }

  /** Writes the folder's functions to the store (one at a time, so that concurrent calls do not race). */
  sync(): Promise<void> {
    const run = (this.#syncing ?? Promise.resolve()).then(() => this.#sync());
    this.#syncing = run.catch(() => undefined);
    return run;
  }

  async #sync(): Promise<void> {
    const { store, region } = this.o;
    const ctx: ManagementContext = { requestId: 'functions-dir', region, accountId: this.o.accountId, store, log: this.o.log };
    const changed: string[] = [];
    await store.write(async (tx) => {
      const functions = lambdaFunctions.in(tx, region);
      for (const fn of this.#functions.values()) {
        const existing = await functions.get(fn.name);
        if (existing && existing.functionsDir !== this.o.dir) {
          this.o.log.warn({ function: fn.name, dir: this.o.dir }, 'a function of this name exists already: the --functions file is not used');
          continue;
        }
        if (existing?.functionsSettings === settingsOf(fn)) continue;
        const config = newConfig(
          ctx,
          fn.name,
          {
            FunctionName: fn.name,
            Role: roleOf(this.o.accountId),
            Runtime: NODE_RUNTIME as never,
            Handler: fn.handler,
            Timeout: fn.timeoutSeconds,
            MemorySize: fn.memorySize,
            Environment: { Variables: fn.environment },
            Code: {},
          },
          { codeSha256: HOT_RELOAD_SHA, codeSize: 0 },
          undefined,
        );
        const body: LambdaFunction = {
          ...(existing ?? { tags: {}, lastVersion: 0 }),
          config,
          code: { hotReloadDir: this.o.dir },
          functionsDir: this.o.dir,
          functionsSettings: settingsOf(fn),
        };
        if (existing) {
          await functions.update(fn.name, body);
          changed.push(fn.name);
        } else await functions.insert(fn.name, body);
      }
      // A function the folder no longer has: gone from the store too (with its versions, aliases, policies).
      for (const r of await functions.rows()) {
        if (r.body.functionsDir !== this.o.dir || this.#functions.has(r.id)) continue;
        await functions.removeTree(r.id);
        changed.push(r.id);
      }
    });
    for (const name of changed) await this.o.retire?.(name);
  }
}
