/** One method (GetMethod: its request, integration, method and integration responses, templates highlighted) and its "Try it" panel. */
import { items, seg } from '../api.js';
import { codeBlock } from '../highlight.js';
import type { Ctx } from '../context.js';
import { facts, h, link, section, table, type Child } from '../dom.js';
import { tryIt } from './tryit.js';
import type { Authorizer, Integration, Method, Resource, RestApi, Stage } from './types.js';

const json = (v: Record<string, unknown> | undefined): Child => (v && Object.keys(v).length ? h('code', {}, JSON.stringify(v)) : '');

const templates = (kind: string, t: Record<string, string> | undefined): Child[] =>
  Object.entries(t ?? {}).map(([type, text]) => codeBlock(`${kind} (${type})`, text));

function integration(i: Integration | undefined): HTMLElement {
  if (!i) return section('Integration', h('p', { class: 'empty' }, 'No integration (PutIntegration sets one).'));
  return section(
    'Integration',
    facts([
      ['Type', i.type],
      ['HTTP method', i.httpMethod],
      ['URI', i.uri ? h('code', {}, i.uri) : undefined],
      ['Connection', i.connectionType],
      ['Credentials', i.credentials],
      ['Passthrough', i.passthroughBehavior],
      ['Content handling', i.contentHandling],
      ['Timeout (ms)', i.timeoutInMillis],
      ['Parameters', json(i.requestParameters)],
    ]),
    ...templates('Request template', i.requestTemplates),
  );
}

function responses(m: Method): HTMLElement[] {
  const ir = Object.values(m.methodIntegration?.integrationResponses ?? {});
  return [
    section(
      'Method responses',
      table(
        'Method responses',
        ['Status', 'Headers', 'Models'],
        Object.values(m.methodResponses ?? {}).map((r) => [r.statusCode, json(r.responseParameters), json(r.responseModels)]),
      ),
    ),
    section(
      'Integration responses',
      ir.length
        ? ir.map((r) =>
            h(
              'div',
              { class: 'card' },
              h('h3', {}, `${r.statusCode}${r.selectionPattern ? ` ← /${r.selectionPattern}/` : ' (default)'}`),
              facts([
                ['Header mappings', json(r.responseParameters)],
                ['Content handling', r.contentHandling],
              ]),
              ...templates('Response template', r.responseTemplates),
            ),
          )
        : h('p', { class: 'empty' }, 'Integration responses: none.'),
    ),
  ];
}

export async function methodView(ctx: Ctx, apiId: string, resourceId: string, httpMethod: string): Promise<Node> {
  const base = `/restapis/${seg(apiId)}`;
  const [api, resource, method, stages, authorizers] = await Promise.all([
    ctx.api.get<RestApi>(base),
    ctx.api.get<Resource>(`${base}/resources/${seg(resourceId)}`),
    ctx.api.get<Method>(`${base}/resources/${seg(resourceId)}/methods/${seg(httpMethod)}`),
    ctx.api.get<{ item?: Stage[] }>(`${base}/stages`).then((s) => s.item ?? []),
    items<Authorizer>(ctx.api, `${base}/authorizers`),
  ]);
  const authorizer = authorizers.find((a) => a.id === method.authorizerId);
  return h(
    'div',
    {},
    h('p', { class: 'crumbs' }, link('#/apis', 'REST APIs'), ' / ', link(`#/apis/${apiId}`, api.name), ' / ', resource.path),
    h('h1', {}, h('span', { class: `verb verb-${httpMethod.toLowerCase()}` }, httpMethod), ' ', resource.path),
    section(
      'Method request',
      facts([
        ['Authorization', `${method.authorizationType ?? 'NONE'}${authorizer ? ` (${authorizer.name}, ${authorizer.type})` : ''}`],
        ['API key required', String(!!method.apiKeyRequired)],
        ['Request validator', method.requestValidatorId],
        ['Operation name', method.operationName],
        ['Parameters', json(method.requestParameters)],
        ['Models', json(method.requestModels)],
      ]),
    ),
    integration(method.methodIntegration),
    ...responses(method),
    tryIt(ctx, { apiId, resourceId, httpMethod, path: resource.path, stages }),
  );
}
