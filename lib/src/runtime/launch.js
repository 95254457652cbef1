/**
 * How an execution environment starts, per runtime: the process to run and Lambda's environment variables
 * (https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-runtime).
 *   - `nodejs*`: the machine's `node` running Tollgate's runtime client (node/client.ts);
 *   - `python3.*`: the machine's `python3` running Tollgate's runtime client (python/bootstrap.py, stdlib only);
 *   - `provided`, `provided.al2`, `provided.al2023`: the function's own `bootstrap` (its code, else a layer's),
 *     as Lambda runs a custom runtime (https://docs.aws.amazon.com/lambda/latest/dg/runtimes-custom.html).
 * Anything else, or a missing interpreter, cannot start: Lambda's Runtime.InvalidEntrypoint, with a log line
 * that says what is missing.
 * Paths that are /var/task, /opt and /var/runtime in Lambda are here the code directory, each layer directory
 * (later layers first: a later layer's files win in /opt, https://docs.aws.amazon.com/lambda/latest/dg/adding-layers.html)
 * and Tollgate's runtime client directory.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
const NODE_CLIENT = fileURLToPath(new URL('./node/client.js', import.meta.url));
/** The Python client is shipped as source beside the compiled runtime (dist/src/runtime → src/runtime/python). */
const PYTHON_DIR = [fileURLToPath(new URL('./python', import.meta.url)), fileURLToPath(new URL('../../../src/runtime/python', import.meta.url))].find((d) => existsSync(join(d, 'bootstrap.py')));
/** Host variables an environment keeps: credentials stand in for the execution role's (reserved in Lambda). */
const HOST_VARIABLES = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'];
/** The process for a spec, or why there is none. */
export function launchFor(spec, runtimeApi, logStreamName, interpreters = {}) {
    const env = (runtimeDir, extra, executionEnv) => lambdaEnvironment(spec, { runtimeApi, logStreamName, runtimeDir, executionEnv, extra });
    const runtime = spec.runtime;
    if (runtime.startsWith('nodejs')) {
        const node = interpreters.node ?? process.execPath;
        if (!findExecutable(node))
            return missing(spec, node);
        // The runtime's bootstrap sizes V8's heap from the memory setting; here old space is twice it, so that the
        // memory watch (environment.ts), not V8, ends a function over its memory, as Lambda's cgroup does.
        const args = [`--max-old-space-size=${spec.memoryMb * 2}`, `--max-semi-space-size=${Math.max(1, Math.floor(spec.memoryMb / 20))}`, NODE_CLIENT];
        return { command: node, args, env: env(join(NODE_CLIENT, '..'), nodePaths(spec), `AWS_Lambda_${runtime}`) };
    }
    if (/^python3\.\d+$/.test(runtime)) {
        const python = realInterpreter(interpreters.python ?? 'python3');
        if (!python || !PYTHON_DIR)
            return missing(spec, interpreters.python ?? 'python3');
        return { command: python, args: ['-u', join(PYTHON_DIR, 'bootstrap.py')], env: env(PYTHON_DIR, pythonPaths(spec), `AWS_Lambda_${runtime}`) };
    }
    if (runtime === 'provided' || runtime === 'provided.al2' || runtime === 'provided.al2023') {
        const candidates = [spec.codeDir, ...[...spec.layerDirs].reverse()].map((d) => join(d, 'bootstrap'));
        const bootstrap = candidates.find((c) => existsSync(c));
        if (!bootstrap) {
            return {
                errorType: 'Runtime.InvalidEntrypoint',
                message: `Couldn't find valid bootstrap(s): [${candidates.join(' ')}]`,
                log: `function ${spec.name}: a ${runtime} function needs an executable 'bootstrap' in its code or a layer`,
            };
        }
        return { command: bootstrap, args: [], env: env(spec.codeDir, {}) };
    }
    return {
        errorType: 'Runtime.InvalidEntrypoint',
        message: `Couldn't find valid bootstrap(s): [${runtime}]`,
        log: `function ${spec.name}: Tollgate runs nodejs*, python3.* and provided* runtimes; '${runtime}' is not one of them`,
    };
}
function missing(spec, interpreter) {
    return {
        errorType: 'Runtime.InvalidEntrypoint',
        message: `Couldn't find valid bootstrap(s): [${interpreter}]`,
        log: `function ${spec.name}: the ${spec.runtime} runtime needs '${interpreter}', which is not ${isAbsolute(interpreter) ? 'an executable file' : 'on PATH'}`,
    };
}
/** An absolute path, or a name looked up on the host's PATH; undefined when it is not an executable file. */
export function findExecutable(name) {
    const candidates = isAbsolute(name) ? [name] : (process.env.PATH ?? '').split(delimiter).map((d) => join(d, name));
    return candidates.find((c) => {
        try {
            accessSync(c, constants.X_OK);
            return true;
        }
        catch {
            return false;
        }
    });
}
const resolved = new Map();
/**
 * The interpreter's own executable: `python3` on PATH may be a version manager's shim (pyenv's is a shell
 * script that starts a second process on every run), which would add its cost to every cold start.
 */
