/**
 * The pipeline's API-key, throttling and quota step, in AWS's order (after authorization, before
 * request validation; DG:api-gateway-request-throttling, aws-behavior.md "Request pipeline order").
 *
 * A request needs a token from EVERY bucket that applies (aws-behavior.md "Throttling"):
 *   1. the usage plan's per-key bucket, only for methods with apiKeyRequired: the plan's per-method
 *      throttle (`apiStages[].throttle["/{resourcePath}/{METHOD}"]`) when there is one for this
 *      method, else the plan's `throttle`; per key, shared by all the plan's stages;
 *   2. the stage's method setting for this method, else its `*`/`*` default, each method with its
 *      own bucket ("per-API, per-stage throttling limits are applied at the API method level for a
 *      stage", DG:api-gateway-request-throttling);
 *   3. the account's, per region (--account-rate-limit / --account-burst-limit, default AWS's
 *      10,000 rps and 5,000 burst; GetAccount reports the same values).
 * Any empty bucket → 429 {"message":"Too Many Requests"} (THROTTLED). A keyed request also consumes
 * its plan's quota (DAY / WEEK / MONTH, UTC, across all the plan's stages) → over it, 429
 * {"message":"Limit Exceeded"} (QUOTA_EXCEEDED); the quota is checked first, so a client over its
 * quota is told so even while also throttled. Only requests admitted past every check consume
 * anything (src/throttle/limiter.ts).
 *
 * Settings no AWS recording covers (choices, stated): a negative rate or burst (the stage's `-1`)
 * means no limit at that level; a throttle with a rate but no burstLimit gets a burst of
 * max(1, ceil(rate)); a burst with no rate limits nothing.
 *
 * When the counters cannot be reached (Redis down), `--redis-failure closed` (the default) answers
 * 503 {"message":"Service Unavailable"} (not recorded: AWS never shows its own counters failing; the
 * text is that of AWS's own 503 answers), rendered as a 5XX gateway error — responseType
 * INTEGRATION_FAILURE, so the API's INTEGRATION_FAILURE / DEFAULT_5XX customisations apply;
 * `--redis-failure open` admits the request uncounted. Either way the API key was checked.
 */
import { accountThrottle } from '../domain/account.js';
import { methodSettingFor } from '../domain/stage.js';
import type { ThrottleSettings } from '../domain/usage-plan.js';
import type { Logger } from '../shared/log.js';
import type { Store } from '../store/store.js';
import { CountersUnavailable, type AdmitRequest, type BucketSpec, type Counters, type Verdict } from '../throttle/limiter.js';
import { ApiKeys as ApiKeysTable, type ApiKeys, type KeyGrant } from './api-key.js';
import type { Stage } from '../domain/stage.js';
import { GatewayError } from './gateway-errors.js';
import { quotaOf } from '../domain/usage-plan.js';
import type { Method } from '../domain/method.js';
import type { Resource } from '../domain/resource.js';
import type { Served } from './deployments.js';
import type { Invocation } from './invocation.js';
import type { RequestTrace } from './trace.js';

export interface AdmissionOptions {
  counters: Counters;
  keys: ApiKeys;
  accountRateLimit?: number | undefined;
  accountBurstLimit?: number | undefined;
  redisFailure: 'open' | 'closed';
  log: Logger;
}

/** A bucket for (rate, burst), or none when the pair limits nothing. */
export function bucketOf(key: string, rate: number | undefined, burst: number | undefined): BucketSpec | undefined {
  if (rate === undefined || rate < 0 || !Number.isFinite(rate)) return undefined;
  if (burst !== undefined && burst < 0) return undefined;
  return { key, rate, burst: burst ?? Math.max(1, Math.ceil(rate)) };
}

export class Admission {
  readonly #o: AdmissionOptions;
  /**
   * The stage's throttle bucket per (stage object, method): a new stage object comes with each config
   * version; methods are the deployment's own objects. Built once, not per request.
   */
  readonly #stageBuckets = new WeakMap<Stage, WeakMap<object, { bucket: BucketSpec | undefined }>>();
  /** The account's bucket per region (the account and its limits are the node's configuration). */
  readonly #accountBuckets = new Map<string, { accountId: string; bucket: BucketSpec | undefined }>();

