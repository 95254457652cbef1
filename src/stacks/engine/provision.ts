/**
 * One deploy of a stack's resources: what changed per resource, applied in dependency order, each step
 * journaled so that a failure is undone (the previous version keeps serving), then the old resources
 * cleaned up. CloudFormation's update behaviours: unchanged resources are left alone, a property marked
 * "Replacement" creates a new resource and deletes the old one at the end, the rest update in place
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-update-behaviors.html);
 * removed resources are deleted in reverse dependency order, unless `DeletionPolicy: Retain`
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-deletionpolicy.html).
 */
import { randomUUID } from 'node:crypto';
import type { StackEvent, StackResource } from '../../domain/stack.js';
import { ResourceFailure, StackError, templateErrors } from '../errors.js';
import type { EvaluatedTemplate } from '../language/evaluate.js';
import { topologicalOrder } from '../language/graph.js';
import { resolve } from '../language/intrinsics.js';
import { placeholder, skippedType } from '../resources/inert.js';
import type { ProvisionContext, Props, Provisioned, ResourceType } from '../resources/provider.js';
import { resourceType } from '../resources/registry.js';
import { DEPLOYMENT, deploymentEdges, isApiPart, REST_API } from './api-changes.js';

/**
 * One turn of the event loop, taken between two resources. A step's store calls (SQLite, the DeferredStore that holds
 * the steps' writes) settle as microtasks, so a deploy of many resources would otherwise run to its end before the
 * process reads another request: the management API and the data plane answered nothing while it ran. setImmediate
 * resumes after the poll phase, where "incoming: connections, data" are taken
 * (https://nodejs.org/en/learn/asynchronous-work/event-loop-timers-and-nexttick). The order of the steps is unchanged,
 * and the stack stays claimed (its lease) meanwhile, so a second deploy is still refused.
 */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

type Step =
  | { kind: 'created'; id: string }
  | { kind: 'replaced' | 'recreated'; id: string; old: StackResource }
  /** Journaled before the update runs: a half-applied update is undone from what it attempted. */
  | { kind: 'updated'; id: string; old: StackResource; attempted: Props }
  | { kind: 'deleted'; id: string; old: StackResource };

export interface ProvisionHooks {
  context(logicalId: string): ProvisionContext;
  /** Another stack's export, or undefined. */
  exportValue(name: string): string | undefined;
  /** Called after every step with the working state, so that what exists is always on record. */
  saved(resources: Record<string, StackResource>, events: StackEvent[]): Promise<void>;
}

export class DeployFailure extends Error {
  constructor(
    readonly logicalId: string,
    message: string,
  ) {
    super(message);
  }
}

export function typeOf(type: string, skipped: boolean): ResourceType {
  return skipped ? skippedType() : resourceType(type)!;
}

const changedKeys = (a: Props, b: Props): string[] =>
  [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));

const isNotFound = (e: unknown): boolean => e instanceof ResourceFailure && /NotFound/.test(e.serviceCode ?? '');

export class Provisioning {
  readonly resources: Record<string, StackResource>;
  readonly events: StackEvent[] = [];
  readonly imports = new Set<string>();
  readonly #journal: Step[] = [];
  readonly #cleanup: { id: string; old: StackResource }[] = [];
  readonly #changedApis = new Set<string>();

  constructor(
    readonly ev: EvaluatedTemplate,
    previous: Record<string, StackResource>,
    readonly unsupported: Set<string>,
    readonly hooks: ProvisionHooks,
  ) {
    this.resources = structuredClone(previous);
  }

  readonly scope = () =>
    this.ev.scope({
      ref: (id) => this.resources[id]?.physicalId,
      getAtt: (id, attr) => {
        const decl = this.ev.template.Resources[id];
        if (!decl) throw templateErrors.getAttUndefined(id);
        const r = this.resources[id];
        if (r?.skipped || this.unsupported.has(id)) return placeholder(id);
        if (!typeOf(decl.Type, false).attributes.includes(attr)) throw templateErrors.getAttUnsupported(id, attr);
        if (!r) throw templateErrors.unresolved([id], 'Resources');
        return r.attributes[attr];
      },
      importValue: (name) => {
        const v = this.hooks.exportValue(name);
        if (v === undefined) throw templateErrors.noExport(name);
        this.imports.add(name);
        return v;
      },
    });

  event(logicalId: string, physicalId: string, type: string, status: string, reason?: string): void {
    this.events.push({ eventId: randomUUID(), timestamp: Date.now(), logicalId, physicalId, type, status, ...(reason ? { reason } : {}) });
  }

