/**
 * A bounded fuzz of the management API: requests generated from the model's shapes, mostly valid
 * samples with one to three mutations (wrong JSON types, missing required members, invalid enum
 * values, strings up to ~1 MB, deep nesting, malformed JSON, random bytes, unknown paths and
 * methods, bad percent-encoding, huge numbers, negative limits, bad patch operations, unknown ids),
 * sent over a keep-alive agent of 8 sockets to a real server. Whatever the request, Tollgate must
 * answer: never 500 (nor any 5xx but 501 NotImplementedException), always x-amzn-RequestId, always
 * x-amzn-ErrorType and a JSON message on errors, JSON that parses on a JSON success, and never drop the
 * connection.
 *
 * The request sequence depends only on the seed and on which operations are implemented (the seed
 * is printed; TOLLGATE_FUZZ_SEED=n replays it, TOLLGATE_FUZZ_REQUESTS=n changes the count). Requests
 * stay valid HTTP (Node answers a malformed request line or a head over 16 KiB itself, before
 * Tollgate sees it).
 */
import assert from 'node:assert/strict';
import { Agent, request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { IMPLEMENTED } from '../../src/services/apigateway/handlers.js';
import { APIGATEWAY_MODEL } from '../../src/services/apigateway/generated/model.js';
import type { MemberRef } from '../../src/protocol/model.js';
import { encodeRequest, int, mulberry32, pick, RawJson, sampleInput, type Rng, type WireRequest } from '../helpers/model-samples.js';
import { startTollgate, type TestServer } from '../helpers/tollgate.js';

const SEED = process.env.TOLLGATE_FUZZ_SEED ? Number(process.env.TOLLGATE_FUZZ_SEED) : (Date.now() ^ (process.pid << 16)) >>> 0;
const REQUESTS = Number(process.env.TOLLGATE_FUZZ_REQUESTS ?? 10_000);
const IN_FLIGHT = 16;
const SOCKETS = 8;
/** Requests carrying ~1 MB strings go to a region of their own, so the lists of the others stay small. */
const SINK_REGION = 'ap-sink-1';
const POOL = Array.from({ length: 10 }, (_, i) => `fuzzpool${i}`);

const operations = Object.keys(APIGATEWAY_MODEL.operations);

interface FuzzRequest extends WireRequest {
  what: string[];
  chunked?: boolean;
}
/** Ids that exist, so that mutated requests reach the handlers' deeper rules: per API and per region. */
interface Pool {
  perApi: Map<string, Record<string, string[]>>;
  global: Record<string, string[]>;
}

// ---------------------------------------------------------------------------------------------
// Values

const WRONG_VALUES: unknown[] = [true, false, 0, -1, 1.5, 'text', '', [], [1, 'a'], {}, { a: 1 }, null, [[[]]], { '': null }];
/**
 * A fresh copy each time: a shared array set into a slot by one mutation could be picked again by a later
 * one as the value of its own element, and the input would contain itself (seed 1060267358 did).
 */
const wrongValue = (rng: Rng): unknown => structuredClone(pick(rng, WRONG_VALUES));

function longString(rng: Rng, max: number): string {
  const n = int(rng, Math.min(1000, max), max);
  const unit = pick(rng, ['a', 'é', '𝄞', '/', '%', '\\', '"', ' ', 'abc-', '\u0000', '\u2028']);
  return unit.repeat(Math.ceil(n / unit.length)); // whole units: no lone surrogate
}

function deepJson(rng: Rng): RawJson {
  const depth = pick(rng, [64, 1000, 10_000, 100_000]);
  return pick(rng, [
    () => new RawJson('['.repeat(depth) + ']'.repeat(depth)),
    () => new RawJson('{"a":'.repeat(depth) + '1' + '}'.repeat(depth)),
    () => new RawJson('['.repeat(depth)), // unterminated
  ])();
}

const HUGE_NUMBERS = [
  '1e400',
  '-1e400',
  '9007199254740993',
  '18446744073709551616',
  '-9223372036854775809',
  '1e20',
  '-0',
  '0.0000001',
  '2147483648',
  '-2147483649',
  '1E3',
  '1.0',
];

const ODD_IDS = [
  '',
  ' ',
  'nope',
  'a'.repeat(300),
  '..',
  '.',
  '%',
  '%25',
  '%2F',
  'ü',
  '😀',
  'null',
  'undefined',
  '0',
  '-1',
  '{id}',
  'a/b',
  '\\',
  "'",
  '"',
  '<x>',
  'fuzzpool0 ',
  'FUZZPOOL0',
];

const PATCH_PATHS = [
  '/name',
  '/description',
  '/apiKeySource',
  '/binaryMediaTypes/image~1png',
  '/binaryMediaTypes/~0~1',
  '/binaryMediaTypes',
  '/binaryMediaTypes/',
  '/minimumCompressionSize',
  '/endpointConfiguration/types/0',
  '/endpointConfiguration/types/EDGE',
  '/endpointConfiguration/ipAddressType',
  '/endpointConfiguration/vpcEndpointIds',
  '/disableExecuteApiEndpoint',
  '/policy',
  '/securityPolicy',
  '/endpointAccessMode',
  '/parentId',
  '/pathPart',
  '/tags/a',
  '/',
  '',
  '~',
  '/a~2b',
  '/~',
  '/*/*/logging/loglevel',
  '/*/*/throttling/rateLimit',
  '/~1/GET/caching/enabled',
  '/variables/v',
  '/variables',
  '/accessLogSettings/format',
  '/canarySettings/percentTraffic',
  '/apiStages',
  '/apiStages/a:b/throttle',
  '/throttle/burstLimit',
  '/quota/limit',
  '/quota/period',
  '/enabled',
  '/stages',
  '/customerId',
  '/requestParameters/method.request.header.x',
  '/responseParameters/method.response.header.y',
  '/requestTemplates/application~1json',
  '/responseModels/application~1json',
  '/cacheKeyParameters/method.request.path.id',
  '/authorizationType',
  '/authorizerId',
  '/apiKeyRequired',
  '/connectionType',
  '/timeoutInMillis',
  '/uri',
  '/httpMethod',
  '/restApiId',
  '/id',
  '/certificateArn',
  '/domainNameStatus',
  '/basePath',
  '/stage',
  '/cloudwatchRoleArn',
  '/features',
  '/labels',
  '/remaining',
  '/value',
];
const PATCH_OPS: unknown[] = ['add', 'remove', 'replace', 'move', 'copy', 'test', undefined, 'wrong', 'REPLACE', '', 7, null];

function patchValue(rng: Rng, ids: string[]): unknown {
  return pick(rng, [
    undefined,
    '',
    'x',
    'true',
    'false',
    '-1',
    '0',
    '10',
    '1.5',
    '10485761',
    '99999999999999999999',
    'PRIVATE',
    'REGIONAL',
    'EDGE',
    'dualstack',
    'ipv4',
    'HEADER',
    'AUTHORIZER',
    'vpce-1',
    '{"a":1}',
    '{',
    'image/png',
    '{id}',
    '{proxy+}',
    'a/b',
    '..',
    'ü',
    'a'.repeat(300),
    'DAY',
    'api:stage',
    ...ids,
    7,
    true,
    { a: 1 },
    ['x'],
    null,
  ]);
}

function patchOperations(rng: Rng, ids: string[]): unknown {
  if (rng() < 0.05) return wrongValue(rng);
  const n = int(rng, 0, 5);
  const ops: unknown[] = [];
  for (let i = 0; i < n; i++) {
    if (rng() < 0.03) {
      ops.push(pick(rng, [null, 'op', 1, []]));
      continue;
    }
    const op: Record<string, unknown> = {};
    if (rng() < 0.9) op.op = pick(rng, PATCH_OPS);
    if (rng() < 0.9) op.path = rng() < 0.9 ? pick(rng, PATCH_PATHS) : `/${pick(rng, ODD_IDS)}/${pick(rng, ODD_IDS)}`;
    if (rng() < 0.8) op.value = patchValue(rng, ids);
    if (rng() < 0.1) op.from = pick(rng, PATCH_PATHS);
    if (rng() < 0.03) op.unknown = 'member';
    ops.push(op);
  }
  return ops;
}

// ---------------------------------------------------------------------------------------------
// Slots: every place of a sample input a mutation can act on

interface Slot {
  parent: Record<string, unknown> | unknown[];
  key: string | number;
  ref: MemberRef;
  loc: string;
  required: boolean;
}

function slotsOf(input: Record<string, unknown>, shapeName: string): Slot[] {
  const out: Slot[] = [];
  const visit = (parent: Slot['parent'], key: string | number, ref: MemberRef, loc: string, required: boolean): void => {
    out.push({ parent, key, ref, loc, required });
    const v = (parent as Record<string | number, unknown>)[key];
    if (loc !== 'body' || v === null || typeof v !== 'object' || v instanceof RawJson || v instanceof Uint8Array) return;
    if (ref.t === 'list' && Array.isArray(v)) v.forEach((_, i) => visit(v, i, ref.member!, loc, false));
    else if (ref.t === 'map' && !Array.isArray(v)) for (const k of Object.keys(v)) visit(v as Record<string, unknown>, k, ref.member!, loc, false);
    else if (ref.t === 'structure' && !Array.isArray(v)) walk(v as Record<string, unknown>, ref.shape!, loc);
  };
  const walk = (obj: Record<string, unknown>, shape: string, loc?: string): void => {
    const s = APIGATEWAY_MODEL.shapes[shape];
    for (const [m, ref] of Object.entries(s.members)) {
      if (obj[m] === undefined) continue;
      visit(obj, m, ref, loc ?? ref.loc ?? 'body', s.required.includes(m));
    }
  };
  walk(input, shapeName);
  return out;
}

const set = (s: Slot, v: unknown): void => {
  (s.parent as Record<string | number, unknown>)[s.key] = v;
};

// ---------------------------------------------------------------------------------------------
// The generator

function idValues(rng: Rng, pool: Pool, op: string): NonNullable<Parameters<typeof sampleInput>[1]>['values'] {
  const api = pick(rng, POOL);
  const local = pool.perApi.get(api) ?? {};
  const resources = local.resourceId ?? [];
  const unknown = (): string => (rng() < 0.5 ? pick(rng, ODD_IDS) : Math.floor(rng() * 36 ** 6).toString(36));
  // A known id most of the time, else an unknown one or the plain sample.
  const from = (xs: string[] | undefined) => (): string | undefined => {
    const r = rng();
    if (xs?.length && r < 0.8) return pick(rng, xs);
    return r < 0.9 ? unknown() : undefined;
  };
  const region = rng() < 0.9 ? 'us-east-1' : pick(rng, ['eu-west-1', 'x', '']);
  const values: Record<string, () => string | undefined> = {};
  for (const [name, xs] of Object.entries({ ...pool.global, ...local })) values[name] = from(xs);
  values.restApiId = from([api]);
  values.apiId = from([api]);
  values.parentId = from(resources);
  // Models: names the fuzz can find again, and schemas that reach the $ref and pointer handling.
  const MODEL_NAMES = ['Pets', 'Self', 'M1'];
  const base = `https://apigateway.amazonaws.com/restapis/${api}/models`;
  values.name = () => (rng() < 0.5 ? pick(rng, [...MODEL_NAMES, `M${int(rng, 0, 99_999)}`]) : undefined);
  values.modelName = from([...(local.modelName ?? []), ...MODEL_NAMES]);
  values.schema = () =>
    rng() < 0.8
      ? pick(rng, [
          '{}',
          '[]',
          'not json',
          '{"type":"object"}',
          '{"type":"object","properties":{"a":{"type":"string"}}}',
          `{"type":"object","properties":{"a":{"$ref":"${base}/Empty"}}}`,
          `{"type":"object","properties":{"a":{"$ref":"${base}/%ZZ"}}}`,
          `{"type":"object","properties":{"a":{"$ref":"${base}/Pets%"}}}`,
          `{"type":"array","items":{"$ref":"${base}/%E0%A4%A"}}`,
          `{"type":"object","properties":{"a":{"$ref":"${base}/Ptr#/definitions/%ZZ"}}}`,
          `{"type":"object","properties":{"a":{"$ref":"${base}/Error#/properties/%ZZ"}}}`,
          `{"type":"object","properties":{"s":{"$ref":"${base}/Self"}}}`,
          `{"type":"object","properties":{"s":{"$ref":"${base}/Pets#/definitions/a~1b"}},"definitions":{"a/b":{"type":"integer"}}}`,
          '{"type":"object","properties":{"a":{"$ref":"#/definitions/%ZZ"}},"definitions":{}}',
          '{"type":"array","items":{"$ref":"#/definitions/x"}}',
          '{"type":"object","properties":{"a":{"$ref":"#"}}}',
          '{"type":"object","properties":{"a":{"$ref":"http://elsewhere/x"}}}',
          `{"type":"object","properties":${'{"a":{"type":"object","properties":'.repeat(200)}{}${'}}'.repeat(200)}}`,
          '{"$schema":"http://json-schema.org/draft-04/schema#","type":"object","properties":{"a":{"type":"wrong"}}}',
          '{"type":"object","unknownKeyword":1}',
        ])
      : undefined;
  // A Delete* names what it deletes by its last label: a pool id there only now and then, so the pool lasts.
  const last = /\{(\w+)\}[^{]*$/.exec(APIGATEWAY_MODEL.operations[op].uri)?.[1];
  if (op.startsWith('Delete') && last) {
    const keep = values[last];
    values[last] = () => (rng() < 0.05 && keep ? keep() : unknown());
  }
  values.resourceArn = () =>
    pick(rng, [
      `arn:aws:apigateway:${region}::/restapis/${api}`,
      `arn:aws:apigateway:${region}::/restapis/${api}/stages/${pick(rng, ['prod', unknown()])}`,
      ...['apikeys', 'usageplans', 'domainnames', 'clientcertificates', 'vpclinks'].map(
        (k) => `arn:aws:apigateway:${region}::/${k}/${from(pool.global[k])() ?? unknown()}`,
      ),
      `arn:aws:apigateway:${region}::/apikeys/%ZZ`,
      `arn:aws:apigateway:${region}::/domainnames/%E0%A4%A`,
      `arn:aws:apigateway:${region}::/${unknown()}`,
      'arn:aws:apigateway:::',
      unknown(),
      `arn:aws:apigateway:${region}::/restapis/${api}/resources/${pick(rng, resources.length ? resources : ['r'])}`,
    ]);
  return values;
}

type Mutation = (ctx: { rng: Rng; op: string; input: Record<string, unknown>; slots: Slot[]; what: string[]; pool: Pool; sink: { on: boolean } }) => void;

const bodySlots = (slots: Slot[]): Slot[] => slots.filter((s) => s.loc === 'body');

const INPUT_MUTATIONS: Record<string, Mutation> = {
  wrongType({ rng, slots, what }) {
    const s = bodySlots(slots);
    if (!s.length) return;
    const slot = pick(rng, s);
    set(slot, wrongValue(rng));
    what.push(`wrongType ${String(slot.key)}`);
  },
  dropRequired({ rng, slots, what }) {
    const s = slots.filter((x) => x.required);
    if (!s.length) return;
    const slot = pick(rng, s);
    delete (slot.parent as Record<string, unknown>)[slot.key as string];
    what.push(`dropRequired ${String(slot.key)}`);
  },
  badEnum({ rng, slots, what }) {
    const s = slots.filter((x) => x.ref.enum);
    if (!s.length) return;
    const slot = pick(rng, s);
    const v = (slot.parent as Record<string | number, unknown>)[slot.key];
    set(slot, pick(rng, ['wrong', '', ' EDGE', 'edge', String(v).toLowerCase(), `${String(v)} `, 'ü', '*']));
    what.push(`badEnum ${String(slot.key)}`);
  },
  longString({ rng, slots, what, sink }) {
    const s = slots.filter((x) => x.ref.t === 'string');
    if (!s.length) return;
    const slot = pick(rng, s);
    // Bodies take up to ~1 MB; a URL stays under ~8 KB once percent-encoded (AWS's own URL limit is
    // 8-10 KB; Node refuses a request head over 16 KiB before Tollgate sees it).
    if (slot.loc === 'body') {
      sink.on = true;
      set(slot, longString(rng, 1_000_000));
    } else if (slot.loc === 'header') set(slot, 'text/'.repeat(int(rng, 100, 1500)));
    else set(slot, longString(rng, 600));
    what.push(`longString ${String(slot.key)}@${slot.loc}`);
  },
  hugeNumber({ rng, slots, what }) {
    const s = slots.filter((x) => x.ref.t === 'integer' || x.ref.t === 'double');
    if (!s.length) return;
    const slot = pick(rng, s);
    const n = pick(rng, HUGE_NUMBERS);
    set(slot, slot.loc === 'body' ? new RawJson(n) : n);
    what.push(`hugeNumber ${String(slot.key)}=${n}`);
  },
  badLimit({ rng, input, op, what }) {
    if (!APIGATEWAY_MODEL.shapes[APIGATEWAY_MODEL.operations[op].input].members.limit) return;
    input.limit = pick(rng, [-1, 0, -2147483648, 2147483647, 501, 1e6, 1.5, 'abc', '', ' 5', '0x10', '1e3', '99999999999999999999999']);
    if (rng() < 0.5) input.position = pick(rng, ['', 'garbage', 'cDE', 'cDk5OTk5OTk5OTk5OTk5OTk5', '%', '%%', 'p1', 'cC0x']);
    what.push(`badLimit ${String(input.limit)} ${String(input.position)}`);
  },
  badPatch({ rng, input, op, what, pool }) {
    if (!APIGATEWAY_MODEL.shapes[APIGATEWAY_MODEL.operations[op].input].members.patchOperations) return;
    input.patchOperations = patchOperations(rng, [...POOL, ...[...pool.perApi.values()].flatMap((x) => Object.values(x).flat())]);
    what.push('badPatch');
  },
  unknownId({ rng, slots, what }) {
    const s = slots.filter((x) => x.loc === 'label');
    if (!s.length) return;
    const slot = pick(rng, s);
    set(slot, pick(rng, ODD_IDS));
    what.push(`unknownId ${String(slot.key)}`);
  },
  extraMembers({ rng, input, what }) {
    // defineProperty: `__proto__` becomes an own key that JSON.stringify writes.
    Object.defineProperty(input, pick(rng, ['unknownMember', 'Name', '__proto__', 'constructor', 'hasOwnProperty', 'item']), {
      value: pick(rng, WRONG_VALUES),
      enumerable: true,
      writable: true,
      configurable: true,
    });
    what.push('extraMembers');
  },
  deepNest({ rng, slots, what }) {
    const s = bodySlots(slots);
    if (!s.length) return;
    const slot = pick(rng, s);
    set(slot, deepJson(rng));
    what.push(`deepNest ${String(slot.key)}`);
  },
  nullOrEmpty({ rng, slots, what }) {
    if (!slots.length) return;
    const slot = pick(rng, slots);
    const empty: Record<string, unknown> = {
      string: '',
      list: [],
      map: {},
      structure: {},
      integer: 0,
      double: 0,
      boolean: false,
      blob: new Uint8Array(),
    };
    set(slot, rng() < 0.5 ? null : empty[slot.ref.t]);
    what.push(`nullOrEmpty ${String(slot.key)}`);
  },
};

const METHODS = ['GET', 'PUT', 'POST', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'PROPFIND', 'PURGE', 'SEARCH', 'MKCOL', 'LINK'];
const SEGMENTS = [
  'restapis',
  'resources',
  'methods',
  'integration',
  'responses',
  'stages',
  'apikeys',
  'usageplans',
  'keys',
  'tags',
  'domainnames',
  'basepathmappings',
  'account',
  'vpclinks',
  'sdktypes',
  'exports',
  'documentation',
  'parts',
  'versions',
  'models',
  'default_template',
  'authorizers',
  'gatewayresponses',
  'clientcertificates',
  'cache',
  'data',
  'usage',
  '',
  '.',
  '..',
  '%2e%2e',
  '%',
  '%zz',
  '%C3%28',
  '%ED%A0%80',
  '%00',
  '%2F',
  'x;y',
  '%C3%BC',
  '%F0%9F%98%80',
  'GET',
  '{restApiId}',
  'fuzzpool0',
  '*',
  'a+b',
  '~',
];

const WIRE_MUTATIONS: Record<string, (rng: Rng, req: FuzzRequest) => void> = {
  malformedJson(rng, req) {
    const text = req.body?.toString('utf8') ?? '{}';
    const body = pick(rng, [
      () => text.slice(0, int(rng, 0, Math.max(0, text.length - 1))),
      () => `${text}}`,
      () => `${text} trailing`,
      () => `\uFEFF${text}`,
      () => 'not json',
      () => '',
      () => 'null',
      () => '[]',
      () => '"a string"',
      () => '123',
      () => 'true',
      () => '{"a":}',
      () => "{'name':'x'}",
      () => '{"name":"x",}',
      () => '{"name":"x" "description":"y"}',
      () => '{"name":NaN}',
      () => '{"name":"\\ud800"}',
      () => '{"name":"\\x"}',
      () => `${text}${text}`,
      () => '\u0000',
      () => '{"name":"x"}\u0000',
      () => '{"name":"x","name":"y"}',
    ])();
    req.body = Buffer.from(body);
    if (rng() < 0.1) req.body = Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xc3, 0x28, 0xff, 0xfe]), Buffer.from('"}')]);
    req.headers['content-type'] = 'application/json';
    req.what.push('malformedJson');
  },
  randomBytes(rng, req) {
    req.body = Buffer.from(Array.from({ length: int(rng, 0, 4096) }, () => int(rng, 0, 255)));
    req.what.push('randomBytes');
  },
  badPercent(rng, req) {
    const bad = pick(rng, ['%', '%G1', '%C3%28', '%ED%A0%80', '%00', '%F0%9F', '%%', '%2', '%u0041', '%FF']);
    const [path, query] = req.path.split('?');
    const parts = path.split('/');
    if (query !== undefined && rng() < 0.4) {
      req.path = `${path}?${query}&${bad}=${bad}&limit=${bad}&position=${bad}`;
    } else {
      const i = int(rng, 1, Math.max(1, parts.length - 1));
      parts[i] = rng() < 0.5 ? bad : `${parts[i] ?? ''}${bad}`;
      req.path = parts.join('/') + (query !== undefined ? `?${query}` : '');
    }
    req.what.push(`badPercent ${bad}`);
  },
  randomMethod(rng, req) {
    req.method = pick(rng, METHODS);
    if ((req.method === 'GET' || req.method === 'HEAD') && rng() < 0.5) delete req.body;
    req.what.push(`method ${req.method}`);
  },
  pathJunk(rng, req) {
    const [path, query] = req.path.split('?');
    const p =
      pick(rng, [
        () => `${path}/`,
        () => `/${path}`,
        () => `${path}/x`,
        () => path.toUpperCase(),
        () => path.replace(/\/[^/]*$/, ''),
        () => `${path}/./`,
        () => `${path}/../${pick(rng, SEGMENTS)}`,
        () => `${path};a=b`,
        () => path.replace(/\//g, '//'),
        () => `${path}%2F`,
        () => '/',
        () => '/*',
      ])() || '/';
    req.path = p + (query !== undefined ? `?${query}` : rng() < 0.3 ? pick(rng, ['?', '?&&=&', '?a', '?mode=import', '?limit=1&limit=2']) : '');
    req.what.push('pathJunk');
  },
  headerJunk(rng, req) {
    const region = pick(rng, ['us-east-1', 'eu-west-1', 'x', 'UPPER-1', '']);
    pick(rng, [
      () => {
        req.headers['content-type'] = pick(rng, ['text/plain', 'application/x-amz-json-1.1', '', 'application/json; charset=latin1', '*/*']);
      },
      () => {
        req.headers.authorization = `AWS4-HMAC-SHA256 Credential=AKID/20240101/${region}/apigateway/aws4_request, SignedHeaders=host, Signature=00`;
      },
      () => {
        req.headers.authorization = pick(rng, ['garbage', 'AWS4-HMAC-SHA256', 'Bearer x', 'Credential=/////']);
      },
      () => {
        req.path += `${req.path.includes('?') ? '&' : '?'}X-Amz-Credential=AKID%2F20240101%2F${region}%2Fapigateway%2Faws4_request`;
      },
      () => {
        req.headers['content-encoding'] = 'gzip';
      },
      () => {
        req.headers.accept = pick(rng, ['application/yaml', 'text/html', '*/*', '', 'application/json;q=0']);
      },
      () => {
        req.headers.expect = '100-continue';
      },
    ])();
    req.what.push('headerJunk');
  },
  chunked(_rng, req) {
    req.chunked = true;
    req.what.push('chunked');
  },
};