  constructor(o: AdmissionOptions) {
    this.#o = o;
  }

  /**
   * API key, throttles and quota. Synchronous for a method without an API key when the counters
   * decide in-process (Counters.admitNow); a promise otherwise.
   */
  admit(inv: Invocation): void | Promise<void> {
    if (inv.method!.apiKeyRequired) return this.#admitKeyed(inv);
    inv.trace?.step('apiKey', 'skip', NO_KEY);
    const req: AdmitRequest = { buckets: this.#buckets(inv, undefined) };
    const verdict = this.#o.counters.admitNow?.(req);
    if (verdict === undefined) return this.#decide(req, inv, undefined);
    refuse(verdict, req, inv, undefined);
  }

  async #admitKeyed(inv: Invocation): Promise<void> {
    const grant = await this.#o.keys.check(inv);
    if (inv.trace) {
      inv.trace.stepOf('apiKey', 'ok', keyDetail, grant);
      inv.trace.addSecret(grant.key.value);
    }
    await this.#decide(
      {
        buckets: this.#buckets(inv, grant),
        consumer: grant && { planId: grant.plan.id, keyId: grant.key.id, quota: quotaOf(grant.plan) },
      },
      inv,
      grant,
    );
  }

  /** Plan (or per-method plan), stage method, and account buckets, in that order. */
  #buckets(inv: Invocation, grant: KeyGrant | undefined): BucketSpec[] {
    const buckets: BucketSpec[] = [];
    const method = inv.method!;
    const stage = inv.served.stage;
    if (grant) {
      const b = planBucket(grant, inv.request.target.apiId, stage.stageName, inv.resource!.path, method.httpMethod);
      if (b) buckets.push(b);
    }
    const s = this.#stageBucket(inv);
    if (s) buckets.push(s);
    const a = this.#accountBucket(inv.served.accountId, inv.served.region);
    if (a) buckets.push(a);
    return buckets;
  }

  async #decide(req: AdmitRequest, inv: Invocation, grant: KeyGrant | undefined): Promise<void> {
    let verdict: Verdict;
    try {
      verdict = await this.#o.counters.admit(req);
    } catch (e) {
      if (!(e instanceof CountersUnavailable)) throw e;
      if (this.#o.redisFailure === 'open') return;
      throw new GatewayError('INTEGRATION_FAILURE', { status: 503, message: 'Service Unavailable', cause: e });
    }
    refuse(verdict, req, inv, grant);
  }

  #stageBucket(inv: Invocation): BucketSpec | undefined {
    const stage = inv.served.stage;
    let perMethod = this.#stageBuckets.get(stage);
    if (!perMethod) {
      perMethod = new WeakMap();
      this.#stageBuckets.set(stage, perMethod);
    }
    const method = inv.method!;
    let entry = perMethod.get(method);
    if (!entry) {
      const path = inv.resource!.path;
      const httpMethod = method.httpMethod;
      const setting = methodSettingFor(stage, path, httpMethod);
      const apiId = inv.request.target.apiId;
      entry = {
        bucket: setting && bucketOf(`s:${apiId}:${stage.stageName}:${path}:${httpMethod}`, setting.throttlingRateLimit, setting.throttlingBurstLimit),
      };
      perMethod.set(method, entry);
    }
    return entry.bucket;
  }

  #accountBucket(accountId: string, region: string): BucketSpec | undefined {
    let entry = this.#accountBuckets.get(region);
    if (!entry || entry.accountId !== accountId) {
      const account = accountThrottle(region, this.#o);
      entry = { accountId, bucket: bucketOf(`a:${accountId}:${region}`, account.rateLimit, account.burstLimit) };
      this.#accountBuckets.set(region, entry);
    }
    return entry.bucket;
  }
}

