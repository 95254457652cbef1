/**
 * RestApi: Create (with its root resource and the default models), Get, GetRestApis, Update through
 * the patch table, Delete with everything below it. Shapes, defaults and texts follow the AWS
 * recordings in peer-localstack F1–F22 (LS-snap test_apigateway_api).
 */
import { badRequest, conflict, limitExceeded } from './errors.js';
import { pageOf } from './paging.js';
import { applyPatch, onlyOps, patchBoolean, type PatchTable } from './patch.js';
import { longId, nowSeconds } from '../../shared/ids.js';
import type { StoreReader, StoreWriter } from '../../store/store.js';
import type { ControlContext, Handlers } from './context.js';
import { enumMembers, enumValue, isEnumValue } from './enums.js';
import type { EndpointConfiguration as EndpointConfigurationView, RestApi as RestApiView } from './generated/types.js';
import { defaultModels } from './models-defaults.js';
import { checkTags, createTags } from './tags.js';
import type { Tags } from '../../domain/tags.js';
import { detachApiStages } from './usage-plans.js';
import type { EndpointConfiguration, RestApi } from '../../domain/rest-api.js';
import { domainsScope } from '../../domain/kinds.js';
import type { Collection } from '../../store/collections/index.js';
import {
  apiNotFound,
  authorizers,
  basePathMappings,
  documentationParts,
  gatewayResponses,
  models,
  requestValidators,
  resources,
  restApis,
} from './collections.js';

/** The tag LocalStack users set to choose an API's id (LocalStack's TAG_KEY_CUSTOM_ID, localstack/localstack localstack-core/localstack/constants.py). */
export const CUSTOM_ID_TAG = '_custom_id_';
const MAX_COMPRESSION = 10485760;
const ENDPOINT_TYPES = ['REGIONAL', 'EDGE', 'PRIVATE'];

export async function getApi(reader: StoreReader, ctx: ControlContext, id: string): Promise<RestApi> {
  return restApis.in(reader, ctx.region).getOrThrow(id, () => apiNotFound(ctx, id));
}

/**
 * The resource policy as AWS answers it. AWS keeps the document it parsed, not the text sent:
 * compact JSON, `execute-api:/…` resources expanded to the API's ARN, and the whole escaped as the
 * inside of a JSON string, `"` as `\"` and `/` as `\/` — `{\"Version\":\"2012-10-17\",…}`
 * (AWS's answer quoted in localstack/localstack#3325; terraform-provider-aws unquotes it, "The API
 * returns policy as an escaped JSON string … may contain escaped forward slashes in CIDR blocks";
 * the expanded ARN: aws-controllers-k8s apigateway-controller rest_api hooks,
 * aws-cloudformation/cloudformation-coverage-roadmap#1322). Tollgate stores the text as sent (the
 * data plane reads it) and renders it here; a text that is no JSON is answered as it is (AWS's
 * answer to one is not recorded).
 */