  /** Creates and updates, in dependency order (a Deployment after its API's parts); throws DeployFailure naming the resource. */
  async apply(): Promise<void> {
    const { template, active, graph } = this.ev;
    const order = topologicalOrder(active, deploymentEdges(template.Resources, active, graph.dependsOn));
    await this.removeApiParts(new Set(active));
    for (const id of order) {
      await nextTurn();
      const decl = template.Resources[id];
      try {
        await this.step(id, decl.Type, decl.Properties ?? {}, [...graph.dependsOn.get(id)!], decl.DeletionPolicy);
      } catch (e) {
        if (!(e instanceof ResourceFailure || e instanceof StackError)) throw e;
        const failed = this.resources[id] ? 'UPDATE_FAILED' : 'CREATE_FAILED';
        this.event(id, this.resources[id]?.physicalId ?? '', decl.Type, failed, e.message);
        throw new DeployFailure(id, e.message);
      }
    }
  }

  async step(id: string, type: string, raw: Record<string, unknown>, dependsOn: string[], deletionPolicy: string | undefined): Promise<void> {
    const skipped = this.unsupported.has(id);
    const t = typeOf(type, skipped);
    const props = resolve(raw, this.scope()) as Props;
    const fp = t.fingerprint?.(props) ?? props;
    const prev = this.resources[id];
    const ctx = this.hooks.context(id);
    const record = (p: Provisioned, status: StackResource['status']): void => {
      this.resources[id] = {
        type,
        ...p,
        properties: fp,
        dependsOn,
        status,
        updated: Date.now(),
        ...(deletionPolicy ? { deletionPolicy } : {}),
        ...(skipped ? { skipped } : {}),
      };
      this.noteApiChange(type, props, p);
      this.event(id, p.physicalId, type, status, skipped ? `Skipped: Tollgate does not serve ${type}; references resolve to ${placeholder(id)}` : undefined);
    };
    if (!prev) {
      record(await t.create(props, ctx), 'CREATE_COMPLETE');
      this.#journal.push({ kind: 'created', id });
    } else {
      const changed = prev.type === type ? changedKeys(prev.properties, fp) : ['Type'];
      const forced = type === DEPLOYMENT && this.#changedApis.has(String(props.RestApiId));
      if (!changed.length && !forced) {
        this.resources[id] = { ...prev, dependsOn, ...(deletionPolicy ? { deletionPolicy } : { deletionPolicy: undefined }) };
        return;
      }
      const old = prev;
      const prevState = { props: prev.properties, state: { physicalId: prev.physicalId, attributes: prev.attributes } };
      if (forced || prev.type !== type || changed.some((k) => t.replaceOn.includes(k))) {
        record(await t.create(props, ctx), 'UPDATE_COMPLETE');
        this.#journal.push({ kind: 'replaced', id, old });
        this.#cleanup.push({ id, old });
      } else if (t.update) {
        this.#journal.push({ kind: 'updated', id, old, attempted: fp });
        record(await t.update(props, prevState, ctx), 'UPDATE_COMPLETE');
      } else {
        await this.deleteQuietly(t, prevState.state, prev.properties, ctx);
        delete this.resources[id];
        // Deleted until the new one exists: a failed create is undone by creating the old one again.
        const step: Step = { kind: 'deleted', id, old };
        this.#journal.push(step);
        record(await t.create(props, ctx), 'UPDATE_COMPLETE');
        Object.assign(step, { kind: 'recreated' });
      }
    }
    await this.hooks.saved(this.resources, this.events);
  }

  /** Which APIs changed: their Deployments are replaced when reached (a Deployment comes after its API's parts). */
  noteApiChange(type: string, props: Props, p: Provisioned): void {
    if (type === REST_API) this.#changedApis.add(p.physicalId);
    else if (isApiPart(type) && props.RestApiId !== undefined) this.#changedApis.add(String(props.RestApiId));
  }

  /**
   * The API parts the template no longer has go before anything else, so that a replaced Deployment does not
   * snapshot them; the rest of what was removed is deleted at cleanup.
   */
  async removeApiParts(active: Set<string>): Promise<void> {
    const gone = this.deletionOrder(Object.keys(this.resources).filter((id) => !active.has(id)));
    for (const id of gone) {
      await nextTurn();
      const old = this.resources[id];
      if (!isApiPart(old.type)) {
        this.#cleanup.push({ id, old });
        continue;
      }
      this.#changedApis.add(String(old.properties.RestApiId));
      if (old.deletionPolicy === 'Retain') {
        this.event(id, old.physicalId, old.type, 'DELETE_SKIPPED');
      } else {
        await this.deleteQuietly(
          typeOf(old.type, !!old.skipped),
          { physicalId: old.physicalId, attributes: old.attributes },
          old.properties,
          this.hooks.context(id),
        );
        this.event(id, old.physicalId, old.type, 'DELETE_COMPLETE');
        this.#journal.push({ kind: 'deleted', id, old });
      }
      delete this.resources[id];
      await this.hooks.saved(this.resources, this.events);
    }
  }

