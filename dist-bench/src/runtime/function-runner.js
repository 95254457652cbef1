/**
 * The contract between Lambda's management API (src/services/lambda/, which stores functions, versions,
 * aliases and code) and function execution (src/runtime/, execution environments speaking the Lambda
 * Runtime API: https://docs.aws.amazon.com/lambda/latest/dg/runtimes-api.html).
 *
 * The service resolves a name, ARN or qualifier to one FunctionSpec (its code unpacked on disk), and the
 * runner executes it: an environment per concurrent invocation, reused while warm, keyed by the spec's
 * `codeSha256` and configuration so that new code or settings never run in an old environment.
 */
export {};
//# sourceMappingURL=function-runner.js.map