export function policyView(policy: string | undefined, region: string, accountId: string, apiId: string): string | undefined {
  if (policy === undefined) return undefined;
  let doc: unknown;
  try {
    doc = JSON.parse(policy);
  } catch {
    return policy;
  }
  const arn = (r: unknown): unknown =>
    typeof r === 'string' && r.startsWith('execute-api:/') ? `arn:aws:execute-api:${region}:${accountId}:${apiId}/${r.slice('execute-api:/'.length)}` : r;
  const statements = (doc as { Statement?: unknown })?.Statement;
  for (const st of Array.isArray(statements) ? statements : statements && typeof statements === 'object' ? [statements] : []) {
    if (!st || typeof st !== 'object') continue;
    const s = st as Record<string, unknown>;
    for (const k of ['Resource', 'NotResource']) {
      if (s[k] !== undefined) s[k] = Array.isArray(s[k]) ? (s[k] as unknown[]).map(arn) : arn(s[k]);
    }
    // A list of one resource is answered as that resource (rec: test_apigateway_integrations.py::test_create_execute_api_vpc_endpoint [api-details]:
    // ["execute-api:/*"] came back "arn:aws:execute-api:…/*").
    if (Array.isArray(s.Resource) && s.Resource.length === 1) s.Resource = s.Resource[0];
  }
  return JSON.stringify(JSON.stringify(doc)).slice(1, -1).replace(/\//g, '\\/');
}

type Viewer = { region: string; accountId: string };

/** The stored configuration as the EndpointConfiguration shape (its members were checked when set). */
export const endpointConfigurationView = (c: EndpointConfiguration): EndpointConfigurationView => ({
  ...c,
  types: c.types && enumMembers('EndpointType', c.types),
  ipAddressType: enumValue('IpAddressType', c.ipAddressType),
});

/** The stored API as the RestApi shape: the policy rendered, enum members typed. */
const view = (api: RestApi, ctx: Viewer): RestApiView => ({
  ...api,
  apiKeySource: enumValue('ApiKeySourceType', api.apiKeySource),
  endpointConfiguration: endpointConfigurationView(api.endpointConfiguration),
  securityPolicy: enumValue('SecurityPolicy', api.securityPolicy),
  endpointAccessMode: enumValue('EndpointAccessMode', api.endpointAccessMode),
  policy: policyView(api.policy, ctx.region, ctx.accountId, api.id),
  binaryMediaTypes: api.binaryMediaTypes?.length ? api.binaryMediaTypes : undefined,
});

/** Create's view: unset members and empty tags left out (F1, F3, F5). */
export const createView = (api: RestApi, ctx: Viewer): RestApiView => ({ ...view(api, ctx), tags: createTags(api.tags) });
/** List items leave out empty tags as Create does; Get and Update always carry `tags` (F5, F15). */
const listView = createView;
export const getView = view;

function checkCompression(v: number): void {
  if (!Number.isInteger(v) || v < 0 || v > MAX_COMPRESSION) {
    throw badRequest(`Invalid minimum compression size, must be between 0 and ${MAX_COMPRESSION}`);
  }
}

/** Endpoint configuration rules and defaults (F6, F9, F10, F11). */
function endpointConfiguration(input: EndpointConfiguration | undefined): EndpointConfiguration {
  if (!input) return { types: ['EDGE'], ipAddressType: 'ipv4' };
  const types = input.types ?? ['EDGE'];
  if (types.length === 0) throw badRequest('REGIONAL Configuration and EDGE Configuration cannot be both DISABLED.');
  if (types.length > 1) throw badRequest('Cannot create an api with multiple Endpoint Types.');
  const ipAddressType = input.ipAddressType ?? (types[0] === 'PRIVATE' ? 'dualstack' : 'ipv4');
  if (types[0] === 'PRIVATE' && ipAddressType !== 'dualstack') throw badRequest('Only dualstack ipAddressType is supported for Private APIs.');
  const out: EndpointConfiguration = { types, ipAddressType };
  if (input.vpcEndpointIds?.length) out.vpcEndpointIds = input.vpcEndpointIds;
  return out;
}

export interface CreateRestApiInput {
  name: string;
  description?: string;
  version?: string;
  cloneFrom?: string;
  binaryMediaTypes?: string[];
  minimumCompressionSize?: number;
  apiKeySource?: string;
  endpointConfiguration?: EndpointConfiguration;
  policy?: string;
  tags?: Tags;
  disableExecuteApiEndpoint?: boolean;
  securityPolicy?: string;
  endpointAccessMode?: string;
}

/** Copies one collection of an API's children to another API (a clone). */
async function copyChildren<T>(c: Collection<T, [region: string, apiId: string]>, tx: StoreWriter, region: string, from: string, to: string): Promise<void> {
  const target = c.in(tx, region, to);
  for (const row of await c.in(tx, region, from).rows()) await target.insert(row.id, row.body);
}

/** What a clone copies: the API's definition, not its deployments or stages. */
async function cloneDefinition(tx: StoreWriter, region: string, from: string, to: string): Promise<void> {
  await copyChildren(resources, tx, region, from, to);
  await copyChildren(models, tx, region, from, to);
  await copyChildren(requestValidators, tx, region, from, to);
  await copyChildren(authorizers, tx, region, from, to);
  await copyChildren(gatewayResponses, tx, region, from, to);
  await copyChildren(documentationParts, tx, region, from, to);
}

export async function createRestApi(input: CreateRestApiInput, ctx: ControlContext, tx: StoreWriter): Promise<RestApi> {
  if (input.description === '') throw badRequest('Description cannot be an empty string');
  if (input.minimumCompressionSize !== undefined) checkCompression(input.minimumCompressionSize);
  const tags = input.tags ?? {};
  checkTags(tags);
  const endpoint = endpointConfiguration(input.endpointConfiguration);

  let id = tags[CUSTOM_ID_TAG];
  if (id !== undefined) {
    if (/[A-Z]/.test(id)) throw badRequest(`The RestApiId '${id}' cannot contain uppercase characters`);
    if (!/^[a-z0-9]{1,64}$/.test(id)) throw badRequest(`The RestApiId '${id}' must be 1 to 64 lowercase letters or digits`);
    if (await restApis.findById(tx, id)) throw conflict(`A RestApi with the id '${id}' already exists`);
  } else {
    id = await restApis.in(tx, ctx.region).newId();
  }
  if (ctx.config.awsLimits) await checkApiQuota(tx, ctx, endpoint.types![0]);

  let source: RestApi | undefined;
  if (input.cloneFrom !== undefined) source = await getApi(tx, ctx, input.cloneFrom);

  const rootResourceId = source?.rootResourceId ?? longId();
  const api: RestApi = {
    id,
    name: input.name,
    description: input.description ?? source?.description,
    createdDate: nowSeconds(),
    version: input.version ?? source?.version,
    binaryMediaTypes: input.binaryMediaTypes ?? source?.binaryMediaTypes,
    minimumCompressionSize: input.minimumCompressionSize ?? source?.minimumCompressionSize,
    apiKeySource: input.apiKeySource ?? source?.apiKeySource ?? 'HEADER',
    endpointConfiguration: endpoint,
    policy: input.policy ?? source?.policy,
    tags,
    disableExecuteApiEndpoint: input.disableExecuteApiEndpoint ?? false,
    rootResourceId,
    securityPolicy: input.securityPolicy,
    endpointAccessMode: input.endpointAccessMode,
  };
  await restApis.in(tx, ctx.region).insert(id, api);
  if (source) {
    await cloneDefinition(tx, ctx.region, source.id, id);
  } else {
    await resources.in(tx, ctx.region, id).insert(rootResourceId, { id: rootResourceId, path: '/' });
    const apiModels = models.in(tx, ctx.region, id);
    for (const model of defaultModels()) await apiModels.insert(model.name, model);
  }
  return api;
}

/**
 * AWS's account quotas (docs.aws.amazon.com/apigateway/latest/developerguide/limits.html):
 * 600 regional or private APIs and 120 edge-optimized APIs per region. Only with --aws-limits.
 */
async function checkApiQuota(tx: StoreReader, ctx: ControlContext, type: string): Promise<void> {
  const edge = type === 'EDGE';
  const count = (await restApis.in(tx, ctx.region).list()).filter((api) => (api.endpointConfiguration.types?.[0] === 'EDGE') === edge).length;
  const max = edge ? 120 : 600;
  if (count >= max)
    throw limitExceeded(`Maximum number of ${edge ? 'edge-optimized' : 'regional and private'} APIs (${max}) reached for this account and region`);
}

const replaceOnly = onlyOps(['replace']);

function setEndpointType(api: RestApi, value: string | undefined): void {
  if (!value || !ENDPOINT_TYPES.includes(value)) throw badRequest('Invalid EndpointTypes specified. Valid options are REGIONAL,EDGE,PRIVATE');
  api.endpointConfiguration.types = [value];
  // Switching to PRIVATE switches the address type to the only one it supports (F20).
  if (value === 'PRIVATE') api.endpointConfiguration.ipAddressType = 'dualstack';
}

/** UpdateRestApi paths (PATCH table; F15–F21). */
const REST_API_PATCH: PatchTable<RestApi> = {
  rules: [
    {
      path: '/name',
      ops: ['replace'],
      apply: (a, op) => {
        a.name = op.value ?? '';
      },
    },
    {
      path: '/description',
      ops: ['add', 'replace', 'remove'],
      apply: (a, op) => {
        if (op.op === 'remove' || op.value === undefined) delete a.description;
        else a.description = op.value;
      },
    },
    {
      path: '/apiKeySource',
      ops: ['replace'],
      apply: (a, op) => {
        if (op.value !== 'HEADER' && op.value !== 'AUTHORIZER')
          throw badRequest(`Invalid API Key source specified: ${op.value}. Valid options are HEADER,AUTHORIZER`);
        a.apiKeySource = op.value;
      },
    },
    {
      // A bare /binaryMediaTypes is refused (F18); add takes the type from the path and ignores the
      // value; replace removes the path's type and appends the value last (F16).
      path: '/binaryMediaTypes/*',
      ops: ['add', 'replace', 'remove'],
      apply: (a, op, key) => {
        const list = (a.binaryMediaTypes ?? []).filter((t) => t !== key);
        if (op.op === 'add') list.push(key);
        if (op.op === 'replace' && op.value) list.push(op.value);
        a.binaryMediaTypes = list;
      },
    },
    {
      path: '/minimumCompressionSize',
      ops: ['replace'],
      badOp: replaceOnly,
      apply: (a, op) => {
        if (op.value === undefined || op.value === null || op.value === '') {
          delete a.minimumCompressionSize;
          return;
        }
        const n = /^-?\d+$/.test(op.value) ? Number(op.value) : NaN;
        checkCompression(n);
        a.minimumCompressionSize = n;
      },
    },
    {
      // The bare path too (moto's test_update_rest_api sends it): AWS's answer to it is not recorded,
      // so it is not refused; it sets the one type as `/endpointConfiguration/types/0` does.
      path: '/endpointConfiguration/types',
      ops: ['replace'],
      badOp: () => "Invalid patch operation specified. Must be 'add'|'remove'|'replace'",
      apply: (a, op) => setEndpointType(a, op.value),
    },
    {
      path: '/endpointConfiguration/types/*',
      ops: ['replace'],
      badOp: () => "Invalid patch operation specified. Must be 'add'|'remove'|'replace'",
      apply: (a, op) => setEndpointType(a, op.value),
    },
    {
      path: '/endpointConfiguration/ipAddressType',
      ops: ['replace'],
      badOp: replaceOnly,
      apply: (a, op) => {
        if (op.value !== 'ipv4' && op.value !== 'dualstack') throw badRequest('ipAddressType must be either ipv4 or dualstack.');
        if (a.endpointConfiguration.types?.[0] === 'PRIVATE' && op.value !== 'dualstack') {
          throw badRequest('Only dualstack ipAddressType is supported for Private APIs.');
        }
        a.endpointConfiguration.ipAddressType = op.value;
      },
    },
    {
      path: '/endpointConfiguration/vpcEndpointIds',
      ops: ['add', 'remove'],
      apply: (a, op) => {
        const ids = (a.endpointConfiguration.vpcEndpointIds ?? []).filter((v) => v !== op.value);
        if (op.op === 'add' && op.value) ids.push(op.value);
        if (ids.length) a.endpointConfiguration.vpcEndpointIds = ids;
        else delete a.endpointConfiguration.vpcEndpointIds;
      },
    },
    {
      path: '/disableExecuteApiEndpoint',
      ops: ['replace'],
      apply: (a, op) => {
        a.disableExecuteApiEndpoint = patchBoolean(op.value);
      },
    },
    {
      path: '/policy',
      ops: ['replace'],
      apply: (a, op) => {
        if (op.value) a.policy = op.value;
        else delete a.policy;
      },
    },
    {
      path: '/securityPolicy',
      ops: ['replace'],
      apply: (a, op) => {
        // Not recorded for REST APIs: the value is checked against the model's enum, with UpdateDomainName's text (domain-names.ts).
        if (op.value !== undefined && !isEnumValue('SecurityPolicy', op.value)) throw badRequest(`Invalid security policy specified: ${op.value}`);
        a.securityPolicy = op.value;
      },
    },
    {
      path: '/endpointAccessMode',
      ops: ['replace'],
      apply: (a, op) => {
        if (op.value !== undefined && !isEnumValue('EndpointAccessMode', op.value)) throw badRequest(`Invalid endpoint access mode specified: ${op.value}`);
        a.endpointAccessMode = op.value;
      },
    },
  ],
  // A bare collection path gets the short text (F18: "Invalid patch path /binaryMediaTypes").
  unknownPath: (op, allowed) =>
    op.path === '/binaryMediaTypes' || !op.path?.startsWith('/')
      ? `Invalid patch path ${op.path}`
      : `Invalid patch path  '${op.path}' specified for op '${op.op}'. Must be one of: [${allowed.join(', ')}]`,
};

export const restApiHandlers: Handlers = {
  async CreateRestApi(input, ctx) {
    const api = await ctx.store.write((tx) => createRestApi(input, ctx, tx));
    return createView(api, ctx);
  },

  async GetRestApi(input, ctx) {
    return getView(await getApi(ctx.store, ctx, input.restApiId), ctx);
  },

  async GetRestApis(input, ctx) {
    return pageOf<RestApi, RestApiView>(restApis.in(ctx.store, ctx.region), input, { map: (api) => listView(api, ctx) });
  },

  async UpdateRestApi(input, ctx) {
    const api = await ctx.store.write(async (tx) => {
      const current = await getApi(tx, ctx, input.restApiId);
      const next = applyPatch(current, input.patchOperations, REST_API_PATCH);
      await restApis.in(tx, ctx.region).update(next.id, next);
      return next;
    });
    return getView(api, ctx);
  },

  async DeleteRestApi(input, ctx) {
    await ctx.store.write(async (tx) => {
      await getApi(tx, ctx, input.restApiId);
      // Recorded (serverless/serverless#3638, glomex/gcdt#373): mappings to the API must go first.
      const domains = [
        ...new Set(
          (await basePathMappings.under(tx, domainsScope(ctx.region)))
            .filter((r) => r.body.restApiId === input.restApiId)
            .map((r) => r.scope.slice(`${ctx.region}/domainnames/`.length)),
        ),
      ];
      if (domains.length) {
        throw badRequest(
          `Deleting RestApi ${input.restApiId} failed. Please remove all base path mappings related to the RestApi in your domains: ${domains.join(', ')}`,
        );
      }
      await detachApiStages(tx, ctx, input.restApiId);
      await restApis.in(tx, ctx.region).removeTree(input.restApiId);
    });
  },
};
