/**
 * A directory of local Lambda functions for tests (`--functions DIR`), written fresh into a temp
 * directory: every shape of handler (async, callback, CJS, ESM, nested export) and every fault
 * (throw, timeout, process.exit, busy loop, unbounded allocation).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
export const FUNCTIONS = {
    // The proxy event back as JSON, plus a few context fields.
    'echo.mjs': `
export const handler = async (event, context) => ({
  statusCode: 200,
  headers: { 'Content-Type': 'application/json', 'X-Function': context.functionName },
  body: JSON.stringify(event),
});`,
    // Context and environment as Lambda's Node.js runtime gives them.
    'ctx.js': `
exports.handler = async (event, context) => ({
  awsRequestId: context.awsRequestId,
  functionName: context.functionName,
  functionVersion: context.functionVersion,
  invokedFunctionArn: context.invokedFunctionArn,
  memoryLimitInMB: context.memoryLimitInMB,
  logGroupName: context.logGroupName,
  logStreamName: context.logStreamName,
  callbackWaitsForEmptyEventLoop: context.callbackWaitsForEmptyEventLoop,
  remaining: context.getRemainingTimeInMillis(),
  env: {
    AWS_LAMBDA_FUNCTION_NAME: process.env.AWS_LAMBDA_FUNCTION_NAME,
    AWS_LAMBDA_FUNCTION_VERSION: process.env.AWS_LAMBDA_FUNCTION_VERSION,
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE,
    AWS_REGION: process.env.AWS_REGION,
    AWS_EXECUTION_ENV: process.env.AWS_EXECUTION_ENV,
    _HANDLER: process.env._HANDLER,
    GREETING: process.env.GREETING,
  },
  event,
});`,
    'callback.cjs': `
exports.handler = function (event, context, callback) {
  setTimeout(() => callback(null, { via: 'callback', echo: event }), 5);
};`,
    'callbackerror.cjs': `
exports.handler = function (event, context, callback) { callback('plain string failure'); };`,
    // Module state survives between invocations of a warm environment.
    'counter.js': `
let n = 0;
exports.handler = async () => ({ n: ++n });`,
    'boom.js': `
class ValidationError extends Error { constructor(m) { super(m); this.name = 'ValidationError'; } }
exports.handler = async (event) => { throw new ValidationError(event.message || 'boom'); };`,
    'slow.js': `
exports.handler = (event) => new Promise((resolve) => setTimeout(() => resolve({ late: true }), 5000));`,
    'exit.js': `
exports.handler = async () => { process.exit(3); };`,
    'spin.js': `
exports.handler = async () => { for (;;) { /* never returns */ } };`,
    'hog.js': `
exports.handler = async () => { const keep = []; for (;;) keep.push(new Array(1e5).fill(Math.random())); };`,
    'uncaught.js': `
exports.handler = () => new Promise(() => { setTimeout(() => { throw new TypeError('late failure'); }, 5); });`,
    // Returns whatever the request body says: the proxy response cases of F86.
    'raw.mjs': `
export const handler = async (event) => JSON.parse(event.body);`,
    // Binary round trip: the body back with the request's encoding and type.
    'binary.mjs': `
export const handler = async (event) => ({
  statusCode: 200,
  headers: { 'Content-Type': event.headers['Content-Type'] || event.headers['content-type'] || 'application/octet-stream' },
  body: event.body,
  isBase64Encoded: event.isBase64Encoded,
});`,
    // Non-proxy (AWS) integrations: fail with the message asked for, else echo.
    'custom.js': `
exports.handler = async (event) => {
  if (event && event.fail) throw new Error(event.fail);
  return { got: event };
};`,
    'rejects.js': `
exports.handler = async () => { Promise.reject(new Error('nobody caught me')); await new Promise((r) => setTimeout(r, 50)); return 'done'; };`,
    'big.js': `
exports.handler = async () => 'x'.repeat(7 * 1024 * 1024);`,
    'syntax.js': `
