import { apiScope } from '../domain/kinds.js';
import { ResourceRouter } from './router.js';
import { Kind } from '../domain/kinds.js';
/** 0 % never, 100 % always, otherwise a draw per request (`random() * 100 < percentTraffic`). */
export function pickCanary(served, canary, random) {
    if (!served || !canary)
        return served;
    const pct = served.stage.canarySettings?.percentTraffic ?? 0;
    if (pct <= 0)
        return served;
    if (pct >= 100)
        return canary;
    return random() * 100 < pct ? canary : served;
}
/** mulberry32: a small seeded PRNG, for reproducible canary splits in tests. */
export function seededRandom(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
export function compileDeployment(id, snapshot) {
    const gatewayResponses = new Map();
    for (const g of snapshot.gatewayResponses)
        gatewayResponses.set(g.responseType, g);
    return { id, snapshot, router: new ResourceRouter(snapshot.resources), gatewayResponses, memo: new Map() };
}
export class DeploymentRegistry {
    #store;
    #accountId;
    #entries = new Map();
    /** Deployments are immutable: compiled once, dropped only when no stage serves them any more. */
    #compiled = new Map();
    /** Canary split: `percentTraffic` % of requests go to the canary (tests inject a seeded source). */
    #random;
    constructor(store, accountId, random = Math.random) {
        this.#store = store;
        this.#accountId = accountId;
        this.#random = random;
    }
    /**
     * The stage as served. Synchronous while the store's configuration version is known to be current
     * (Store.peekConfigVersion) and the stage is cached: the data plane's common case.
     */
    resolve(apiId, stageName) {
        const version = this.#store.peekConfigVersion?.();
        if (version !== undefined) {
            const entry = this.#entries.get(`${apiId}\u0000${stageName}`);
            if (entry && entry.version === version)
                return pickCanary(entry.served, entry.canary, this.#random);
        }
        return this.#resolve(apiId, stageName);
    }
    async #resolve(apiId, stageName) {
        const version = await this.#store.configVersion();
        const key = `${apiId}\u0000${stageName}`;
        let entry = this.#entries.get(key);
        if (!entry || entry.version !== version) {
            const served = await this.#load(apiId, stageName);
            entry = { version, served, canary: served && (await this.#canary(served)) };
            if (this.#entries.size > 10_000)
                this.#entries.clear();
            this.#entries.set(key, entry);
        }
        return pickCanary(entry.served, entry.canary, this.#random);
    }
    /**
     * The canary side of a stage with canarySettings: the canary deployment, with the stage variables
     * overridden by `stageVariableOverrides` (DG:canary-release; LS-code moto_helpers: overrides merged).
     */
    async #canary(served) {
        const c = served.stage.canarySettings;
        if (!c)
            return undefined;
        const deployment = c.deploymentId ? await this.deploymentFor(served.region, served.deployment.snapshot.api.id, c.deploymentId) : served.deployment;
        if (!deployment)
            return undefined;
        const variables = { ...(served.stage.variables ?? {}), ...(c.stageVariableOverrides ?? {}) };
        return { ...served, stage: { ...served.stage, variables }, deployment, isCanary: true };
    }
    async #load(apiId, stageName) {
        const apiRow = await this.#store.findById(Kind.restApi, apiId);
        if (!apiRow)
            return undefined;
        const region = apiRow.scope;
        const scope = apiScope(region, apiId);
        const stage = await this.#store.get(Kind.stage, scope, stageName);
        if (!stage)
            return undefined;
        const deployment = await this.#deployment(scope, stage.deploymentId);
        if (!deployment)
            return undefined;
        return { region, accountId: this.#accountId, stage, deployment };
    }
    async deploymentFor(region, apiId, deploymentId) {
        return this.#deployment(apiScope(region, apiId), deploymentId);
    }
    async #deployment(scope, deploymentId) {
        const key = `${scope}/${deploymentId}`;
        const cached = this.#compiled.get(key);
        if (cached)
            return cached;
        const row = await this.#store.get(Kind.deployment, scope, deploymentId);
        if (!row?.snapshot)
            return undefined;
        const compiled = compileDeployment(deploymentId, row.snapshot);
        if (this.#compiled.size > 1_000)
            this.#compiled.clear();
        this.#compiled.set(key, compiled);
        return compiled;
    }
}
