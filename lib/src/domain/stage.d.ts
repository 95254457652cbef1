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
/**
 * The effective settings for one method (for the data plane): its own entry or the stage default.
 * Keys are matched in both the `~1`-escaped and the plain form.
 */
export declare function methodSettingFor(s: Partial<Pick<Stage, 'methodSettings'>>, resourcePath: string, httpMethod: string): MethodSetting | undefined;
