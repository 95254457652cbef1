/** A usage plan, its API stages, throttle and quota, and the keys attached to it (UsagePlanKey). */
import type { Tags } from './tags.js';
export interface ThrottleSettings {
    burstLimit?: number;
    rateLimit?: number;
}
export interface QuotaSettings {
    limit?: number;
    offset?: number;
    period?: string;
}
export interface ApiStage {
    apiId: string;
    stage: string;
    throttle?: Record<string, ThrottleSettings>;
}
export interface UsagePlan {
    id: string;
    name: string;
    description?: string;
    apiStages: ApiStage[];
    throttle?: ThrottleSettings;
    quota?: QuotaSettings;
    productCode?: string;
    tags: Tags;
    /** Epoch ms of creation, not part of AWS's shape: the quota `offset` applies to the period containing it. */
    createdAt?: number;
}
export interface PlanKey {
    id: string;
    type: string;
}
/** A usage plan's quota as the counters (src/throttle) take it. */
export interface UsagePlanQuota {
    limit: number;
    period: 'DAY' | 'WEEK' | 'MONTH';
    offset?: number;
    /** Epoch ms the plan was created: `offset` applies to the period containing it. */
    initialAt?: number;
}
/** The plan's quota as the counters take it; none without a limit or a known period. */
export declare function quotaOf(plan: {
    quota?: {
        limit?: number;
        offset?: number;
        period?: string;
    };
    createdAt?: number;
}): UsagePlanQuota | undefined;
