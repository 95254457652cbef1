/** REST APIs: the list (GetRestApis), and one API (GetResources with methods embedded, GetStages, GetDeployments, GetModels, GetRequestValidators, GetAuthorizers, GetGatewayResponses). */
import { items, seg } from '../api.js';
import { codeBlock } from '../highlight.js';
import { invokeUrl, type Ctx } from '../context.js';
import { facts, h, link, section, table, when, type Child } from '../dom.js';
import type { Authorizer, Deployment, GatewayResponse, Model, Resource, RestApi, Stage, Validator } from './types.js';

export async function apisView(ctx: Ctx): Promise<Node> {
  const apis = await items<RestApi>(ctx.api, '/restapis');
  return h(
    'div',
    {},
    h('h1', {}, 'REST APIs'),
    table(
      'REST APIs',
      ['Name', 'ID', 'Endpoint', 'Created', 'Description'],
      apis.map((a) => [link(`#/apis/${a.id}`, a.name), h('code', {}, a.id), a.endpointConfiguration?.types?.join(', '), when(a.createdDate), a.description]),
      'none yet. Create or import one (CreateRestApi, ImportRestApi) with the AWS CLI, an SDK or a stack.',
    ),
  );
}

const methodOrder = ['ANY', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE'];

function resourceTree(apiId: string, resources: Resource[]): HTMLElement {
  const children = new Map<string | undefined, Resource[]>();
  for (const r of resources) children.set(r.parentId, [...(children.get(r.parentId) ?? []), r]);
  const node = (r: Resource): HTMLElement => {
    const methods = Object.keys(r.resourceMethods ?? {}).sort((a, b) => methodOrder.indexOf(a) - methodOrder.indexOf(b));
    const kids = (children.get(r.id) ?? []).sort((a, b) => a.path.localeCompare(b.path));
    return h(
      'li',
      {},
      h('span', { class: 'path' }, r.parentId ? `/${r.pathPart ?? ''}` : '/'),
      ' ',
      ...methods.map((m) => link(`#/apis/${apiId}/methods/${r.id}/${m}`, m, { class: `verb verb-${m.toLowerCase()}`, 'aria-label': `${m} ${r.path}` })),
      kids.length ? h('ul', {}, ...kids.map(node)) : null,
    );
  };
  const roots = resources.filter((r) => !r.parentId);
  return h('ul', { class: 'tree', 'aria-label': 'Resources' }, ...roots.map(node));
}

function stagesTable(ctx: Ctx, apiId: string, stages: Stage[]): HTMLElement {
  return table(
    'Stages',
    ['Stage', 'Invoke URL', 'Deployment', 'Canary', 'Updated'],
    stages.map((s) => [
      link(`#/apis/${apiId}/stages/${seg(s.stageName)}`, s.stageName),
      h('code', {}, invokeUrl(ctx.settings, apiId, s.stageName)),
      s.deploymentId,
      s.canarySettings ? `${s.canarySettings.percentTraffic ?? 0}% → ${s.canarySettings.deploymentId ?? ''}` : '',
      when(s.lastUpdatedDate),
    ]),
    'none (CreateDeployment with a stage name creates one).',
  );
}

const templates = (kind: string, t: Record<string, string> | undefined): Child[] =>
  Object.entries(t ?? {}).map(([type, text]) => codeBlock(`${kind} ${type}`, text));

function definitions(models: Model[], validators: Validator[], authorizers: Authorizer[], responses: GatewayResponse[]): Child[] {
  return [
    section(
      'Models',
      models.length
        ? models.map((m) =>
            h('details', {}, h('summary', {}, `${m.name} (${m.contentType ?? ''})`), m.description, codeBlock(`Schema of ${m.name}`, m.schema ?? '')),
          )
        : h('p', { class: 'empty' }, 'Models: none.'),
    ),
    section(
      'Request validators',
      table(
        'Request validators',
        ['Name', 'ID', 'Body', 'Parameters'],
        validators.map((v) => [v.name, v.id, String(!!v.validateRequestBody), String(!!v.validateRequestParameters)]),
      ),
    ),
    section(
      'Authorizers',
      table(
        'Authorizers',
        ['Name', 'ID', 'Type', 'Identity source', 'Result TTL (s)', 'Function or user pools'],
        authorizers.map((a) => [
          a.name,
          a.id,
          a.type,
          a.identitySource,
          a.authorizerResultTtlInSeconds,
          h('code', {}, a.authorizerUri ?? (a.providerARNs ?? []).join(', ')),
        ]),
      ),
    ),
    section(
      'Gateway responses',
      table(
        'Gateway responses',
        ['Type', 'Status', 'Default', 'Parameters', 'Templates'],
        responses.map((r) => [
          r.responseType,
          r.statusCode,
          String(!!r.defaultResponse),
          JSON.stringify(r.responseParameters ?? {}),
          Object.keys(r.responseTemplates ?? {}).length
            ? h(
                'details',
                {},
                h('summary', {}, Object.keys(r.responseTemplates ?? {}).join(', ')),
                templates(`${r.responseType} template`, r.responseTemplates),
              )
            : '',
        ]),
      ),
    ),
  ];
}

export async function apiView(ctx: Ctx, apiId: string): Promise<Node> {
  const base = `/restapis/${seg(apiId)}`;
  const [api, resources, stages, deployments, models, validators, authorizers, responses] = await Promise.all([
    ctx.api.get<RestApi>(base),
    items<Resource>(ctx.api, `${base}/resources`, { embed: 'methods' }),
    ctx.api.get<{ item?: Stage[] }>(`${base}/stages`).then((s) => s.item ?? []),
    items<Deployment>(ctx.api, `${base}/deployments`),
    items<Model>(ctx.api, `${base}/models`),
    items<Validator>(ctx.api, `${base}/requestvalidators`),
    items<Authorizer>(ctx.api, `${base}/authorizers`),
    items<GatewayResponse>(ctx.api, `${base}/gatewayresponses`),
  ]);
  return h(
    'div',
    {},
    h('p', { class: 'crumbs' }, link('#/apis', 'REST APIs'), ' / ', api.name),
    h('h1', {}, api.name),
    facts([
      ['ID', h('code', {}, api.id)],
      ['Description', api.description],
      ['Endpoint type', api.endpointConfiguration?.types?.join(', ')],
      ['API key source', api.apiKeySource],
      ['Created', when(api.createdDate)],
    ]),
    section('Resources', resourceTree(api.id, resources)),
    section('Stages', stagesTable(ctx, api.id, stages)),
    section(
      'Deployments',
      table(
        'Deployments',
        ['ID', 'Created', 'Description', 'Stages'],
        deployments.map((d) => [d.id, when(d.createdDate), d.description, stagesOf(d.id, stages)]),
      ),
    ),
    ...definitions(models, validators, authorizers, responses),
  );
}

const stagesOf = (deploymentId: string, stages: Stage[]): string =>
  stages
    .filter((s) => s.deploymentId === deploymentId || s.canarySettings?.deploymentId === deploymentId)
    .map((s) => (s.deploymentId === deploymentId ? s.stageName : `${s.stageName} (canary)`))
    .join(', ');
