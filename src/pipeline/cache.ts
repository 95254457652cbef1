/**
 * The stage cache (DG:api-gateway-caching). A stage with `cacheClusterEnabled` caches a method's
 * integration answers when the method's settings enable caching:
 *   - the stage-wide `*\/*` setting enables GET only ("only GET methods have caching enabled by
 *     default"); a method's own setting enables any method;
 *   - the TTL is the setting's `cacheTtlInSeconds` (300 by default, at most 3600; 0 = off);
 *   - entries are keyed by stage, the integration's cacheNamespace (else the resource), the HTTP
 *     method and the values of the integration's cacheKeyParameters — `method.request.{path|
 *     querystring|header|multivaluequerystring|multivalueheader}.x`, or an `integration.request.*`
 *     name resolved through the integration's requestParameters; requests that differ only in other
 *     parameters share an entry, as AWS documents;
 *   - answers larger than 1,048,576 bytes are not cached (DG); only 2xx answers are (not recorded:
 *     a choice, so that a failing backend is retried);
 *   - `Cache-Control: max-age=0` from the client: with requireAuthorizationForCacheControl false the
 *     entry is refetched and replaced. With it true (the default) the client must hold the IAM
 *     permission execute-api:InvalidateCache, which Tollgate cannot verify (no IAM), so every such
 *     request counts as unauthorized and unauthorizedCacheControlHeaderStrategy decides:
 *     FAIL_WITH_403 → 403 (ACCESS_DENIED; the body is not recorded), SUCCEED_WITH_RESPONSE_HEADER →
 *     served as usual with a `Warning` header (the text is not recorded), SUCCEED_WITHOUT_RESPONSE_HEADER
 *     → served as usual;
 *   - a canary request uses the stage cache only when canarySettings.useStageCache is true;
 *   - FlushStageCache empties the stage's entries.
 * Memory is bounded: least recently used entries go first once the total passes `maxBytes`
 * (64 MiB by default, whatever cacheClusterSize says).
 */
import { methodSettingFor } from '../domain/stage.js';
import { GatewayError } from './gateway-errors.js';
import type { RenderedResponse } from './gateway-response.js';
import { header, type Invocation } from './invocation.js';
import { evaluate } from './mapping/parameters.js';
import { methodSources } from './integration-request.js';

export const MAX_ENTRY_BYTES = 1_048_576;
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
/** The endpoint step of a request answered from the stage cache (the console's trace). */
const CACHE_HIT = Object.freeze({ stageCache: 'hit' });
const UNAUTHORIZED_WARNING = '199 Cache-control headers were ignored because the caller was unauthorized.';

interface Entry {
  stageKey: string;
  expires: number;
  size: number;
  response: RenderedResponse;
}
interface Plan {
  key: string;
  stageKey: string;
  ttlMs: number;
  read: boolean;
  warn: boolean;
}

export interface CacheOptions {
  maxBytes?: number;
  now?: () => number;
}

export class StageCache {
  readonly #entries = new Map<string, Entry>();
  readonly #maxBytes: number;
  readonly #now: () => number;
  #bytes = 0;
  hits = 0;
  misses = 0;

  constructor(opts: CacheOptions = {}) {
    this.#maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
    this.#now = opts.now ?? Date.now;
  }

  get bytes(): number {
    return this.#bytes;
  }
  get size(): number {
    return this.#entries.size;
  }

  /** Answers from the cache when it may, else runs the integration and keeps a cacheable answer. */
  through(inv: Invocation, run: (inv: Invocation) => RenderedResponse | Promise<RenderedResponse>): RenderedResponse | Promise<RenderedResponse> {
    const plan = this.#plan(inv);
    if (!plan) return run(inv); // no cache on this stage or method: the integration, as it comes
    return this.#through(inv, plan, run);
  }

