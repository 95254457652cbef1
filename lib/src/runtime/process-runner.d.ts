import type { Logger } from '../shared/log.js';
import type { FunctionRunner, FunctionSpec, RunRequest, RunResult } from './function-runner.js';
import type { Interpreters } from './launch.js';
export interface ProcessRunnerOptions {
    log: Logger;
    /** Environments one function version may run at once without reserved concurrency (more wait). Default 10. */
    maxEnvironments?: (spec: FunctionSpec) => number;
    /** An idle environment is shut down after this long. Default 10 minutes. */
    idleTimeoutMs?: number;
    interpreters?: Interpreters;
}
export declare class ProcessRunner implements FunctionRunner {
    #private;
    constructor(opts: ProcessRunnerOptions);
    /** Environments alive for a function (all versions), for tests and diagnostics. */
    environments(functionName: string): number;
    run(spec: FunctionSpec, req: RunRequest): Promise<RunResult>;
    retire(functionName: string): Promise<void>;
    close(): Promise<void>;
}