/** The verdict as the pipeline answers it: a 429 with the bucket or quota named in its reason; the trace's steps. */
function refuse(verdict: Verdict, req: AdmitRequest, inv: Invocation, grant: KeyGrant | undefined): void {
  const quota = req.consumer?.quota;
  if (verdict === 'QUOTA_EXCEEDED') {
    throw new GatewayError('QUOTA_EXCEEDED', { reason: `Usage plan '${grant?.plan.name}' quota exceeded: ${quota?.limit} requests per ${quota?.period}` });
  }
  const trace = inv.trace;
  if (trace) {
    if (quota) trace.stepOf('quota', 'ok', quotaDetail, quota);
    else trace.step('quota', 'skip');
  }
  if (verdict === 'THROTTLED') {
    const b = req.emptied === undefined ? undefined : req.buckets[req.emptied];
    throw new GatewayError('THROTTLED', {
      reason: b
        ? `${bucketName(b, inv.method, inv.resource, inv.served, grant)}: bucket empty (rate ${b.rate}/s, burst ${b.burst})`
        : 'A throttling bucket is empty',
    });
  }
  if (trace) traceThrottle(trace, req.buckets, inv, grant);
}

const NO_KEY = Object.freeze({ required: false });

/** The trace's details (trace.ts), made when a console reads the trace: the key and its plan, the quota, the buckets. */
function keyDetail(_: RequestTrace, grant: KeyGrant): Record<string, unknown> {
  return { required: true, apiKeyId: grant.key.id, usagePlanId: grant.plan.id, usagePlanName: grant.plan.name };
}

function quotaDetail(_: RequestTrace, quota: { limit: number; period: string }): Record<string, unknown> {
  return { limit: quota.limit, period: quota.period };
}

/** The throttle step: the buckets a request was admitted by, named. */
export function traceThrottle(trace: RequestTrace, buckets: readonly BucketSpec[], inv: Invocation, grant: KeyGrant | undefined): void {
  trace.stepOf('throttle', 'ok', throttleDetail, buckets, inv.method, inv.resource, inv.served, grant);
}

function throttleDetail(
  _: RequestTrace,
  buckets: readonly BucketSpec[],
  method: Method | undefined,
  resource: Resource | undefined,
  served: Served,
  grant: KeyGrant | undefined,
): Record<string, unknown> {
  return { buckets: buckets.map((b) => ({ bucket: bucketName(b, method, resource, served, grant), rate: b.rate, burst: b.burst })) };
}

/** A bucket in words, from the prefix of its key (#buckets, planBucket): whose limit it is. */
function bucketName(b: BucketSpec, method: Method | undefined, resource: Resource | undefined, served: Served, grant: KeyGrant | undefined): string {
  const on = `${method?.httpMethod} ${resource?.path}`;
  switch (b.key.slice(0, 2)) {
    case 'k:':
      return `Usage plan '${grant?.plan.name}' rate limit`;
    case 'm:':
      return `Usage plan '${grant?.plan.name}' throttle for ${on}`;
    case 's:':
      return `Stage '${served.stage.stageName}' throttle for ${on}`;
    default:
      return `Account throttle (${served.region})`;
  }
}

function planBucket(grant: KeyGrant, apiId: string, stageName: string, path: string, httpMethod: string): BucketSpec | undefined {
  const { plan, key } = grant;
  const perMethod: ThrottleSettings | undefined = plan.apiStages.find((s) => s.apiId === apiId && s.stage === stageName)?.throttle?.[`${path}/${httpMethod}`];
  if (perMethod) return bucketOf(`m:${plan.id}:${key.id}:${apiId}:${stageName}:${path}/${httpMethod}`, perMethod.rateLimit, perMethod.burstLimit);
  if (plan.throttle) return bucketOf(`k:${plan.id}:${key.id}`, plan.throttle.rateLimit, plan.throttle.burstLimit);
  return undefined;
}

/** The admission step of an app: its counters, a key table on its store, the configured account throttle and policy. */
export function createAdmission(
  store: Store,
  counters: Counters,
  config: Pick<AdmissionOptions, 'accountRateLimit' | 'accountBurstLimit' | 'redisFailure'>,
  log: Logger,
): Admission {
  return new Admission({
    counters,
    keys: new ApiKeysTable(store),
    accountRateLimit: config.accountRateLimit,
    accountBurstLimit: config.accountBurstLimit,
    redisFailure: config.redisFailure,
    log,
  });
}