/** A request that follows no template at all. */
function randomRequest(rng: Rng): FuzzRequest {
  const n = int(rng, 0, 8);
  const path = `/${Array.from({ length: n }, () => pick(rng, SEGMENTS)).join('/')}${rng() < 0.3 ? `?${pick(rng, SEGMENTS)}=${pick(rng, SEGMENTS)}` : ''}`;
  const req: FuzzRequest = { method: pick(rng, METHODS), path, headers: {}, what: ['random'] };
  if (rng() < 0.5 && req.method !== 'HEAD' && req.method !== 'GET') req.body = Buffer.from(pick(rng, ['{}', '{"name":"x"}', 'garbage', '[]']));
  return req;
}

function signedFor(region: string): string {
  return `AWS4-HMAC-SHA256 Credential=AKIDTEST/20240101/${region}/apigateway/aws4_request, SignedHeaders=host;x-amz-date, Signature=${'0'.repeat(64)}`;
}

function generate(seed: number, count: number, pool: Pool): FuzzRequest[] {
  const rng = mulberry32(seed);
  const implemented = operations.filter((o) => IMPLEMENTED[o]);
  const out: FuzzRequest[] = [];
  const mutationNames = Object.keys(INPUT_MUTATIONS);
  const wireNames = Object.keys(WIRE_MUTATIONS);
  for (let i = 0; i < count; i++) {
    // Every 250 requests, re-create a pool API a DeleteRestApi may have removed (201, or 409 when it exists).
    if (i % 250 === 0) {
      const id = POOL[(i / 250) % POOL.length];
      const r = encodeRequest('CreateRestApi', { name: 'pool', tags: { _custom_id_: id } });
      out.push({ ...r, headers: { ...r.headers, authorization: signedFor('us-east-1') }, what: ['repair'] });
      continue;
    }
    if (rng() < 0.06) {
      out.push(randomRequest(rng));
      continue;
    }
    const op = rng() < 0.5 && implemented.length ? pick(rng, implemented) : pick(rng, operations);
    const input = sampleInput(op, { rng, fillAll: rng() < 0.3, values: idValues(rng, pool, op) });
    const what = [op];
    const sink = { on: false };
    const nInput = pick(rng, [0, 1, 1, 1, 2, 2, 3]);
    for (let k = 0; k < nInput; k++) {
      const slots = slotsOf(input, APIGATEWAY_MODEL.operations[op].input);
      INPUT_MUTATIONS[pick(rng, mutationNames)]({ rng, op, input, slots, what, pool, sink });
    }
    const req: FuzzRequest = { ...encodeRequest(op, input), what };
    req.headers.authorization = signedFor(sink.on ? SINK_REGION : 'us-east-1');
    if (rng() < 0.2) delete req.headers.authorization; // unsigned: the default region
    if (sink.on) req.headers.authorization = signedFor(SINK_REGION);
    const nWire = pick(rng, [0, 0, 0, 0, 0, 1, 1, 2]);
    for (let k = 0; k < nWire; k++) WIRE_MUTATIONS[pick(rng, wireNames)](rng, req);
    out.push(req);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The run

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function send(agent: Agent, base: URL, req: FuzzRequest): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...req.headers };
    if (req.body && !req.chunked) headers['content-length'] = String(req.body.length);
    // Node's client frames a GET or DELETE body only when told to.
    if (req.body && req.chunked) headers['transfer-encoding'] = 'chunked';
    const r = request({ host: base.hostname, port: base.port, method: req.method, path: req.path, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    r.setTimeout(30_000, () => r.destroy(new Error('no answer within 30 s')));
    r.on('error', reject);
    if (req.body && req.chunked && req.body.length > 1) {
      const half = req.body.length >> 1;
      r.write(req.body.subarray(0, half));
      r.end(req.body.subarray(half));
    } else {
      r.end(req.body);
    }
  });
}

