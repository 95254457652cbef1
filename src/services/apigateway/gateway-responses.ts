/**
 * Gateway responses: the 21 response types every REST API has, of which only the customised ones
 * are stored (kind `gatewayresponse`, id = the response type, in the API's scope). Shapes, the
 * DEFAULT_4XX/DEFAULT_5XX inheritance and the texts are AWS's recorded ones (peer-localstack
 * F79–F81; LS-snap test_apigateway_api TestApiGatewayGatewayResponse).
 */
import { badRequest, notFound } from './errors.js';
import { decodePosition, DEFAULT_LIMIT, encodePosition, MAX_LIMIT } from './paging.js';
import type { PatchOperation } from './patch.js';
import { unescapePointer } from './patch.js';
import type { StoreReader } from '../../store/store.js';
import type { ControlContext, Handlers } from './context.js';
import { getApi } from './rest-apis.js';
import { gatewayResponseProblems, refuseProblems } from './mapping-expressions.js';
import { GATEWAY_RESPONSE_DEFAULTS as GATEWAY_ERROR_DEFAULTS, type GatewayResponseType, type StoredGatewayResponse } from '../../domain/gateway-response.js';
import { gatewayResponses } from './collections.js';

export interface GatewayResponseDefault {
  /** The default status code; DEFAULT_4XX and DEFAULT_5XX have none (F79). */
  statusCode?: string;
  /** The DEFAULT_xXX response an un-customised type takes its status, parameters and templates from (F80). */
  fallback?: 'DEFAULT_4XX' | 'DEFAULT_5XX';
}

/**
 * The 21 types, alphabetically as GetGatewayResponses lists them (F79), with AWS's default status
 * codes and fallbacks (DG:supported-gateway-response-types; aws-behavior.md "Gateway responses").
 * The developer guide lists no fallback for UNAUTHORIZED; its DEFAULT_4XX entry says a status set
 * there applies to "all other 4XX responses", so UNAUTHORIZED (401) falls back to DEFAULT_4XX as
 * LocalStack's AWS-validated provider does. The data plane renders gateway responses from this
 * table and the API's customised entries (`effectiveGatewayResponse`).
 */
export const GATEWAY_RESPONSE_DEFAULTS: Readonly<Record<GatewayResponseType, GatewayResponseDefault>> = Object.fromEntries(
  [
    ['DEFAULT_4XX', {}],
    ['DEFAULT_5XX', {}],
    // The statuses are the data plane's catalogue (src/pipeline/gateway-errors.ts): one table for both planes.
    ...Object.entries(GATEWAY_ERROR_DEFAULTS).map(([type, d]) => [
      type,
      { statusCode: String(d.status), fallback: d.status >= 500 ? 'DEFAULT_5XX' : 'DEFAULT_4XX' },
    ]),
  ].sort(([a], [b]) => (a as string).localeCompare(b as string)),
) as Record<GatewayResponseType, GatewayResponseDefault>;
export const GATEWAY_RESPONSE_TYPES = (Object.keys(GATEWAY_RESPONSE_DEFAULTS) as GatewayResponseType[]).sort();
/** Every type's default body (F79). */
export const DEFAULT_TEMPLATES: Readonly<Record<string, string>> = { 'application/json': '{"message":$context.error.messageString}' };

export interface GatewayResponse extends StoredGatewayResponse {
  defaultResponse: boolean;
}

function defaultResponse(type: GatewayResponseType): GatewayResponse {
  const r: GatewayResponse = {
    responseType: type,
    responseParameters: {},
    responseTemplates: { ...DEFAULT_TEMPLATES },
    defaultResponse: true,
  };
  if (GATEWAY_RESPONSE_DEFAULTS[type].statusCode) r.statusCode = GATEWAY_RESPONSE_DEFAULTS[type].statusCode;
  return r;
}

/**
 * What an API answers for a type, given its customised entries: a customised type keeps its own
 * values, taking its type's default status when none was put (F80 "AUTHORIZER_FAILURE keeps 500");
 * an un-customised type takes its customised DEFAULT_xXX's status code, parameters and templates
 * but still says defaultResponse:true (F80); otherwise the defaults (F79).
 */
export function effectiveGatewayResponse(type: GatewayResponseType, custom: ReadonlyMap<string, StoredGatewayResponse>): GatewayResponse {
  const own = custom.get(type);
  if (own) {
    const r: GatewayResponse = { ...structuredClone(own), defaultResponse: false };
    if (!r.statusCode && GATEWAY_RESPONSE_DEFAULTS[type].statusCode) r.statusCode = GATEWAY_RESPONSE_DEFAULTS[type].statusCode;
    return r;
  }
  const fallback = GATEWAY_RESPONSE_DEFAULTS[type].fallback;
  const parent = fallback && custom.get(fallback);
  const r = defaultResponse(type);
  if (parent) {
    if (parent.statusCode) r.statusCode = parent.statusCode;
    r.responseParameters = { ...parent.responseParameters };
    if (Object.keys(parent.responseTemplates).length) r.responseTemplates = { ...parent.responseTemplates };
  }
  return r;
}

async function customised(reader: StoreReader, ctx: ControlContext, apiId: string): Promise<Map<string, StoredGatewayResponse>> {
  return new Map((await gatewayResponses.in(reader, ctx.region, apiId).rows()).map((r) => [r.id, r.body]));
}

/** F81's texts: "Invalid patch path {path}" (null when there is none). */
const badPath = (op: PatchOperation): Error => badRequest(`Invalid patch path ${op.path ?? 'null'}`);
const MAPS = ['responseParameters', 'responseTemplates'] as const;

