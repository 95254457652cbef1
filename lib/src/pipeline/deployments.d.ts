/**
 * What the data plane serves: for an (API id, stage) the live stage and the frozen deployment it
 * points at, compiled once per deployment (router, gateway responses, templates on first use).
 * Entries are checked against the store's configuration version, so a change made through the
 * management API (or by another node sharing the database) is served from the next request on.
 */
import type { DeploymentSnapshot } from '../domain/deployment.js';
import type { Stage } from '../domain/stage.js';
import type { Store } from '../store/store.js';
import { ResourceRouter } from './router.js';
/** The one Stage type (src/domain/stage.ts): the data plane serves the stage as stored. */
export type { Stage };
export interface CompiledDeployment {
    id: string;
    snapshot: DeploymentSnapshot;
    router: ResourceRouter;
    /** Customised gateway responses by type. */
    gatewayResponses: Map<string, GatewayResponseOverride>;
    /** Per-deployment memo for derived structures (compiled templates, validators), built on first use. */
    memo: Map<string, unknown>;
}
export interface GatewayResponseOverride {
    statusCode?: string;
    responseParameters?: Record<string, string>;
    responseTemplates?: Record<string, string>;
}
export interface Served {
    region: string;
    accountId: string;
    stage: Stage;
    deployment: CompiledDeployment;
    /** Set when the stage has a canary: whether this request goes to it ($context.isCanaryRequest). */
    isCanary?: boolean;
}
/** 0 % never, 100 % always, otherwise a draw per request (`random() * 100 < percentTraffic`). */
export declare function pickCanary(served: Served | undefined, canary: Served | undefined, random: () => number): Served | undefined;
/** mulberry32: a small seeded PRNG, for reproducible canary splits in tests. */
export declare function seededRandom(seed: number): () => number;
export declare function compileDeployment(id: string, snapshot: DeploymentSnapshot): CompiledDeployment;
export declare class DeploymentRegistry {
    #private;
    constructor(store: Store, accountId: string, random?: () => number);
    /**
     * The stage as served. Synchronous while the store's configuration version is known to be current
     * (Store.peekConfigVersion) and the stage is cached: the data plane's common case.
     */
    resolve(apiId: string, stageName: string): Served | undefined | Promise<Served | undefined>;
    deploymentFor(region: string, apiId: string, deploymentId: string): Promise<CompiledDeployment | undefined>;
}
