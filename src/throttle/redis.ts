/**
 * Counters in Redis, shared by every Tollgate node pointed at it (`--redis redis://host:port`): one
 * Lua script per request (EVALSHA through ioredis' defineCommand, which falls back to EVAL after a
 * Redis restart empties the script cache) checks the quota and every bucket and consumes them all
 * or nothing, so N nodes admit exactly the quota and the configured rates in total. Time comes from
 * the calling node's clock (injectable for tests); nodes on one machine agree, nodes on several
 * should run NTP: a clock behind a bucket's last update refills nothing, it never over-admits.
 *
 * Keys (prefix `tollgate:`), each with a TTL so Redis never fills up:
 *   b:{bucket}                      "tokens ms" (one GET, one SET PX per request); expires once it would be full again
 *   q:{plan}:{key}:{periodId}       consumed quota; expires a day after its period ends (TTL set when created)
 *   u:{plan}:{key}:{YYYY-MM-DD}     hash {u: used, p: periodId, q: consumed at the last admission}; kept RETENTION_DAYS
 *
 * Failures: commands do not queue while disconnected (enableOfflineQueue false) and time out after
 * COMMAND_TIMEOUT_MS, so a dead Redis answers at once with CountersUnavailable and the data plane
 * applies its policy (`--redis-failure`); ioredis reconnects by itself (every ≤ 1 s) and the next
 * request after Redis returns is counted again. Quota and usage survive a Redis restart only if
 * Redis persists (AOF/RDB); that is Redis' configuration, not Tollgate's.
 */
import { Redis } from 'ioredis';
import { systemClock, type Clock } from '../shared/clock.js';
import type { Logger } from '../shared/log.js';
import {
  Calendar,
  CountersUnavailable,
  dayStart,
  effectiveLimit,
  periodWindow,
  utcDay,
  type AdmitRequest,
  type Counters,
  type QuotaDef,
  type UsageDay,
  type Verdict,
} from './limiter.js';

const PREFIX = 'tollgate:';
export const COMMAND_TIMEOUT_MS = 1000;
const DAY_MS = 86_400_000;
/** How long daily usage records are kept (not recorded for AWS; long enough for a year of GetUsage). */
export const RETENTION_DAYS = 400;

/**
 * KEYS: n bucket keys, the quota key, the usage key.
 * ARGV: now, n, (rate, burst) × n, quota limit ('' = none), quota TTL ms, period id, usage TTL ms, consumer ('1' or '').
 * Returns 0 admitted, 2 over quota, 100 + i throttled by bucket i (1-based).
 */
const ADMIT_LUA = `
local now = tonumber(ARGV[1])
local n = tonumber(ARGV[2])
local base = 2 + 2 * n
local limit = ARGV[base + 1]
if limit ~= '' then
  local used = tonumber(redis.call('GET', KEYS[n + 1]) or '0')
  if used >= tonumber(limit) then return 2 end
end
local tokens = {}
local stamps = {}
for i = 1, n do
  local rate = tonumber(ARGV[1 + 2 * i])
  local burst = tonumber(ARGV[2 + 2 * i])
  local s = redis.call('GET', KEYS[i])
  local t, ts
  if s then
    local a, b = string.match(s, '^(%S+) (%S+)$')
    t = tonumber(a)
    ts = tonumber(b)
  end
  if t == nil or ts == nil then
    t = burst
    ts = now
  elseif now > ts then
    t = math.min(burst, t + (now - ts) * rate / 1000)
    ts = now
  else
    t = math.min(burst, t)
  end
  if t < 1 then return 100 + i end
  tokens[i] = t - 1
  stamps[i] = ts
end
for i = 1, n do
  local rate = tonumber(ARGV[1 + 2 * i])
  local burst = tonumber(ARGV[2 + 2 * i])
  local ttl = 86400000
  if rate > 0 then ttl = math.ceil((burst - tokens[i]) * 1000 / rate) + 1000 end
  redis.call('SET', KEYS[i], string.format('%.17g %.17g', tokens[i], stamps[i]), 'PX', ttl)
end
if ARGV[base + 5] == '1' then
  local used = 0
  if limit ~= '' then
    used = redis.call('INCR', KEYS[n + 1])
    if used == 1 then redis.call('PEXPIRE', KEYS[n + 1], ARGV[base + 2]) end
  end
  if redis.call('HINCRBY', KEYS[n + 2], 'u', 1) == 1 then redis.call('PEXPIRE', KEYS[n + 2], ARGV[base + 4]) end
  redis.call('HSET', KEYS[n + 2], 'p', ARGV[base + 3], 'q', used)
end
return 0
`;