/**
 * UpdateGatewayResponse: /statusCode replace only; /responseParameters/{name} and
 * /responseTemplates/{content type} add, replace and remove (PATCH table). Replace needs an existing
 * key ("Invalid parameter name specified", recorded [update-gateway-replace-invalid-parameter]);
 * add and replace need a value ("Invalid null or empty value in responseTemplates", F81).
 */
function patchGatewayResponse(target: StoredGatewayResponse, ops: PatchOperation[] | undefined): StoredGatewayResponse {
  const r = structuredClone(target);
  for (const op of ops ?? []) {
    const name = op.op ?? 'replace';
    const path = op.path;
    if (path === '/statusCode') {
      if (name !== 'replace') throw badPath(op);
      // Resetting the status code to null is allowed (DG: "resetting it to null reverts them"); the
      // text for a malformed code is not recorded.
      if (op.value === undefined || op.value === '') delete r.statusCode;
      else if (!/^[1-5]\d\d$/.test(op.value)) throw badRequest(`Invalid status code specified: ${op.value}`);
      else r.statusCode = op.value;
      continue;
    }
    const map = MAPS.find((m) => path?.startsWith(`/${m}/`) && path.length > m.length + 2);
    if (!map || !['add', 'replace', 'remove'].includes(name)) throw badPath(op);
    const key = unescapePointer(path!.slice(map.length + 2));
    const entries = r[map];
    // Not recorded for remove: an unknown key gets replace's recorded text.
    if ((name === 'replace' || name === 'remove') && !(key in entries)) throw notFound('Invalid parameter name specified');
    if (name === 'remove') {
      delete entries[key];
      continue;
    }
    if (op.value === undefined || op.value === '') throw badRequest(`Invalid null or empty value in ${map}`);
    entries[key] = op.value;
  }
  return r;
}

/** GetGatewayResponses pages through the 21 types in order; the position is the index reached. */
function page(all: GatewayResponse[], input: { position?: string; limit?: number }): { items: GatewayResponse[]; position?: string } {
  const limit = Math.min(input.limit ?? DEFAULT_LIMIT, MAX_LIMIT);
  if (limit < 1) return { items: [] };
  const start = decodePosition(input.position) ?? 0;
  const items = all.slice(start, start + limit);
  return start + limit < all.length ? { items, position: encodePosition(start + limit) } : { items };
}

export const gatewayResponseHandlers: Handlers = {
  async PutGatewayResponse(input, ctx) {
    const stored = await ctx.store.write(async (tx) => {
      await getApi(tx, ctx, input.restApiId);
      // Parameters default to {}, templates to the default body when not given (LS-snap
      // [put-gateway-response-status-only], [put-gateway-response-response-parameters-only]).
      const r: StoredGatewayResponse = {
        responseType: input.responseType,
        statusCode: input.statusCode || undefined,
        responseParameters: { ...(input.responseParameters ?? {}) },
        responseTemplates: input.responseTemplates && Object.keys(input.responseTemplates).length ? { ...input.responseTemplates } : { ...DEFAULT_TEMPLATES },
      };
      // A JSON-null template (the parser keeps null map values, F67) gets UpdateGatewayResponse's recorded
      // refusal of a null value (F81; not recorded for Put). Stored, it reached the gateway's template
      // substitution and every error the response covers answered 500 instead.
      if (Object.values(r.responseTemplates).some((v) => typeof v !== 'string')) throw badRequest('Invalid null or empty value in responseTemplates');
      refuseProblems(gatewayResponseProblems(r.responseParameters));
      const responses = gatewayResponses.in(tx, ctx.region, input.restApiId);
      if (await responses.has(r.responseType)) await responses.update(r.responseType, r);
      else await responses.insert(r.responseType, r);
      return r;
    });
    return effectiveGatewayResponse(input.responseType, new Map([[input.responseType, stored]]));
  },

  async GetGatewayResponse(input, ctx) {
    await getApi(ctx.store, ctx, input.restApiId);
    return effectiveGatewayResponse(input.responseType, await customised(ctx.store, ctx, input.restApiId));
  },

  async GetGatewayResponses(input, ctx) {
    await getApi(ctx.store, ctx, input.restApiId);
    const custom = await customised(ctx.store, ctx, input.restApiId);
    return page(
      GATEWAY_RESPONSE_TYPES.map((t) => effectiveGatewayResponse(t, custom)),
      input,
    );
  },

  async UpdateGatewayResponse(input, ctx) {
    const stored = await ctx.store.write(async (tx) => {
      await getApi(tx, ctx, input.restApiId);
      const responses = gatewayResponses.in(tx, ctx.region, input.restApiId);
      const current = await responses.get(input.responseType);
      // Updating an un-customised type customises it, starting from its defaults (recorded
      // [update-gateway-response-not-set]: defaultResponse false afterwards).
      const { defaultResponse: _d, ...base } = defaultResponse(input.responseType);
      const next = patchGatewayResponse(current ?? base, input.patchOperations);
      refuseProblems(gatewayResponseProblems(next.responseParameters));
      if (current) await responses.update(next.responseType, next);
      else await responses.insert(next.responseType, next);
      return next;
    });
    return effectiveGatewayResponse(input.responseType, new Map([[input.responseType, stored]]));
  },

  async DeleteGatewayResponse(input, ctx) {
    await ctx.store.write(async (tx) => {
      await getApi(tx, ctx, input.restApiId);
      if (!(await gatewayResponses.in(tx, ctx.region, input.restApiId).remove(input.responseType))) {
        throw notFound('Gateway response type not defined on api');
      }
    });
  },
};
