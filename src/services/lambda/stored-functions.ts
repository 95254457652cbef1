/**
 * The functions of Lambda's management API as the data plane invokes them (API Gateway's AWS_PROXY and AWS
 * integrations, Lambda authorizers): the name, ARN, version or alias resolved from the store as Invoke resolves
 * it (invoke.ts), run by the same FunctionRunner. The composition root (src/app.ts) builds it and hands it to
 * the data plane's invoker router (src/lambda/invoker.ts), so neither plane imports the other.
 *
 * A call on behalf of an AWS service (`req.caller`: API Gateway) must be allowed by the resource-based policy
 * of the ARN it invokes, as Lambda requires (domain/lambda/policy.ts); without such a permission it is refused
 * with AccessDeniedException, which API Gateway answers with a 500 and logs as "Execution failed due to
 * configuration error: Invalid permissions on Lambda function"
 * (https://repost.aws/knowledge-center/api-gateway-rest-api-lambda-integrations). `permissions: 'off'`
 * (`--lambda-permissions off`) skips the check, for loose local work.
 */
import { randomUUID } from 'node:crypto';
import { UNQUALIFIED_POLICY } from '../../domain/lambda/function.js';
import { allowsServiceInvoke, type ServiceCaller } from '../../domain/lambda/policy.js';
import { functionNotFound, LambdaServiceError, type InvokeRequest, type InvokeResult, type LambdaInvoker } from '../../lambda/invoker.js';
import { parseFunctionRef } from '../../lambda/names.js';
import { checkInvokePayload } from '../../runtime/limits.js';
import type { Logger } from '../../shared/log.js';
import { lambdaPolicies } from '../../store/collections/index.js';
import type { Store } from '../../store/store.js';
import type { LambdaContext, LambdaPorts } from './context.js';
import { pickVersion, specOf } from './invoke.js';
import { arnOf, resolve, type Resolved } from './resolve.js';
import type { FunctionsDir } from './functions-dir.js';
import { ServiceError } from './errors.js';

export interface StoredFunctionsOptions {
  store: Store;
  ports: LambdaPorts;
  accountId: string;
  log: Logger;
  /** `enforce` (AWS's behaviour): a service's call needs a permission; `off`: any call runs. */
  permissions: 'enforce' | 'off';
  /**
   * The `--functions` shortcut (functions-dir.ts): a name the store lacks may be a file added since, and its
   * functions answer to any region's ARN, as the folder's functions always did.
   */
  functionsDir?: FunctionsDir;
}

/** Entries kept per map below before it is emptied (a bound, as the data plane's stage cache has). */
const MAX_CACHED = 10_000;

/**
 * Resolutions and permission checks are kept for the store's configuration version they were read at
 * (store.peekConfigVersion, which every write bumps), as the data plane keeps its stages
 * (pipeline/deployments.ts): a warm invocation through API Gateway then reads nothing from the store. A store
 * that cannot tell its version without a round trip (PostgreSQL before a notice) is read every time.
 */
export class StoredFunctions implements LambdaInvoker {
  readonly #resolved = new Map<string, { version: number; region: string; resolved: Resolved }>();
  /** Allowed (ARN, caller) pairs, with the version they were allowed at; a refusal is never kept. */
  readonly #allowed = new Map<string, number>();

  constructor(private readonly o: StoredFunctionsOptions) {}