/** KEYS: quota key, usage key. ARGV: consumed, quota TTL ms, period id, usage TTL ms. */
const SET_REMAINING_LUA = `
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
redis.call('HINCRBY', KEYS[2], 'u', 0)
redis.call('HSET', KEYS[2], 'p', ARGV[3], 'q', ARGV[1])
redis.call('PEXPIRE', KEYS[2], ARGV[4])
return 0
`;

type Scripted = Redis & {
  tollgateAdmit(...args: (string | number)[]): Promise<number>;
  tollgateSetRemaining(...args: (string | number)[]): Promise<number>;
};

/** Redis answers that mean "not available right now" rather than "your command is wrong". */
const TRANSIENT = /^(LOADING|BUSY|MASTERDOWN|TRYAGAIN|OOM|MISCONF|READONLY|CLUSTERDOWN)\b/;

export interface RedisCountersOptions {
  url: string;
  clock?: Clock;
  log?: Logger;
  commandTimeoutMs?: number;
  /** Key prefix (default `tollgate:`). */ prefix?: string;
}

export class RedisCounters implements Counters {
  readonly clock: Clock;
  readonly #redis: Scripted;
  readonly #log: Logger | undefined;
  readonly #calendar = new Calendar();
  readonly #p: string;
  #down = false;

