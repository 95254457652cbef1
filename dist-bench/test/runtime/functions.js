/**
 * Code directories for the runtime tests, one per runtime, each with the same set of functions (by handler
 * name) so that every behaviour is checked in every runtime: ctx (event, context, environment), counter (warm
 * state), boom (a handled error), slow (sleeps past its timeout), exit (exits with status 3), hog (memory
 * without bound), big (a 7 MB answer), initfail (cannot initialize).
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
const NODE = `
let n = 0;
exports.ctx = async (event, context) => ({
  event,
  requestId: context.awsRequestId,
  functionName: context.functionName,
  arn: context.invokedFunctionArn,
  memory: context.memoryLimitInMB,
  remaining: context.getRemainingTimeInMillis(),
  env: process.env,
  cwd: process.cwd(),
});
exports.counter = async () => ({ n: ++n });
exports.boom = async (event) => { const e = new Error(event.message || 'boom'); e.name = 'ValidationError'; throw e; };
exports.slow = () => new Promise((resolve) => setTimeout(() => resolve({ late: true }), 5000));
exports.exit = async () => { process.exit(3); };
exports.hog = async () => { const keep = []; for (;;) keep.push(new Array(1e5).fill(Math.random())); };
exports.big = async () => 'x'.repeat(7 * 1024 * 1024);
exports.callback = (event, context, callback) => { setTimeout(() => callback(null, { via: 'callback', event }), 1); };
exports.uncaught = () => new Promise(() => { setTimeout(() => { throw new TypeError('late failure'); }, 1); });
exports.rejects = async () => { Promise.reject(new Error('nobody caught me')); return new Promise(() => {}); };
`;
const NODE_ESM = `export const handler = async (event) => ({ esm: true, event });\n`;
const PYTHON = `
import os, sys, time
n = 0
def ctx(event, context):
    return {"event": event, "requestId": context.aws_request_id, "functionName": context.function_name,
            "arn": context.invoked_function_arn, "memory": context.memory_limit_in_mb,
            "remaining": context.get_remaining_time_in_millis(), "env": dict(os.environ), "cwd": os.getcwd()}
def counter(event, context):
    global n
    n += 1
    return {"n": n}
def boom(event, context):
    raise ValueError(event.get("message", "boom"))
def slow(event, context):
    time.sleep(5)
    return {"late": True}
def exit(event, context):
    sys.exit(3)
def hog(event, context):
    keep = []
    while True:
        keep.append(bytearray(10 * 1024 * 1024))
def big(event, context):
    return "x" * (7 * 1024 * 1024)
def unserializable(event, context):
    return {"when": object()}
`;
/** A custom runtime in bash and curl, after https://docs.aws.amazon.com/lambda/latest/dg/runtimes-walkthrough.html. */
const BOOTSTRAP = `#!/bin/bash
set -eu
API="http://\${AWS_LAMBDA_RUNTIME_API}/2018-06-01/runtime"
if [ "$_HANDLER" = initfail ]; then
  curl -sS -X POST "$API/init/error" -H 'Lambda-Runtime-Function-Error-Type: Runtime.ConfigError' \\
    -d '{"errorMessage":"no configuration","errorType":"Runtime.ConfigError"}' >/dev/null
  exit 1
fi
COUNT=0
while true; do
  HEADERS="$(mktemp)"
  EVENT=$(curl -sS -D "$HEADERS" "$API/invocation/next")
  header() { grep -Fi "$1:" "$HEADERS" | tr -d '\\r\\n' | cut -d' ' -f2-; }
  ID=$(header Lambda-Runtime-Aws-Request-Id)
  DEADLINE=$(header Lambda-Runtime-Deadline-Ms)
  ARN=$(header Lambda-Runtime-Invoked-Function-Arn)
  COUNT=$((COUNT + 1))
  BODY=""
  case "$_HANDLER" in
    ctx) BODY="{\\"event\\":$EVENT,\\"requestId\\":\\"$ID\\",\\"arn\\":\\"$ARN\\",\\"deadline\\":$DEADLINE,\\"functionName\\":\\"$AWS_LAMBDA_FUNCTION_NAME\\",\\"cwd\\":\\"$PWD\\",\\"env\\":{\\"_HANDLER\\":\\"$_HANDLER\\",\\"TZ\\":\\"$TZ\\",\\"LAMBDA_TASK_ROOT\\":\\"$LAMBDA_TASK_ROOT\\",\\"AWS_REGION\\":\\"$AWS_REGION\\",\\"GREETING\\":\\"\${GREETING:-}\\",\\"AWS_LAMBDA_RUNTIME_API\\":\\"$AWS_LAMBDA_RUNTIME_API\\",\\"PATH\\":\\"$PATH\\"}}" ;;
    counter) BODY="{\\"n\\":$COUNT}" ;;
    boom)
      curl -sS -X POST "$API/invocation/$ID/error" -H 'Lambda-Runtime-Function-Error-Type: Custom.Boom' \\
        -d '{"errorMessage":"boom","errorType":"Custom.Boom"}' >/dev/null
      continue ;;
    slow) sleep 5; BODY='{"late":true}' ;;
    exit) exit 3 ;;
    hog) X=$(head -c 400000000 /dev/zero | tr '\\0' a); BODY='{}' ;;
    big)
      { printf '"'; head -c 7340032 /dev/zero | tr '\\0' x; printf '"'; } > "$TMPDIR/big.json"
      curl -sS -X POST "$API/invocation/$ID/response" --data-binary "@$TMPDIR/big.json" >/dev/null
      continue ;;
  esac
  rm -f "$HEADERS"
  curl -sS -X POST "$API/invocation/$ID/response" -d "$BODY" >/dev/null
done
`;
export function writeCode() {
    const root = mkdtempSync(join(tmpdir(), 'tollgate-runtime-'));
    const dirs = { node: join(root, 'node'), python: join(root, 'python'), provided: join(root, 'provided') };
    for (const d of Object.values(dirs))
        mkdirSync(d);
    writeFileSync(join(dirs.node, 'index.js'), NODE);
    writeFileSync(join(dirs.node, 'esm.mjs'), NODE_ESM);
    writeFileSync(join(dirs.python, 'app.py'), PYTHON);
    writeFileSync(join(dirs.provided, 'bootstrap'), BOOTSTRAP);
    chmodSync(join(dirs.provided, 'bootstrap'), 0o755);
    // A layer, as Lambda mounts it at /opt: nodejs/node_modules, python/, bin/.
    const layer = join(root, 'layer');
    mkdirSync(join(layer, 'nodejs/node_modules/greet'), { recursive: true });
    writeFileSync(join(layer, 'nodejs/node_modules/greet/index.js'), 'module.exports = (n) => `hello ${n}`;');
    mkdirSync(join(layer, 'python'), { recursive: true });
    writeFileSync(join(layer, 'python/greet.py'), 'def greet(n):\n    return "hello " + n\n');
    return { root, dir: (k) => dirs[k], layer, remove: () => rmSync(root, { recursive: true, force: true }) };
}
const RUNTIMES = { node: 'nodejs20.x', python: 'python3.12', provided: 'provided.al2023' };
const MODULE = { node: 'index.', python: 'app.', provided: '' };
export function spec(code, kind, fn, over = {}) {
    const name = over.name ?? `${kind}-${fn}`;
    return {
        name,
        version: '$LATEST',
        functionArn: `arn:aws:lambda:us-east-1:000000000000:function:${name}`,
        runtime: RUNTIMES[kind],
        handler: MODULE[kind] + fn,
        codeDir: code.dir(kind),
        layerDirs: [code.layer],
        timeoutSeconds: 3,
        memoryMb: 128,
        environment: { GREETING: 'hello', AWS_REGION: 'mars-1' },
        codeSha256: 'sha-1',
        region: 'us-east-1',
        accountId: '000000000000',
        ...over,
    };
}
//# sourceMappingURL=functions.js.map