  /** Replaced and removed resources, dependants first. Failures are reported, not fatal (CloudFormation's cleanup phase). */
  async cleanUp(): Promise<void> {
    const byId = new Map(this.#cleanup.map((c) => [c.id, c.old]));
    const order = this.deletionOrder([...byId.keys()], byId);
    for (const id of order) {
      await nextTurn();
      const old = byId.get(id)!;
      const replaced = this.resources[id] !== undefined;
      if (!replaced) delete this.resources[id];
      if (old.deletionPolicy === 'Retain' && !replaced) {
        this.event(id, old.physicalId, old.type, 'DELETE_SKIPPED');
        continue;
      }
      try {
        await this.deleteQuietly(
          typeOf(old.type, !!old.skipped),
          { physicalId: old.physicalId, attributes: old.attributes },
          old.properties,
          this.hooks.context(id),
        );
        this.event(id, old.physicalId, old.type, 'DELETE_COMPLETE');
      } catch (e) {
        if (!(e instanceof ResourceFailure)) throw e;
        this.event(id, old.physicalId, old.type, 'DELETE_FAILED', e.message);
      }
    }
    await this.hooks.saved(this.resources, this.events);
  }

  /** Undoes the journal, last step first. Throws (the stack is then left *_ROLLBACK_FAILED) if a step cannot be undone. */
  async rollBack(): Promise<void> {
    for (const s of this.#journal.reverse()) {
      await nextTurn();
      const cur = this.resources[s.id];
      const ctx = this.hooks.context(s.id);
      const curState = cur && { physicalId: cur.physicalId, attributes: cur.attributes };
      if (s.kind === 'created') {
        await this.deleteQuietly(typeOf(cur.type, !!cur.skipped), curState, cur.properties, ctx);
        delete this.resources[s.id];
        this.event(s.id, cur.physicalId, cur.type, 'DELETE_COMPLETE');
      } else {
        const old = s.old;
        const t = typeOf(old.type, !!old.skipped);
        const oldState = { physicalId: old.physicalId, attributes: old.attributes };
        if (s.kind === 'replaced') {
          await typeOf(cur.type, !!cur.skipped).restore?.({ props: old.properties, state: oldState }, { props: cur.properties, state: curState }, ctx);
          await this.deleteQuietly(typeOf(cur.type, !!cur.skipped), curState, cur.properties, ctx);
          this.resources[s.id] = old;
        } else if (s.kind === 'updated') {
          const from = cur === old ? s.attempted : cur.properties; // `cur === old`: the update failed before it was recorded
          const p = await t.update!(old.properties, { props: from, state: curState }, ctx);
          this.resources[s.id] = { ...old, ...p };
        } else {
          if (s.kind === 'recreated') await this.deleteQuietly(t, curState, cur.properties, ctx);
          const p = await t.create(old.properties, ctx);
          this.resources[s.id] = { ...old, ...p };
        }
        this.event(s.id, this.resources[s.id].physicalId, old.type, 'UPDATE_COMPLETE', 'Rolled back');
      }
      await this.hooks.saved(this.resources, this.events);
    }
    this.#journal.length = 0;
  }

  async deleteQuietly(t: ResourceType, state: Provisioned, props: Props, ctx: ProvisionContext): Promise<void> {
    try {
      await t.delete(state, props, ctx);
    } catch (e) {
      if (!isNotFound(e)) throw e; // gone already (an API's parts go with it)
    }
  }

  /** `ids` in the order to delete them: whatever depends on a resource before it. */
  deletionOrder(ids: string[], records: Map<string, StackResource> = new Map(ids.map((id) => [id, this.resources[id]]))): string[] {
    const deps = new Map(ids.map((id) => [id, new Set(records.get(id)!.dependsOn.filter((d) => records.has(d)))]));
    try {
      return topologicalOrder(ids, deps).reverse();
    } catch {
      return [...ids].reverse(); // a recorded cycle cannot happen; reverse creation order then
    }
  }
}