  constructor(opts: RedisCountersOptions) {
    this.clock = opts.clock ?? systemClock;
    this.#log = opts.log;
    this.#p = opts.prefix ?? PREFIX;
    this.#redis = new Redis(opts.url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: opts.commandTimeoutMs ?? COMMAND_TIMEOUT_MS,
      connectTimeout: 1000,
      retryStrategy: (times: number) => Math.min(times * 100, 1000),
      enableAutoPipelining: true,
    }) as Scripted;
    this.#redis.defineCommand('tollgateAdmit', { lua: ADMIT_LUA });
    this.#redis.defineCommand('tollgateSetRemaining', { lua: SET_REMAINING_LUA });
    this.#redis.on('error', (e: Error) => {
      if (!this.#down) this.#log?.warn({ err: e.message, url: redact(opts.url) }, 'redis unreachable: applying the --redis-failure policy');
      this.#down = true;
    });
    this.#redis.on('ready', () => {
      if (this.#down) this.#log?.info({ url: redact(opts.url) }, 'redis reachable again');
      this.#down = false;
    });
  }

  /** Resolves when connected, or after `timeoutMs` (the policy covers the rest); true when connected. */
  async ready(timeoutMs = 2000): Promise<boolean> {
    if (this.#redis.status === 'ready') return true;
    return new Promise((resolve) => {
      const done = (ok: boolean): void => {
        clearTimeout(timer);
        this.#redis.off('ready', onReady);
        resolve(ok);
      };
      const onReady = (): void => done(true);
      const timer = setTimeout(() => done(false), timeoutMs);
      this.#redis.on('ready', onReady);
    });
  }

  async #call<T>(f: () => Promise<T>): Promise<T> {
    try {
      return await f();
    } catch (e) {
      const err = e as Error;
      if (err.name === 'ReplyError' && !TRANSIENT.test(err.message)) throw err;
      throw new CountersUnavailable(`redis: ${err.message}`, { cause: e });
    }
  }

  async admit(req: AdmitRequest): Promise<Verdict> {
    const now = this.clock.now();
    const c = req.consumer;
    const keys: string[] = req.buckets.map((b) => `${this.#p}b:${b.key}`);
    const args: (string | number)[] = [now, req.buckets.length];
    for (const b of req.buckets) args.push(b.rate, b.burst);
    if (c) {
      const w = c.quota ? this.#calendar.window(now, c.quota.period) : undefined;
      keys.push(w ? this.#quotaKey(c.planId, c.keyId, w.id) : `${this.#p}q:-`, this.#usageKey(c.planId, c.keyId, this.#calendar.day(now)));
      args.push(c.quota && w ? effectiveLimit(c.quota, w) : '', w ? w.end - now + DAY_MS : 1, w?.id ?? '', usageTtl(now), '1');
    } else {
      keys.push(`${this.#p}q:-`, `${this.#p}u:-`);
      args.push('', 1, '', 1, '');
    }
    const r = await this.#call(() => this.#redis.tollgateAdmit(keys.length, ...keys, ...args));
    if (r >= 100) req.emptied = r - 101;
    return r === 0 ? 'ADMITTED' : r === 2 ? 'QUOTA_EXCEEDED' : 'THROTTLED';
  }

  async quotaUsed(planId: string, keyId: string, quota: QuotaDef): Promise<number> {
    const w = periodWindow(this.clock.now(), quota.period);
    const v = await this.#call(() => this.#redis.get(this.#quotaKey(planId, keyId, w.id)));
    return v === null ? 0 : Number(v);
  }

  async usage(planId: string, keyId: string, fromDay: string, toDay: string): Promise<UsageDay[]> {
    const days: string[] = [];
    for (let t = dayStart(fromDay), end = dayStart(toDay); t <= end; t += DAY_MS) days.push(utcDay(t));
    if (!days.length) return [];
    const replies = await this.#call(() => {
      const p = this.#redis.pipeline();
      for (const d of days) p.hmget(this.#usageKey(planId, keyId, d), 'u', 'p', 'q');
      return p.exec();
    });
    const out: UsageDay[] = [];
    replies?.forEach(([err, v], i) => {
      if (err) throw new CountersUnavailable(`redis: ${err.message}`, { cause: err });
      const [u, p, q] = v as (string | null)[];
      if (u !== null) out.push({ day: days[i], used: Number(u), periodId: p ?? '', quotaUsed: Number(q ?? 0) });
    });
    return out;
  }

  async setRemaining(planId: string, keyId: string, quota: QuotaDef, remaining: number): Promise<void> {
    const now = this.clock.now();
    const w = periodWindow(now, quota.period);
    const used = effectiveLimit(quota, w) - remaining;
    await this.#call(() =>
      this.#redis.tollgateSetRemaining(
        2,
        this.#quotaKey(planId, keyId, w.id),
        this.#usageKey(planId, keyId, utcDay(now)),
        used,
        w.end - now + DAY_MS,
        w.id,
        usageTtl(now),
      ),
    );
  }

  #quotaKey(planId: string, keyId: string, periodId: string): string {
    return `${this.#p}q:${planId}:${keyId}:${periodId}`;
  }
  #usageKey(planId: string, keyId: string, day: string): string {
    return `${this.#p}u:${planId}:${keyId}:${day}`;
  }

  async ping(): Promise<void> {
    await this.#call(() => this.#redis.ping());
  }

  async close(): Promise<void> {
    this.#redis.disconnect();
  }
}

/** Until RETENTION_DAYS after the end of today. */
const usageTtl = (now: number): number => dayStart(utcDay(now)) + DAY_MS - now + RETENTION_DAYS * DAY_MS;
/** A URL without its password, for logs. */
const redact = (url: string): string => url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
