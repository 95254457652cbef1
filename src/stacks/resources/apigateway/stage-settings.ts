/**
 * A stage's settings that CreateStage and CreateDeployment do not take, as UpdateStage patch operations:
 * MethodSettings (`/{resourcePath}/{httpMethod}/throttling/rateLimit`, `/*\/*` for every method), the
 * access log, the client certificate. Shared by AWS::ApiGateway::Stage and a Deployment's StageDescription.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-apigateway-stage-methodsetting.html
 */
import type { PatchOperation } from '../../../services/apigateway/generated/types.js';
import type { Props } from '../provider.js';
import { mapOps, replaceOps, type PatchField } from './patch.js';

const METHOD_SETTINGS: [prop: string, path: string][] = [
  ['ThrottlingBurstLimit', 'throttling/burstLimit'],
  ['ThrottlingRateLimit', 'throttling/rateLimit'],
  ['LoggingLevel', 'logging/loglevel'],
  ['MetricsEnabled', 'metrics/enabled'],
  ['DataTraceEnabled', 'logging/dataTrace'],
  ['CachingEnabled', 'caching/enabled'],
  ['CacheTtlInSeconds', 'caching/ttlInSeconds'],
  ['CacheDataEncrypted', 'caching/dataEncrypted'],
];

/** `/pets/{id}` → `~1pets~1{id}`; `/*` (every resource) → `*`. */
function resourceKey(resourcePath: string): string {
  return resourcePath === '/*' || resourcePath === '*' ? '*' : resourcePath.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The operations setting each method setting given (a StageDescription's top-level throttling is the `/*\/*` one). */
export function methodSettingOps(settings: unknown): PatchOperation[] {
  const ops: PatchOperation[] = [];
  for (const m of (Array.isArray(settings) ? settings : []) as Props[]) {
    const base = `/${resourceKey(String(m.ResourcePath ?? '/*'))}/${String(m.HttpMethod ?? '*')}`;
    for (const [prop, path] of METHOD_SETTINGS) if (m[prop] !== undefined) ops.push({ op: 'replace', path: `${base}/${path}`, value: String(m[prop]) });
  }
  return ops;
}

/** A StageDescription's top-level method settings (they apply to `/*\/*`) merged with its MethodSettings list. */
export function stageDescriptionSettings(d: Props): Props[] {
  const top: Props = { ResourcePath: '/*', HttpMethod: '*' };
  for (const [prop] of METHOD_SETTINGS) if (d[prop] !== undefined) top[prop] = d[prop];
  return [...(Object.keys(top).length > 2 ? [top] : []), ...((d.MethodSettings ?? []) as Props[])];
}

const STAGE_FIELDS: PatchField[] = [
  ['DeploymentId', '/deploymentId'],
  ['Description', '/description'],
  ['CacheClusterEnabled', '/cacheClusterEnabled'],
  ['CacheClusterSize', '/cacheClusterSize'],
  ['TracingEnabled', '/tracingEnabled'],
  ['ClientCertificateId', '/clientCertificateId'],
  ['DocumentationVersion', '/documentationVersion'],
];

function accessLogOps(prev: unknown, next: unknown): PatchOperation[] {
  if (JSON.stringify(prev) === JSON.stringify(next)) return [];
  const n = next as { DestinationArn?: string; Format?: string } | undefined;
  if (!n) return [{ op: 'remove', path: '/accessLogSettings' }];
  return [
    { op: 'replace', path: '/accessLogSettings/destinationArn', value: n.DestinationArn },
    { op: 'replace', path: '/accessLogSettings/format', value: n.Format },
  ];
}

/** From a stage's previous properties to its new ones (`prev` empty: the settings a created stage still needs). */
export function stageOps(prev: Props, next: Props): PatchOperation[] {
  return [
    ...replaceOps(prev, next, STAGE_FIELDS),
    ...mapOps(prev.Variables, next.Variables, '/variables'),
    ...accessLogOps(prev.AccessLogSetting, next.AccessLogSetting),
    ...(JSON.stringify(prev.MethodSettings) === JSON.stringify(next.MethodSettings) ? [] : methodSettingOps(next.MethodSettings)),
  ];
}