  async #through(inv: Invocation, plan: Plan, run: (inv: Invocation) => RenderedResponse | Promise<RenderedResponse>): Promise<RenderedResponse> {
    if (plan.read) {
      const hit = this.#get(plan.key);
      if (hit) {
        this.hits++;
        inv.cacheResult = 'hit';
        inv.trace?.step('endpoint', 'cached', CACHE_HIT);
        return withWarning(hit, plan.warn);
      }
    }
    this.misses++;
    inv.cacheResult = 'miss';
    const out = await run(inv);
    if (out.status >= 200 && out.status < 300) this.#set(plan.key, plan.stageKey, out, plan.ttlMs);
    return withWarning(out, plan.warn);
  }

  /** FlushStageCache. */
  flush(apiId: string, stageName: string): void {
    const stageKey = `${apiId}\u0000${stageName}`;
    for (const [k, e] of this.#entries) {
      if (e.stageKey === stageKey) {
        this.#entries.delete(k);
        this.#bytes -= e.size;
      }
    }
  }

  #plan(inv: Invocation): Plan | undefined {
    const stage = inv.served.stage;
    if (!stage.cacheClusterEnabled) return undefined;
    if (inv.served.isCanary && !stage.canarySettings?.useStageCache) return undefined;
    const method = inv.request.method;
    const setting = methodSettingFor(stage, inv.resource!.path, method);
    if (!setting?.cachingEnabled) return undefined;
    const own = setting !== stage.methodSettings?.['*/*'];
    if (!own && method !== 'GET') return undefined;
    const ttl = Math.min(setting.cacheTtlInSeconds ?? 300, 3600);
    if (!(ttl > 0)) return undefined;

    let read = true;
    let warn = false;
    const cacheControl = (header(inv.request, 'cache-control') ?? '')
      .toLowerCase()
      .split(',')
      .map((d) => d.trim());
    if (cacheControl.includes('max-age=0')) {
      if (setting.requireAuthorizationForCacheControl === false) read = false;
      else {
        const strategy = setting.unauthorizedCacheControlHeaderStrategy ?? 'SUCCEED_WITH_RESPONSE_HEADER';
        if (strategy === 'FAIL_WITH_403') throw new GatewayError('ACCESS_DENIED');
        warn = strategy === 'SUCCEED_WITH_RESPONSE_HEADER';
      }
    }

    const integration = inv.method!.methodIntegration!;
    const sources = methodSources(inv);
    const values = (integration.cacheKeyParameters ?? []).map((name) => {
      const expr = name.startsWith('method.request.') ? name : integration.requestParameters?.[name];
      const v = expr ? evaluate(expr, sources) : undefined;
      return `${name}=${v === undefined ? '' : Array.isArray(v) ? v.join(',') : v}`;
    });
    const stageKey = `${inv.request.target.apiId}\u0000${stage.stageName}`;
    const key = [stageKey, integration.cacheNamespace ?? inv.resource!.id, method, ...values].join('\u0000');
    return { key, stageKey, ttlMs: ttl * 1000, read, warn };
  }

  #get(key: string): RenderedResponse | undefined {
    const e = this.#entries.get(key);
    if (!e) return undefined;
    if (e.expires <= this.#now()) {
      this.#entries.delete(key);
      this.#bytes -= e.size;
      return undefined;
    }
    // Most recently used last.
    this.#entries.delete(key);
    this.#entries.set(key, e);
    return e.response;
  }

  #set(key: string, stageKey: string, response: RenderedResponse, ttlMs: number): void {
    let size = response.body.length + key.length;
    for (const [k, v] of Object.entries(response.headers)) size += k.length + (Array.isArray(v) ? v.join('').length : String(v).length);
    if (response.body.length > MAX_ENTRY_BYTES || size > this.#maxBytes) return;
    const old = this.#entries.get(key);
    if (old) {
      this.#entries.delete(key);
      this.#bytes -= old.size;
    }
    this.#entries.set(key, {
      stageKey,
      expires: this.#now() + ttlMs,
      size,
      response: { status: response.status, headers: { ...response.headers }, body: response.body },
    });
    this.#bytes += size;
    for (const [k, e] of this.#entries) {
      if (this.#bytes <= this.#maxBytes) break;
      this.#entries.delete(k);
      this.#bytes -= e.size;
    }
  }
}

function withWarning(r: RenderedResponse, warn: boolean): RenderedResponse {
  return warn ? { ...r, headers: { ...r.headers, Warning: UNAUTHORIZED_WARNING } } : r;
}
