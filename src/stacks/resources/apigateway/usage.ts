/**
 * Who may call and how much: AWS::ApiGateway::ApiKey, UsagePlan, UsagePlanKey.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigateway-usageplan.html
 */
import type { PatchOperation, ThrottleSettings } from '../../../services/apigateway/generated/types.js';
import { bool, num, required, str, tagMap, type ProvisionContext, type Props, type ResourceType } from '../provider.js';
import { replaceOps } from './patch.js';

/** Ref and Fn::GetAtt APIKeyId: its id. */
export const apiKey: ResourceType = {
  attributes: ['APIKeyId'],
  replaceOn: ['Name', 'Value', 'GenerateDistinctId'],
  async create(props, ctx) {
    const k = await ctx.calls.apigateway('CreateApiKey', {
      name: str(props, 'Name'),
      description: str(props, 'Description'),
      enabled: bool(props, 'Enabled') ?? false,
      generateDistinctId: bool(props, 'GenerateDistinctId'),
      value: str(props, 'Value'),
      customerId: str(props, 'CustomerId'),
      stageKeys: ((props.StageKeys ?? []) as Props[]).map((s) => ({ restApiId: str(s, 'RestApiId'), stageName: str(s, 'StageName') })),
      tags: tagMap(props.Tags),
    });
    return { physicalId: k.id!, attributes: { APIKeyId: k.id } };
  },
  async update(props, previous, ctx) {
    const ops = replaceOps(previous.props, props, [
      ['Description', '/description'],
      ['Enabled', '/enabled', (v) => String(v ?? false)],
      ['CustomerId', '/customerId'],
    ]);
    if (ops.length) await ctx.calls.apigateway('UpdateApiKey', { apiKey: previous.state.physicalId, patchOperations: ops });
    return previous.state;
  },
  async delete(state, _props, ctx) {
    await ctx.calls.apigateway('DeleteApiKey', { apiKey: state.physicalId });
  },
};

function throttle(v: unknown, ctx: ProvisionContext): ThrottleSettings | undefined {
  if (!v) return undefined;
  const t = v as Props;
  return { burstLimit: num(t, 'BurstLimit', ctx), rateLimit: num(t, 'RateLimit', ctx) };
}

function apiStages(props: Props, ctx: ProvisionContext) {
  return ((props.ApiStages ?? []) as Props[]).map((s) => ({
    apiId: str(s, 'ApiId'),
    stage: str(s, 'Stage'),
    throttle: s.Throttle ? Object.fromEntries(Object.entries(s.Throttle as Props).map(([path, t]) => [path, throttle(t, ctx)!])) : undefined,
  }));
}

/** Ref and Fn::GetAtt Id: its id. */
export const usagePlan: ResourceType = {
  attributes: ['Id'],
  replaceOn: [],
  async create(props, ctx) {
    const q = props.Quota as Props | undefined;
    const p = await ctx.calls.apigateway('CreateUsagePlan', {
      name: str(props, 'UsagePlanName') ?? ctx.logicalId,
      description: str(props, 'Description'),
      apiStages: apiStages(props, ctx),
      throttle: throttle(props.Throttle, ctx),
      quota: q ? { limit: num(q, 'Limit', ctx), offset: num(q, 'Offset', ctx), period: str(q, 'Period') as never } : undefined,
      tags: tagMap(props.Tags),
    });
    return { physicalId: p.id!, attributes: { Id: p.id } };
  },
  async update(props, previous, ctx) {
    const prev = previous.props;
    const ops: PatchOperation[] = replaceOps(prev, props, [
      ['UsagePlanName', '/name', (v) => String(v ?? ctx.logicalId)],
      ['Description', '/description'],
    ]);
    const [pt, nt] = [(prev.Throttle ?? {}) as Props, (props.Throttle ?? {}) as Props];
    if (pt.BurstLimit !== nt.BurstLimit)
      ops.push(
        nt.BurstLimit === undefined
          ? { op: 'remove', path: '/throttle/burstLimit' }
          : { op: 'replace', path: '/throttle/burstLimit', value: String(nt.BurstLimit) },
      );
    if (pt.RateLimit !== nt.RateLimit)
      ops.push(
        nt.RateLimit === undefined
          ? { op: 'remove', path: '/throttle/rateLimit' }
          : { op: 'replace', path: '/throttle/rateLimit', value: String(nt.RateLimit) },
      );
    const [pq, nq] = [(prev.Quota ?? {}) as Props, (props.Quota ?? {}) as Props];
    if (JSON.stringify(pq) !== JSON.stringify(nq)) {
      if (!props.Quota) ops.push({ op: 'remove', path: '/quota' });
      else
        for (const [k, path] of [
          ['Limit', '/quota/limit'],
          ['Period', '/quota/period'],
          ['Offset', '/quota/offset'],
        ])
          if (nq[k] !== undefined) ops.push({ op: 'replace', path, value: String(nq[k]) });
    }
    const key = (s: Props) => `${String(s.ApiId)}:${String(s.Stage)}`;
    const [ps, ns] = [((prev.ApiStages ?? []) as Props[]).map(key), ((props.ApiStages ?? []) as Props[]).map(key)];
    for (const s of ps) if (!ns.includes(s)) ops.push({ op: 'remove', path: '/apiStages', value: s });
    for (const s of ns) if (!ps.includes(s)) ops.push({ op: 'add', path: '/apiStages', value: s });
    if (ops.length) await ctx.calls.apigateway('UpdateUsagePlan', { usagePlanId: previous.state.physicalId, patchOperations: ops });
    return previous.state;
  },
  async delete(state, _props, ctx) {
    // API Gateway refuses to delete a plan that still has stages ("Cannot delete Usage Plan … because there are API
    // Stages associated with it"): they are removed first, as CloudFormation's handler does.
    const plan = await ctx.calls.apigateway('GetUsagePlan', { usagePlanId: state.physicalId });
    const ops = (plan.apiStages ?? []).map((s): PatchOperation => ({ op: 'remove', path: '/apiStages', value: `${s.apiId}:${s.stage}` }));
    if (ops.length) await ctx.calls.apigateway('UpdateUsagePlan', { usagePlanId: state.physicalId, patchOperations: ops });
    await ctx.calls.apigateway('DeleteUsagePlan', { usagePlanId: state.physicalId });
  },
};

/** Ref and Fn::GetAtt Id: the key's id. */
export const usagePlanKey: ResourceType = {
  attributes: ['Id'],
  replaceOn: ['KeyId', 'KeyType', 'UsagePlanId'],
  async create(props, ctx) {
    const k = await ctx.calls.apigateway('CreateUsagePlanKey', {
      usagePlanId: required(props, 'UsagePlanId', ctx),
      keyId: required(props, 'KeyId', ctx),
      keyType: required(props, 'KeyType', ctx),
    });
    return { physicalId: k.id!, attributes: { Id: k.id } };
  },
  async delete(state, props, ctx) {
    await ctx.calls.apigateway('DeleteUsagePlanKey', { usagePlanId: String(props.UsagePlanId), keyId: state.physicalId });
  },
};
