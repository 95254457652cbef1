import type { Logger } from '../shared/log.js';
import { type InvokeRequest, type InvokeResult, type LocalRuntime } from './invoker.js';
export declare const CONFIG_FILE = "tollgate.functions.json";
export interface LocalFunction {
    name: string;
    /** The handler string, `file.export` relative to DIR. */
    handler: string;
    /** The module file (an absolute path; may not exist: the invocation then fails like Lambda's). */
    file: string;
    exportPath: string;
    timeoutSeconds: number;
    memorySize: number;
    environment: Record<string, string>;
    concurrency: number;
}
export interface LocalOptions {
    dir: string;
    region: string;
    accountId: string;
    log: Logger;
    /**
     * `processes`: each environment a child process on the Lambda Runtime API (src/runtime/process-runner.ts,
     * the path functions of every runtime take); `threads` (default): worker threads, below, measured faster
     * (README "Functions").
     */
    nodeEnvironments?: 'threads' | 'processes';
}
export declare function discoverFunctions(dir: string): Map<string, LocalFunction>;
export declare class LocalFunctions implements LocalRuntime {
    #private;
    readonly dir: string;
    constructor(opts: LocalOptions);
    get functions(): ReadonlyMap<string, LocalFunction>;
    /** A name not seen yet triggers a rescan (at most once a second), so new files are picked up. */
    has(name: string): boolean;
    invoke(req: InvokeRequest): Promise<InvokeResult>;
    close(): Promise<void>;
}