/** What is wrong with an answer, or undefined. */
function problem(req: FuzzRequest, a: Answer): string | undefined {
  const type = a.headers['x-amzn-errortype'];
  if (!a.headers['x-amzn-requestid']) return 'no x-amzn-RequestId';
  if (a.status >= 500 && !(a.status === 501 && type === 'NotImplementedException')) return `status ${a.status} ${String(type)}`;
  // A success a client cannot read is as broken as a 500: an integral double of 1e21 or more was once
  // written as 1e+21.0 (src/protocol/serialize.ts).
  if (a.status < 300 && req.method !== 'HEAD' && a.body.length && String(a.headers['content-type'] ?? '').includes('json')) {
    try {
      JSON.parse(a.body.toString('utf8'));
    } catch {
      return `success body is not JSON: ${show(a.body.toString('utf8'))}`;
    }
  }
  if (a.status >= 400) {
    if (!type) return 'error without x-amzn-ErrorType';
    if (req.method !== 'HEAD') {
      let json: Record<string, unknown>;
      try {
        json = JSON.parse(a.body.toString('utf8')) as Record<string, unknown>;
      } catch {
        return 'error body is not JSON';
      }
      if (typeof (json.message ?? json.Message) !== 'string') return 'error body without a message';
    }
  }
  return undefined;
}

