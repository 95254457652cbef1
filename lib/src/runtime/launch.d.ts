import type { FunctionSpec } from './function-runner.js';
export interface Interpreters {
    /** The `node` for nodejs* runtimes (default: the one running Tollgate). */
    node?: string;
    /** The `python3` for python3.* runtimes (default: `python3` on PATH). */
    python?: string;
}
export interface Launch {
    command: string;
    args: string[];
    env: Record<string, string>;
}
/** Why an environment cannot start: Lambda's error type, its message (after "RequestId: … Error: ") and a log line. */
export interface LaunchFailure {
    errorType: string;
    message: string;
    log: string;
}
/** The process for a spec, or why there is none. */
export declare function launchFor(spec: FunctionSpec, runtimeApi: string, logStreamName: string, interpreters?: Interpreters): Launch | LaunchFailure;
/** An absolute path, or a name looked up on the host's PATH; undefined when it is not an executable file. */
export declare function findExecutable(name: string): string | undefined;
interface EnvironmentParts {
    runtimeApi: string;
    logStreamName: string;
    runtimeDir: string;
    executionEnv?: string;
    /** The runtime's search path (NODE_PATH, PYTHONPATH). */
    extra: Record<string, string>;
}
/** Lambda's variables: defaults a function may change, the function's own, then the reserved ones, which win. */
export declare function lambdaEnvironment(spec: FunctionSpec, p: EnvironmentParts): Record<string, string>;
/** `2024/01/31/[$LATEST]0123…`: Lambda's log stream name for a new environment. */
export declare function logStreamName(version: string, random: string): string;
export {};