function realInterpreter(name) {
    if (!resolved.has(name)) {
        const found = findExecutable(name);
        const r = found ? spawnSync(found, ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8', timeout: 30_000 }) : undefined;
        const exe = r?.status === 0 ? r.stdout.trim() : '';
        resolved.set(name, exe && findExecutable(exe) ? exe : found);
    }
    return resolved.get(name);
}
/** Later layers first (their files win in /opt). */
const opt = (spec, sub) => [...spec.layerDirs].reverse().map((d) => join(d, sub));
/** NODE_PATH: /opt/nodejs/node{major}/node_modules, /opt/nodejs/node_modules, then the task root (Lambda's Node.js runtimes). */
function nodePaths(spec) {
    const major = /^nodejs(\d+)/.exec(spec.runtime)?.[1] ?? process.versions.node.split('.')[0];
    return { NODE_PATH: [...opt(spec, `nodejs/node${major}/node_modules`), ...opt(spec, 'nodejs/node_modules'), spec.codeDir].join(delimiter) };
}
/** The task root, then /opt/python/lib/python3.x/site-packages and /opt/python (https://docs.aws.amazon.com/lambda/latest/dg/packaging-layers.html#packaging-layers-paths). */
function pythonPaths(spec) {
    return { PYTHONPATH: [spec.codeDir, ...opt(spec, `python/lib/${spec.runtime}/site-packages`), ...opt(spec, 'python')].join(delimiter) };
}
/** Lambda's variables: defaults a function may change, the function's own, then the reserved ones, which win. */
export function lambdaEnvironment(spec, p) {
    const host = {};
    for (const k of HOST_VARIABLES)
        if (process.env[k] !== undefined)
            host[k] = process.env[k];
    const hostLibraries = process.env.LD_LIBRARY_PATH ? [process.env.LD_LIBRARY_PATH] : [];
    const reserved = {
        _HANDLER: spec.handler,
        AWS_REGION: spec.region,
        AWS_DEFAULT_REGION: spec.region,
        AWS_LAMBDA_FUNCTION_NAME: spec.name,
        AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(spec.memoryMb),
        AWS_LAMBDA_FUNCTION_VERSION: spec.version,
        AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
        AWS_LAMBDA_LOG_GROUP_NAME: `/aws/lambda/${spec.name}`,
        AWS_LAMBDA_LOG_STREAM_NAME: p.logStreamName,
        AWS_LAMBDA_RUNTIME_API: p.runtimeApi,
        LAMBDA_TASK_ROOT: spec.codeDir,
        LAMBDA_RUNTIME_DIR: p.runtimeDir,
        TZ: ':UTC',
    };
    if (p.executionEnv)
        reserved.AWS_EXECUTION_ENV = p.executionEnv;
    return {
        ...host,
        LANG: 'en_US.UTF-8',
        // Lambda: /usr/local/bin:/usr/bin/:/bin:/opt/bin; here the host's PATH stands for the system part.
        PATH: [process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin', ...opt(spec, 'bin')].join(delimiter),
        // Lambda: …:/var/runtime:/var/runtime/lib:/var/task:/var/task/lib:/opt/lib.
        LD_LIBRARY_PATH: [...hostLibraries, p.runtimeDir, join(p.runtimeDir, 'lib'), spec.codeDir, join(spec.codeDir, 'lib'), ...opt(spec, 'lib')].join(delimiter),
        ...p.extra,
        ...spec.environment,
        ...reserved,
    };
}
/** `2024/01/31/[$LATEST]0123…`: Lambda's log stream name for a new environment. */
export function logStreamName(version, random) {
    const d = new Date();
    const day = `${d.getUTCFullYear()}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${String(d.getUTCDate()).padStart(2, '0')}`;
    return `${day}/[${version}]${random}`;
}