const show = (s: string, n = 300): string => (s.length > n ? `${s.slice(0, n)}…(${s.length} chars)` : s);

describe(`fuzz: ${REQUESTS} generated requests (seed ${SEED})`, { timeout: 300_000 }, () => {
  let t: TestServer;
  const pool: Pool = { perApi: new Map(), global: {} };

  /** One setup call over raw HTTP; the body of a 2xx answer, else undefined (the operation may not exist yet). */
  async function call(op: string, input: Record<string, unknown>): Promise<Record<string, unknown> | undefined> {
    const r = encodeRequest(op, input);
    const res = await fetch(t.app.adminUrl + r.path, { method: r.method, headers: r.headers, body: r.body as BodyInit | undefined });
    const text = await res.text();
    return res.ok ? (text ? (JSON.parse(text) as Record<string, unknown>) : {}) : undefined;
  }
  const add = (into: Record<string, string[]>, key: string, v: unknown): void => {
    if (typeof v === 'string') (into[key] ??= []).push(v);
  };

  before(async () => {
    t = await startTollgate();
    // The pool: REST APIs with known ids and a small tree with a MOCK method, a deployment and stage,
    // and one of each region-level resource. Only the APIs and resources are required; the rest is
    // created where the operation is implemented.
    const g = pool.global;
    for (const id of POOL) {
      const api = await call('CreateRestApi', { name: id, tags: { _custom_id_: id } });
      assert.ok(api, `CreateRestApi ${id}`);
      const local: Record<string, string[]> = {
        resourceId: [api.rootResourceId as string],
        stageName: ['prod'],
        httpMethod: ['GET'],
        statusCode: ['200'],
        modelName: ['Empty', 'Error'],
        documentationVersion: ['v1'],
      };
      for (const [part, parent] of [
        ['pets', 0],
        ['{id}', 1],
        ['items', 0],
      ] as const) {
        const r = await call('CreateResource', { restApiId: id, parentId: local.resourceId[parent], pathPart: part });
        assert.ok(r, `CreateResource ${part}`);
        add(local, 'resourceId', r.id);
      }
      const m = { restApiId: id, resourceId: local.resourceId[1], httpMethod: 'GET' };
      await call('PutMethod', { ...m, authorizationType: 'NONE' });
      await call('PutMethodResponse', { ...m, statusCode: '200' });
      await call('PutIntegration', { ...m, type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' } });
      await call('PutIntegrationResponse', { ...m, statusCode: '200' });
      add(local, 'deploymentId', (await call('CreateDeployment', { restApiId: id, stageName: 'prod' }))?.id);
      add(local, 'requestValidatorId', (await call('CreateRequestValidator', { restApiId: id, name: 'v', validateRequestBody: true }))?.id);
      add(
        local,
        'authorizerId',
        (
          await call('CreateAuthorizer', {
            restApiId: id,
            name: 'a',
            type: 'TOKEN',
            identitySource: 'method.request.header.Authorization',
            authorizerUri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:000000000000:function:f/invocations',
          })
        )?.id,
      );
      add(
        local,
        'documentationPartId',
        (await call('CreateDocumentationPart', { restApiId: id, location: { type: 'API' }, properties: '{"description":"d"}' }))?.id,
      );
      await call('CreateDocumentationVersion', { restApiId: id, documentationVersion: 'v1' });
      // A model whose template follows JSON pointers with escapes, a bad one included.
      if (
        await call('CreateModel', {
          restApiId: id,
          name: 'Ptr',
          contentType: 'application/json',
          schema:
            '{"type":"object","properties":{"a":{"$ref":"#/definitions/a~1b"},"b":{"$ref":"#/definitions/%ZZ"},"c":{"$ref":"#/definitions/%61"}},"definitions":{"a/b":{"type":"integer"},"a":{"type":"string"}}}',
        })
      )
        add(local, 'modelName', 'Ptr');
      pool.perApi.set(id, local);
    }
    for (let i = 0; i < 3; i++) {
      const key = await call('CreateApiKey', { name: `k${i}`, enabled: true });
      add(g, 'apiKey', key?.id);
      add(g, 'keyId', key?.id);
      add(g, 'apikeys', key?.id);
      const plan = await call('CreateUsagePlan', { name: `p${i}`, apiStages: [{ apiId: POOL[i], stage: 'prod' }] });
      add(g, 'usagePlanId', plan?.id);
      add(g, 'usageplans', plan?.id);
      if (plan && key) await call('CreateUsagePlanKey', { usagePlanId: plan.id, keyId: key.id, keyType: 'API_KEY' });
      const cert = await call('GenerateClientCertificate', { description: `c${i}` });
      add(g, 'clientCertificateId', cert?.clientCertificateId);
      add(g, 'clientcertificates', cert?.clientCertificateId);
    }
    const domain = await call('CreateDomainName', {
      domainName: 'fuzz.example.com',
      regionalCertificateArn: 'arn:aws:acm:us-east-1:000000000000:certificate/fuzz',
      endpointConfiguration: { types: ['REGIONAL'] },
    });
    add(g, 'domainName', domain?.domainName);
    add(g, 'domainnames', domain?.domainName);
    if (domain && (await call('CreateBasePathMapping', { domainName: 'fuzz.example.com', restApiId: POOL[0], stage: 'prod', basePath: 'v1' })))
      add(g, 'basePath', 'v1');
    const link = await call('CreateVpcLink', {
      name: 'l',
      targetArns: ['arn:aws:elasticloadbalancing:us-east-1:000000000000:loadbalancer/net/x/y'],
    });
    add(g, 'vpcLinkId', link?.id);
    add(g, 'vpclinks', link?.id);
    g.exportType = ['swagger', 'oas30'];
    g.sdkType = ['javascript', 'java'];
    g.id = ['javascript', 'android'];
  });
  after(async () => {
    await t.close();
  });

  it('answers every request: no 500, no 5xx but 501, request ids and error types throughout, no dropped connection', async (ctx) => {
    ctx.diagnostic(`seed ${SEED} (replay with TOLLGATE_FUZZ_SEED=${SEED})`);
    ctx.diagnostic(`pool per API: ${Object.keys(pool.perApi.get(POOL[0]) ?? {}).join(', ')}; per region: ${Object.keys(pool.global).join(', ')}`);
    const started = process.hrtime.bigint();
    const requests = generate(SEED, REQUESTS, pool);
    const generatedMs = Number(process.hrtime.bigint() - started) / 1e6;
    const agent = new Agent({ keepAlive: true, maxSockets: SOCKETS });
    const base = new URL(t.app.adminUrl);
    const failures: string[] = [];
    const statuses = new Map<string, number>();
    let sent = 0;
    let bytes = 0;
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < requests.length) {
        const i = next++;
        const req = requests[i];
        const where = `#${i} ${req.method} ${show(req.path, 200)} [${req.what.join(', ')}] body=${show(req.body?.toString('utf8') ?? '', 200)}`;
        try {
          const a = await send(agent, base, req);
          sent++;
          bytes += req.body?.length ?? 0;
          const key = `${a.status} ${String(a.headers['x-amzn-errortype'] ?? '')}`.trim();
          statuses.set(key, (statuses.get(key) ?? 0) + 1);
          const p = problem(req, a);
          if (p) failures.push(`${where} → ${p} (HTTP ${a.status} ${JSON.stringify(a.headers)}): ${show(a.body.toString('utf8'))}`);
        } catch (e) {
          failures.push(`${where} → connection error: ${(e as Error).message}`);
        }
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    agent.destroy();
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    ctx.diagnostic(
      `${sent} requests (${(bytes / 1e6).toFixed(1)} MB of bodies) in ${seconds.toFixed(1)} s (generation ${(generatedMs / 1000).toFixed(1)} s), ${Math.round(sent / seconds)}/s`,
    );
    ctx.diagnostic(
      `answers: ${[...statuses]
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => `${k}: ${n}`)
        .join(', ')}`,
    );
    assert.equal(sent + failures.filter((f) => f.includes('connection error')).length, REQUESTS);
    assert.deepEqual(failures.slice(0, 20), [], `seed ${SEED}: ${failures.length} bad answers`);
    assert.ok(REQUESTS < 10_000 || sent >= 10_000);
    // The mix reached the handlers, not only the front door.
    const ok = [...statuses].filter(([k]) => k.startsWith('2')).reduce((n, [, c]) => n + c, 0);
    assert.ok(ok > REQUESTS / 50, `only ${ok} successful answers`);
  });
});
