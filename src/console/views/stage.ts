/** One stage (GetStage): invoke URL, variables, method settings, canary, and the deployment history (GetDeployments) it sits in. */
import { items, seg } from '../api.js';
import { invokeUrl, type Ctx } from '../context.js';
import { facts, h, link, section, table, when } from '../dom.js';
import type { Deployment, RestApi, Stage } from './types.js';

export async function stageView(ctx: Ctx, apiId: string, stageName: string): Promise<Node> {
  const base = `/restapis/${seg(apiId)}`;
  const [api, stage, deployments] = await Promise.all([
    ctx.api.get<RestApi>(base),
    ctx.api.get<Stage>(`${base}/stages/${seg(stageName)}`),
    items<Deployment>(ctx.api, `${base}/deployments`),
  ]);
  const url = invokeUrl(ctx.settings, apiId, stage.stageName);
  const canary = stage.canarySettings;
  const history = deployments.sort((a, b) => (b.createdDate ?? 0) - (a.createdDate ?? 0));
  return h(
    'div',
    {},
    h('p', { class: 'crumbs' }, link('#/apis', 'REST APIs'), ' / ', link(`#/apis/${apiId}`, api.name), ' / stages'),
    h('h1', {}, `Stage ${stage.stageName}`),
    facts([
      ['Invoke URL', ctx.settings.dataPlaneHere ? link(url, url) : h('code', {}, url)],
      ['Deployment', stage.deploymentId],
      ['Description', stage.description],
      ['Cache cluster', String(!!stage.cacheClusterEnabled)],
      ['X-Ray tracing', String(!!stage.tracingEnabled)],
      ['Created', when(stage.createdDate)],
      ['Updated', when(stage.lastUpdatedDate)],
    ]),
    section(
      'Stage variables',
      table(
        'Stage variables',
        ['Name', 'Value'],
        Object.entries(stage.variables ?? {}).map(([k, v]) => [k, h('code', {}, v)]),
      ),
    ),
    section(
      'Method settings',
      table(
        'Method settings',
        ['Method', 'Settings'],
        Object.entries(stage.methodSettings ?? {}).map(([k, v]) => [h('code', {}, k), h('code', {}, JSON.stringify(v))]),
      ),
    ),
    section(
      'Canary',
      canary
        ? facts([
            ['Deployment', canary.deploymentId],
            ['Traffic', `${canary.percentTraffic ?? 0}%`],
            ['Variable overrides', JSON.stringify(canary.stageVariableOverrides ?? {})],
            ['Uses stage cache', String(!!canary.useStageCache)],
          ])
        : h('p', { class: 'empty' }, 'Canary: none.'),
    ),
    section(
      'Deployment history',
      table(
        'Deployment history',
        ['Deployment', 'Created', 'Description', 'Here'],
        history.map((d) => [d.id, when(d.createdDate), d.description, d.id === stage.deploymentId ? 'current' : d.id === canary?.deploymentId ? 'canary' : '']),
      ),
    ),
  );
}
