/**
 * Proactive initialization after UpdateFunctionCode / UpdateFunctionConfiguration: the runner may start the new
 * $LATEST's execution environment at once, init only, so the next invocation (a browser reload after a saved file,
 * `serve --stack`'s redeploy) finds it warm instead of paying a cold start. Lambda pre-initializes environments of
 * on-demand functions too: "Lambda occasionally pre-initializes execution environments to reduce the number of cold
 * start invocations" (https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html, Init phase).
 * The runner decides (FunctionRunner.prepare: only a function with warm environments); the spec, whose code it
 * unpacks, is read only then, in the background: the update's answer waits for none of it.
 */
import type { LambdaContext } from './context.js';
import { specOf } from './invoke.js';
import { nameOf, resolve } from './resolve.js';

export function prepareLatest(ctx: LambdaContext, name: string): void {
  const runner = ctx.lambda.runner;
  if (!runner?.prepare) return;
  const load = async () => {
    const { fn, version } = await resolve(ctx.store, ctx, nameOf(ctx, name));
    return specOf(ctx, fn, version);
  };
  // A failure here costs only the head start: the next invocation resolves and starts the environment itself.
  runner.prepare(name, load).catch((err: unknown) => ctx.log.warn({ function: name, err }, `function ${name}: proactive initialization skipped`));
}
