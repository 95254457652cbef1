/**
 * What the data plane serves: for an (API id, stage) the live stage and the frozen deployment it
 * points at, compiled once per deployment (router, gateway responses, templates on first use).
 * Entries are checked against the store's configuration version, so a change made through the
 * management API (or by another node sharing the database) is served from the next request on.
 */
import type { DeploymentSnapshot } from '../domain/deployment.js';
import { apiScope } from '../domain/kinds.js';
import type { Stage } from '../domain/stage.js';
import { deployments, restApis, stages } from '../store/collections/index.js';
import type { Store } from '../store/store.js';
import { ResourceRouter } from './router.js';

/** The one Stage type (src/domain/stage.ts): the data plane serves the stage as stored. */

export interface CompiledDeployment {
  id: string;
  snapshot: DeploymentSnapshot;
  /** The resource a path matches (TestInvokeMethod answers its one resource whatever the path). */
  router: Pick<ResourceRouter, 'match'>;
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

/** The stage as served, and its canary (canary deployment, variables with the overrides) if any. */
interface Entry {
  version: number;
  served: Served | undefined;
  canary: Served | undefined;
}

/** 0 % never, 100 % always, otherwise a draw per request (`random() * 100 < percentTraffic`). */
export function pickCanary(served: Served | undefined, canary: Served | undefined, random: () => number): Served | undefined {
  if (!served || !canary) return served;
  const pct = served.stage.canarySettings?.percentTraffic ?? 0;
  if (pct <= 0) return served;
  if (pct >= 100) return canary;
  return random() * 100 < pct ? canary : served;
}

/** mulberry32: a small seeded PRNG, for reproducible canary splits in tests. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function compileDeployment(id: string, snapshot: DeploymentSnapshot): CompiledDeployment {
  const gatewayResponses = new Map<string, GatewayResponseOverride>();
  for (const g of snapshot.gatewayResponses) gatewayResponses.set(g.responseType, g);
  return { id, snapshot, router: new ResourceRouter(snapshot.resources), gatewayResponses, memo: new Map() };
}

export class DeploymentRegistry {
  readonly #store: Store;
  readonly #accountId: string;
  readonly #entries = new Map<string, Entry>();
  /** Deployments are immutable: compiled once, dropped only when no stage serves them any more. */
  readonly #compiled = new Map<string, CompiledDeployment>();

  /** Canary split: `percentTraffic` % of requests go to the canary (tests inject a seeded source). */
  readonly #random: () => number;

  constructor(store: Store, accountId: string, random: () => number = Math.random) {
    this.#store = store;
    this.#accountId = accountId;
    this.#random = random;
  }

  /**
   * The stage as served. Synchronous while the store's configuration version is known to be current
   * (Store.peekConfigVersion) and the stage is cached: the data plane's common case.
   */
  resolve(apiId: string, stageName: string): Served | undefined | Promise<Served | undefined> {
    const version = this.#store.peekConfigVersion?.();
    if (version !== undefined) {
      const entry = this.#entries.get(`${apiId}\u0000${stageName}`);
      if (entry && entry.version === version) return pickCanary(entry.served, entry.canary, this.#random);
    }
    return this.#resolve(apiId, stageName);
  }

  async #resolve(apiId: string, stageName: string): Promise<Served | undefined> {
    const version = await this.#store.configVersion();
    const key = `${apiId}\u0000${stageName}`;
    let entry = this.#entries.get(key);
    if (!entry || entry.version !== version) {
      const served = await this.#load(apiId, stageName);
      entry = { version, served, canary: served && (await this.#canary(served)) };
      if (this.#entries.size > 10_000) this.#entries.clear();
      this.#entries.set(key, entry);
    }
    return pickCanary(entry.served, entry.canary, this.#random);
  }

  /**
   * The canary side of a stage with canarySettings: the canary deployment, with the stage variables
   * overridden by `stageVariableOverrides` (DG:canary-release; LS-code moto_helpers: overrides merged).
   */
  async #canary(served: Served): Promise<Served | undefined> {
    const c = served.stage.canarySettings;
    if (!c) return undefined;
    const deployment = c.deploymentId ? await this.deploymentFor(served.region, served.deployment.snapshot.api.id, c.deploymentId) : served.deployment;
    if (!deployment) return undefined;
    const variables = { ...(served.stage.variables ?? {}), ...(c.stageVariableOverrides ?? {}) };
    return { ...served, stage: { ...served.stage, variables }, deployment, isCanary: true };
  }

  async #load(apiId: string, stageName: string): Promise<Served | undefined> {
    // The invoke URL names the API, not its region: found by id across regions (API ids are unique in the kind).
    const apiRow = await restApis.findById(this.#store, apiId);
    if (!apiRow) return undefined;
    const region = apiRow.scope;
    const stage = await stages.in(this.#store, region, apiId).get(stageName);
    if (!stage) return undefined;
    const deployment = await this.deploymentFor(region, apiId, stage.deploymentId);
    if (!deployment) return undefined;
    return { region, accountId: this.#accountId, stage, deployment };
  }

  async deploymentFor(region: string, apiId: string, deploymentId: string): Promise<CompiledDeployment | undefined> {
    const key = `${apiScope(region, apiId)}/${deploymentId}`;
    const cached = this.#compiled.get(key);
    if (cached) return cached;
    const row = await deployments.in(this.#store, region, apiId).get(deploymentId);
    if (!row?.snapshot) return undefined;
    const compiled = compileDeployment(deploymentId, row.snapshot);
    if (this.#compiled.size > 1_000) this.#compiled.clear();
    this.#compiled.set(key, compiled);
    return compiled;
  }
}