exports.handler = async () => {`,
    'small.mjs': `
export const handler = async () => ({ statusCode: 200, headers: { 'Content-Type': 'application/json' }, body: '{"ok":true,"items":[1,2,3],"name":"tollgate-bench"}' });`,
    'lib/impl.js': `
exports.nested = { main: async (event) => ({ from: 'lib/impl.nested.main', event }) };`,
    // The functions of the recorded AWS tests (test/recorded/*), each doing what the recorded Python
    // function did. lambda_aws_proxy.py: the event back as the proxy response's body.
    'recawsproxy.mjs': `
export const handler = async (event) => ({ statusCode: 200, body: JSON.stringify(event), isBase64Encoded: false });`,
    // lambda_aws_proxy_format.py: an answer of each shape, chosen by the path.
    'recawsproxyformat.mjs': `
export const handler = async (event) => {
  switch (event.path) {
    case '/no-body': return { statusCode: 200 };
    case '/only-headers': return { statusCode: 200, headers: { 'test-header': 'value' } };
    case '/wrong-format': return { statusCode: 200, wrongValue: 'value' };
    case '/empty-response': return {};
    default: return { statusCode: 200, body: JSON.stringify(event), isBase64Encoded: false };
  }
};`,
    // lambda_echo.py: the event itself.
    'rececho.mjs': `
export const handler = async (event) => event;`,
    // The response is the request body (base64-decoded when the event says so); a request without a
    // body fails, as Python's json.loads(None) does.
    'recresponsefrombody.mjs': `
export const handler = async (event) => {
  let body = event.body;
  if (event.isBase64Encoded) body = Buffer.from(body, 'base64').toString('utf8');
  if (typeof body !== 'string') throw new TypeError('the JSON object must be str, bytes or bytearray, not NoneType');
  return JSON.parse(body);
};`,
    // lambda_mapping_responses.py: "customerror" for an httpStatus of 400 and more, else "noerror".
    'recmappingresponses.mjs': `
export const handler = async (event) => {
  const status = Number.parseInt(String(event.body.httpStatus), 10);
  return { statusCode: 200, body: status >= 400 ? 'customerror' : 'noerror' };
};`,
    // lambda_select_pattern.py as recorded: "Pass" for statusCode "200", an error for "400" and "500"
    // (Python's Exception: its errorType).
    'recselectpattern.mjs': `
class Exception extends Error { constructor(m) { super(m); this.name = 'Exception'; } }
export const handler = async (event) => {
  switch (event.statusCode) {
    case '200': return 'Pass';
    case '400': throw new Exception('Error: Raising four hundred from within the Lambda function');
    case '500': throw new Exception('Error: Raising five hundred from within the Lambda function');
    default: return 'Error Value in the json request should either be 400 or 500 to demonstrate';
  }
};`,
    'tollgate.functions.json': JSON.stringify({
        slow: { timeout: 1 },
        spin: { timeout: 1 },
        hog: { timeout: 20, memorySize: 128 },
        ctx: { memorySize: 256, timeout: 7, environment: { GREETING: 'hello', AWS_REGION: 'not-allowed' } },
        named: { handler: 'lib/impl.nested.main' },
        counter: { concurrency: 1 },
        missing: { handler: 'nofile.handler' },
        noexport: { handler: 'counter.nothere' },
    }, null, 2),
};
/** The fixtures plus `extra` (pass `base = {}` for `extra` alone). */
export function writeFunctions(extra = {}, base = FUNCTIONS) {
    const dir = mkdtempSync(join(tmpdir(), 'tollgate-functions-'));
    for (const [name, src] of Object.entries({ ...base, ...extra })) {
        const path = join(dir, name);
        mkdirSync(join(path, '..'), { recursive: true });
        writeFileSync(path, src);
    }
    return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
/** An AWS_PROXY / AWS integration URI for a function name or ARN. */
export const lambdaUri = (fn, region = 'us-east-1') => `arn:aws:apigateway:${region}:lambda:path/2015-03-31/functions/${fn}/invocations`;
//# sourceMappingURL=functions.js.map