  #context(region: string, requestId: string): LambdaContext {
    return { requestId, region, accountId: this.o.accountId, store: this.o.store, log: this.o.log, lambda: this.o.ports };
  }

  /** The invoked ARN's own policy (Lambda's text for a refusal: AccessDeniedException, 403). */
  async #checkPermission(ctx: LambdaContext, name: string, qualifier: string | undefined, caller: ServiceCaller): Promise<void> {
    const key = qualifier === undefined || qualifier === '$LATEST' ? UNQUALIFIED_POLICY : qualifier;
    const resource = arnOf(ctx, name, key === UNQUALIFIED_POLICY ? undefined : key);
    const version = this.o.store.peekConfigVersion?.();
    const pair = `${resource}\0${caller.principal}\0${caller.sourceArn}\0${caller.sourceAccount}`;
    if (version !== undefined && this.#allowed.get(pair) === version) return;
    const policy = await lambdaPolicies.in(ctx.store, ctx.region, name).get(key);
    if (policy && allowsServiceInvoke(policy.statements, caller, resource)) {
      if (version !== undefined) remember(this.#allowed, pair, version);
      return;
    }
    throw new LambdaServiceError(
      'AccessDeniedException',
      `The resource-based policy of ${resource} does not allow ${caller.principal} to perform lambda:InvokeFunction for ${caller.sourceArn}`,
      403,
    );
  }

  /** #resolve, kept for the configuration version it was read at. */
  async #resolveKept(ctx: LambdaContext, name: string, qualifier: string | undefined): Promise<Resolved> {
    const version = this.o.store.peekConfigVersion?.();
    const key = `${ctx.region}\0${name}\0${qualifier ?? ''}`;
    const kept = version === undefined ? undefined : this.#resolved.get(key);
    if (kept && kept.version === version) {
      ctx.region = kept.region;
      return kept.resolved;
    }
    const resolved = await this.#resolve(ctx, name, qualifier);
    if (version !== undefined) remember(this.#resolved, key, { version, region: ctx.region, resolved });
    return resolved;
  }

  /** The function, version or alias; for a name the store lacks, the `--functions` folder is asked (and `ctx` moves to its region). */
  async #resolve(ctx: LambdaContext, name: string, qualifier: string | undefined): Promise<Resolved> {
    try {
      return await resolve(ctx.store, ctx, { name, qualifier });
    } catch (e) {
      const dir = this.o.functionsDir;
      if (!(e instanceof ServiceError && e.code === 'ResourceNotFoundException' && dir && (await dir.refresh(name)))) throw e;
      ctx.region = dir.region;
      return resolve(ctx.store, ctx, { name, qualifier });
    }
  }

  async invoke(req: InvokeRequest): Promise<InvokeResult> {
    const ref = parseFunctionRef(req.functionName);
    const region = ref?.region ?? req.region;
    const requestId = randomUUID();
    const ctx = this.#context(region, requestId);
    if (!ref || (ref.accountId !== undefined && ref.accountId !== this.o.accountId)) throw functionNotFound(req.functionName);
    let resolved;
    try {
      resolved = await this.#resolveKept(ctx, ref.name, ref.qualifier);
    } catch (e) {
      if (e instanceof ServiceError) throw new LambdaServiceError(e.code, e.message, e.status ?? 400);
      throw e;
    }
    if (req.caller && this.o.permissions === 'enforce' && resolved.fn.functionsDir === undefined) {
      await this.#checkPermission(ctx, ref.name, ref.qualifier, req.caller);
    }
    checkInvokePayload(req.payload, req.payloadIsJson);
    const version = await pickVersion(ctx, resolved);
    const executedVersion = version.config.Version;
    if (req.invocationType === 'DryRun') return { statusCode: 204, payload: Buffer.alloc(0), executedVersion, requestId };
    const runner = this.o.ports.runner;
    if (!runner) throw new LambdaServiceError('ServiceException', 'Tollgate was started without a function runner: functions cannot be invoked', 500);
    const spec = await specOf(ctx, resolved.fn, version);
    const run = runner.run(spec, {
      payload: req.payload,
      requestId,
      clientContext: req.clientContext,
      logType: req.logType,
      invokedFunctionArn: arnOf(ctx, ref.name, ref.qualifier),
      signal: req.signal,
      payloadChecked: true,
    });
    if (req.invocationType === 'Event') {
      run.catch((err: unknown) => this.o.log.warn({ err, function: spec.functionArn }, 'asynchronous invocation failed'));
      return { statusCode: 202, payload: Buffer.alloc(0), requestId };
    }
    const out = await run;
    return { statusCode: 200, payload: out.payload, functionError: out.functionError, logResult: out.logResult, executedVersion, requestId };
  }

  async close(): Promise<void> {
    /* the runner is the composition root's to close */
  }
}

function remember<V>(map: Map<string, V>, key: string, value: V): void {
  if (map.size >= MAX_CACHED) map.clear();
  map.set(key, value);
}
