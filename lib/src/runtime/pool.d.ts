/**
 * The execution environments of one function version with one configuration: warm ones reused, new ones
 * started on demand up to a limit (further invocations wait their turn), idle ones reaped after a while
 * (Lambda keeps an idle environment for some minutes, then shuts it down:
 * https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html#runtimes-lifecycle-shutdown).
 * A closed pool (new code or configuration, a deleted function) starts nothing more and ends each environment
 * as soon as it is free.
 */
import type { Logger } from '../shared/log.js';
import type { FunctionSpec } from './function-runner.js';
import { ExecutionEnvironment } from './environment.js';
import type { Interpreters } from './launch.js';
export interface PoolOptions {
    log: Logger;
    /** Environments that may run at once. */
    limit: number;
    idleTimeoutMs: number;
    interpreters?: Interpreters;
}
export declare class EnvironmentPool {
    #private;
    readonly spec: FunctionSpec;
    /** The configuration this pool runs: another key means another pool. */
    readonly key: string;
    private readonly opts;
    /** Invocations holding an environment now. */
    busy: number;
    constructor(spec: FunctionSpec, 
    /** The configuration this pool runs: another key means another pool. */
    key: string, opts: PoolOptions);
    /** Environments alive (busy or idle). */
    get size(): number;
    /** A warm environment, a new one, or (at the limit) the next one freed; undefined once closed or aborted. */
    acquire(signal?: AbortSignal): Promise<ExecutionEnvironment | undefined>;
    release(env: ExecutionEnvironment): void;
    /** Starts nothing more; idle environments end now, busy ones when they are released. */
    close(): Promise<void>;
    /** Ends every environment, busy or not (the runner is closing). */
    destroy(): Promise<void>;
}
