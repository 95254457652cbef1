/** A stage of a REST API: the deployment it serves and its settings. */
import type { Tags } from './tags.js';

export interface MethodSetting {
  metricsEnabled: boolean;
  loggingLevel?: string;
  dataTraceEnabled: boolean;
  throttlingBurstLimit: number;
  throttlingRateLimit: number;
  cachingEnabled: boolean;
  cacheTtlInSeconds: number;
  cacheDataEncrypted: boolean;
  requireAuthorizationForCacheControl: boolean;
  unauthorizedCacheControlHeaderStrategy: string;
}

export interface AccessLogSettings {
  format?: string;
  destinationArn?: string;
}

export interface CanarySettings {
  percentTraffic: number;
  deploymentId: string;
  stageVariableOverrides?: Record<string, string>;
  useStageCache: boolean;
}

export interface Stage {
  stageName: string;
  deploymentId: string;
  clientCertificateId?: string;
  description?: string;
  cacheClusterEnabled: boolean;
  cacheClusterSize?: string;
  cacheClusterStatus: string;
  methodSettings: Record<string, MethodSetting>;
  variables?: Record<string, string>;
  documentationVersion?: string;
  accessLogSettings?: AccessLogSettings;
  canarySettings?: CanarySettings;
  tracingEnabled: boolean;
  tags: Tags;
  createdDate: number;
  lastUpdatedDate: number;
}

/** Normalises a key for lookups: `~1pets~1x/GET` and `pets/x/GET` name the same method. */
const normalKey = (key: string): string => key.replace(/~1/g, '/').replace(/~0/g, '~').replace(/^\/+/, '');

/**
 * The effective settings for one method (for the data plane): its own entry or the stage default.
 * Keys are matched in both the `~1`-escaped and the plain form.
 */
export function methodSettingFor(s: Partial<Pick<Stage, 'methodSettings'>>, resourcePath: string, httpMethod: string): MethodSetting | undefined {
  const settings = s.methodSettings ?? {};
  // The root's key is `~1/GET` (or `/GET`): both sides lose their leading slashes before comparing.
  const want = `${resourcePath}/${httpMethod}`.replace(/^\/+/, '');
  for (const [k, v] of Object.entries(settings)) if (k !== '*/*' && normalKey(k) === want) return v;
  return settings['*/*'];
}
