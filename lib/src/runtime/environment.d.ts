import type { Logger } from '../shared/log.js';
import type { FunctionSpec } from './function-runner.js';
import { type Interpreters } from './launch.js';
import { type Invocation } from './runtime-api.js';
/** An invocation's end: the function's payload, or an error payload (`failed`). */
export interface Outcome {
    payload: Buffer;
    failed: boolean;
}
/** An initialization that failed, as each invocation given to it answers. */
export type InitFailure = (requestId: string) => Buffer;
export interface EnvironmentOptions {
    log: Logger;
    interpreters?: Interpreters;
}
export declare class ExecutionEnvironment {
    #private;
    /** Settles when the runtime first asks for an event (undefined) or its initialization failed. */
    readonly ready: Promise<InitFailure | undefined>;
    dead: boolean;
    /** The init phase's length, reported once on the REPORT line of the first invocation. */
    initDurationMs: number | undefined;
    /** The largest resident set seen during the current invocation, in MB. */
    maxMemoryMb: number;
    constructor(spec: FunctionSpec, opts: EnvironmentOptions);
    /** Starts the process; failures to start settle `ready`. */
    start(): Promise<this>;
    /** Clears and returns the output captured since the last call. */
    takeTail(): string;
    invoke(inv: Invocation, timeoutMs: number): Promise<Outcome>;
    kill(): Promise<void>;
}
