/**
 * Stacks as state of the server: deploy (create or update), delete, describe. A stack lives in the store
 * (src/domain/stack.ts), so it survives restarts and is shared by nodes; its status doubles as the lock
 * that refuses a second deploy while one runs (the check and the claim are one store transaction).
 * Everything a template can be refused for is found before the claim; a resource failing afterwards rolls
 * the stack back, and the stack's status and reason say why, in CloudFormation's words
 * ("The following resource(s) failed to create: [X]. Rollback requested by user.",
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/troubleshooting.html).
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { systemClock, type Clock } from '../../shared/clock.js';
import { EVENTS_KEPT, isInProgress, type Stack, type StackEvent, type StackResource, type StackStatus } from '../../domain/stack.js';
import type { Logger } from '../../shared/log.js';
import { stacks } from '../../store/collections/index.js';
import { DeferredStore } from '../../store/deferred.js';
import type { Store, WriteOptions } from '../../store/store.js';
import { changeSetErrors, checkExecutable, ResourceFailure, StackError, stackErrors, templateErrors } from '../errors.js';
import { checkShape, evaluateOutputs, evaluateTemplate, type EvaluatedTemplate } from '../language/evaluate.js';
import { displayValue } from '../language/parameters.js';
import { stackArn } from '../language/pseudo.js';
import { transformServerless } from '../sam/transform.js';
import { TemplateError } from '../sources/errors.js';
import type { Template } from '../template.js';
import { checkGetAtts, unsupportedResources } from './checks.js';
import { getDeleted, listDeleted, recordDeleted } from './deleted-stacks.js';
import { DeployFailure, nextTurn, Provisioning, typeOf } from './provision.js';
import { serviceCalls, type StackServices } from './service-calls.js';

export interface DeployRequest {
  stackName: string;
  /** The template, parsed (src/stacks/sources/ reads files and projects). */
  template: unknown;
  parameters?: Record<string, string>;
  skipUnsupported?: boolean;
  region?: string;
  /** The template's text as given (CloudFormation's API answers GetTemplate with it); absent: its JSON. */
  templateBody?: string;
  /** The change set this deploy executes (ExecuteChangeSet): claimed with the stack, so that it runs once. */
  changeSetId?: string;
}

export interface StackEngineDeps {
  services: StackServices;
  store: Store;
  log: Logger;
  accountId: string;
  /** The default region (--region). */
  region: string;
  /** Turns a template with a Transform into plain CloudFormation; absent: the SAM transform (src/stacks/sam/). */
  transform?: (template: Template, ctx: TransformInput) => Template;
  /** This engine's name in the leases it takes; absent: host, pid and a random suffix. */
  node?: string;
  /** How long a claim lives without renewal (a killed deploy's stack is free after this); absent: DEFAULT_LEASE_MS. */
  leaseMs?: number;
  clock?: Clock;
}

/** 30 s: renewed every 10 s while a deploy runs; a stack whose deploying process died is free again within 30 s. */
export const DEFAULT_LEASE_MS = 30_000;

/** A claimed deploy: what `begin` checked, for `run`. */
interface ClaimedDeploy {
  req: DeployRequest;
  template: Template;
  parameters: Record<string, string>;
  skip: boolean;
  ev: EvaluatedTemplate;
  exports: Map<string, { value: string; stack: string }>;
  existing: Stack | undefined;
  creating: boolean;
  claimed: Stack;
}

/** What `prepare` found: the deploy checked, nothing claimed. */
export interface PreparedDeploy {
  region: string;
  stackName: string;
  template: Template;
  warnings: { logicalId: string; message: string }[];
  existing: Stack | undefined;
  stackId: string;
  parameters: Record<string, string>;
  ev: EvaluatedTemplate;
  skip: boolean;
  unsupported: Set<string>;
  exports: Map<string, { value: string; stack: string }>;
  creating: boolean;
}

const CREATED_AGAIN = new Set<StackStatus>(['ROLLBACK_COMPLETE', 'CREATE_FAILED', 'REVIEW_IN_PROGRESS']);

export interface StartedDeploy {
  /** The stack as claimed: `*_IN_PROGRESS`. */
  stack: Stack;
  /** What the transform left out (also in the stack's events). */
  warnings: { logicalId: string; message: string }[];
  run: () => Promise<Stack>;
}

/** The failed status an operation ends in when it was interrupted (its process stopped) or its lease expired. */
export function interruptedStatus(s: StackStatus): StackStatus {
  if (s === 'DELETE_IN_PROGRESS') return 'DELETE_FAILED';
  return s.startsWith('CREATE') || s.startsWith('ROLLBACK') ? 'CREATE_FAILED' : 'UPDATE_ROLLBACK_FAILED';
}

/** What a transform knows of the stack (SAM resolves a few Refs to parameter values itself). */
export interface TransformInput {
  region: string;
  accountId: string;
  stackName: string;
  parameterValues: Record<string, string>;
  /** Where the transform reports what it leaves out (src/stacks/sam/state.ts TransformContext). */
  warnings?: { logicalId: string; message: string }[];
}

const STACK_TYPE = 'AWS::CloudFormation::Stack';
const NAME = /^[a-zA-Z][-a-zA-Z0-9]{0,127}$/;

export class StackEngine {
  /** Who holds a lease this engine takes: unique per process (several nodes share one PostgreSQL). */
  readonly node: string;
  readonly #leaseMs: number;
  readonly #now: () => number;
  /** Operations left running after an API call answered (CreateStack…): awaited before the store closes. */
  readonly #running = new Set<Promise<unknown>>();
  /**
   * The store as a deploy's steps write it: each service call and each per-resource record is a transaction of its
   * own, not flushed on its own (WriteOptions.durable). The claim and the final status are durable writes, and the
   * final one flushes the steps before the deploy reports its end; a kill -9 in between loses no step, so the record
   * still names every resource that exists (what a rollback or a takeover needs).
   */
  readonly #steps: Store;

  constructor(readonly deps: StackEngineDeps) {
    this.node = deps.node ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    this.#leaseMs = deps.leaseMs ?? DEFAULT_LEASE_MS;
    this.#now = () => (deps.clock ?? systemClock).now();
    this.#steps = new DeferredStore(deps.store);
  }

  /** Keeps an operation that runs on after its call answered, so that `settled` can wait for it. */
  track(p: Promise<unknown>): void {
    this.#running.add(p);
    void p.finally(() => this.#running.delete(p));
  }

  /** Every tracked operation ended (the app awaits this before closing the store). */
  async settled(): Promise<void> {
    while (this.#running.size) await Promise.allSettled([...this.#running]);
  }

  async get(name: string, region = this.deps.region): Promise<Stack | undefined> {
    return stacks.in(this.deps.store, region).get(name);
  }

  async describe(name: string, region = this.deps.region): Promise<Stack> {
    const s = await this.get(name, region);
    if (!s) throw stackErrors.notFound(name);
    return s;
  }

  /** The live stacks (not the deleted ones: `deleted`). */
  async list(region = this.deps.region): Promise<Stack[]> {
    return stacks.in(this.deps.store, region).list();
  }

  /** The region's deleted stacks still kept (src/stacks/engine/deleted-stacks.ts), newest deletion first. */
  async deleted(region = this.deps.region): Promise<Stack[]> {
    return listDeleted(this.deps.store, region, this.#now());
  }

  /** A deleted stack by its id (a deleted stack has no name to be found by). */
  async deletedById(stackId: string, region = this.deps.region): Promise<Stack | undefined> {
    return getDeleted(this.deps.store, region, stackId, this.#now());
  }

  /** Parses nothing: `template` is an object. Throws StackError when the template or the request is refused (nothing changed). */
  async deploy(req: DeployRequest): Promise<Stack> {
    return (await this.begin(req)).run();
  }

  /**
   * Everything a deploy can be refused for, checked, nothing changed: the template transformed and evaluated, its
   * types and Fn::GetAtts checked, the stack as it is. `begin` claims after it; CreateChangeSet previews from it.
   */
  async prepare(req: DeployRequest): Promise<PreparedDeploy> {
    const region = req.region ?? this.deps.region;
    const { stackName } = req;
    if (!NAME.test(stackName)) throw stackErrors.badName(stackName);
    checkShape(req.template);
    const warnings: { logicalId: string; message: string }[] = [];
    const template = this.transformed(req.template, { region, accountId: this.deps.accountId, stackName, parameterValues: req.parameters ?? {}, warnings });
    const existing = this.released(await this.get(stackName, region));
    if (existing && isInProgress(existing.status)) throw stackErrors.busy(existing.id, existing.status);
    const stackId = existing?.id ?? stackArn(region, this.deps.accountId, stackName, randomUUID());
    const parameters = req.parameters ?? {};
    const ev = evaluateTemplate(template, parameters, { stackName, stackId, region, accountId: this.deps.accountId });
    const skip = req.skipUnsupported ?? false;
    const unsupported = unsupportedResources(ev, skip);
    checkGetAtts(ev, unsupported);
    const exports = await this.exports(region, stackName);
    // A stack a CREATE change set made (REVIEW_IN_PROGRESS) or whose creation failed has nothing to update: it is created.
    const creating = !existing || CREATED_AGAIN.has(existing.status);
    return { region, stackName, template, warnings, existing, stackId, parameters, ev, skip, unsupported, exports, creating };
  }

  /**
   * Everything a deploy can be refused for, checked, and the stack claimed (its status `*_IN_PROGRESS`, its lease
   * taken); `run` provisions and ends in a final status (it throws only when the store fails). The API's
   * CreateStack / UpdateStack answer after `begin` and leave `run` going, as CloudFormation answers with the
   * StackId while the stack is still in progress.
   */
  async begin(req: DeployRequest): Promise<StartedDeploy> {
    const prepared = await this.prepare(req);
    const { region, stackName, template, warnings, existing, stackId, parameters, ev, skip, unsupported, exports, creating } = prepared;
    const previous = creating ? {} : existing!.resources;
    const claimed = await this.claim(stackName, region, creating ? 'CREATE_IN_PROGRESS' : 'UPDATE_IN_PROGRESS', req.changeSetId, () => ({
      name: stackName,
      id: stackId,
      region,
      status: 'CREATE_IN_PROGRESS',
      created: Date.now(),
      originalTemplate: req.template,
      template,
      parameters,
      parameterView: [],
      skipUnsupported: skip,
      resources: {},
      outputs: [],
      imports: [],
      events: [],
    }));
    const p = new Provisioning(ev, previous, unsupported, {
      context: (logicalId) => ({ calls: this.calls(region), logicalId, stackName, region, accountId: this.deps.accountId }),
      exportValue: (name) => exports.get(name)?.value,
      saved: async (resources, events) => {
        await this.save(stackName, region, { resources, events: [...claimed.events, ...events] }, { durable: false });
      },
    });
    p.event(stackName, stackId, STACK_TYPE, claimed.status, 'User Initiated');
    // What the transform left out (a SAM function's Schedule, SQS, S3… events): one event each, never silent.
    for (const w of warnings) p.event(w.logicalId, '', 'AWS::Serverless::Function', claimed.status, w.message);
    const finish = { req, template, parameters, skip, ev, exports, existing, creating, claimed };
    return { stack: claimed, warnings, run: () => this.withLease(stackName, region, () => this.provision(p, finish)) };
  }

  /** Provisions a claimed deploy to its end: complete, or rolled back. */
  async provision(p: Provisioning, d: ClaimedDeploy): Promise<Stack> {
    const { claimed, creating, exports, ev } = d;
    const { name: stackName, region, id: stackId } = claimed;
    try {
      await p.apply();
      const outputs = evaluateOutputs(ev, p.scope());
      for (const o of outputs) {
        const owner = o.exportName === undefined ? undefined : exports.get(o.exportName);
        if (owner) throw new DeployFailure(stackName, templateErrors.exportTaken(o.exportName!, owner.stack).message);
      }
      this.checkExportsInUse(d.existing, outputs, await this.importers(region, stackName));
      await p.cleanUp();
      const done: StackStatus = creating ? 'CREATE_COMPLETE' : 'UPDATE_COMPLETE';
      p.event(stackName, stackId, STACK_TYPE, done);
      return await this.save(stackName, region, {
        status: done,
        reason: undefined,
        lease: undefined,
        updated: creating ? undefined : Date.now(),
        description: d.template.Description,
        originalTemplate: d.req.template,
        templateBody: d.req.templateBody,
        template: d.template,
        parameters: d.parameters,
        parameterView: this.parameterView(ev),
        skipUnsupported: d.skip,
        resources: p.resources,
        outputs,
        imports: [...p.imports],
        events: [...claimed.events, ...p.events],
      });
    } catch (e) {
      return this.rollBack(p, claimed, creating, e);
    }
  }

  /** A failed deploy undone; the stack keeps its previous template, parameters and outputs. */
  async rollBack(p: Provisioning, claimed: Stack, creating: boolean, e: unknown): Promise<Stack> {
    const { name, region, id } = claimed;
    if (!(e instanceof DeployFailure || e instanceof StackError || e instanceof ResourceFailure))
      this.deps.log.error({ err: e, stack: name }, 'stack deploy failed unexpectedly');
    const failed = e instanceof DeployFailure ? [e.logicalId] : [];
    const reason =
      failed.length && failed[0] !== name
        ? `The following resource(s) failed to ${creating ? 'create' : 'update'}: [${failed.join(', ')}]. Rollback requested by user.`
        : (e as Error).message;
    const rolling: StackStatus = creating ? 'ROLLBACK_IN_PROGRESS' : 'UPDATE_ROLLBACK_IN_PROGRESS';
    p.event(name, id, STACK_TYPE, rolling, reason);
    let status: StackStatus = creating ? 'ROLLBACK_COMPLETE' : 'UPDATE_ROLLBACK_COMPLETE';
    let why = reason;
    try {
      await p.rollBack();
    } catch (undo) {
      status = creating ? 'ROLLBACK_FAILED' : 'UPDATE_ROLLBACK_FAILED';
      why = `${reason} The rollback failed too: ${(undo as Error).message}`;
      if (!(undo instanceof ResourceFailure)) this.deps.log.error({ err: undo, stack: name }, 'stack rollback failed unexpectedly');
    }
    p.event(name, id, STACK_TYPE, status, why === reason ? undefined : why);
    return this.save(name, region, { status, reason: why, lease: undefined, resources: p.resources, events: [...claimed.events, ...p.events] });
  }

  /** Deletes every resource (dependants first; `DeletionPolicy: Retain` ones are left), then the stack. */
  async delete(name: string, region = this.deps.region): Promise<void> {
    await (await this.beginDelete(name, region))?.run();
  }

  /** The checks and the claim of a delete (undefined: no such stack, which CloudFormation answers with success); `run` deletes. */
  async beginDelete(name: string, region = this.deps.region): Promise<{ stack: Stack; run: () => Promise<void> } | undefined> {
    const existing = this.released(await this.get(name, region));
    if (!existing) return undefined; // CloudFormation answers success for a stack that is not there
    if (isInProgress(existing.status)) throw stackErrors.busy(existing.id, existing.status);
    this.checkExportsInUse(existing, [], await this.importers(region, name));
    const claimed = await this.claim(name, region, 'DELETE_IN_PROGRESS', undefined, () => existing);
    return { stack: claimed, run: () => this.withLease(name, region, () => this.deleteClaimed(claimed)) };
  }

  async deleteClaimed(claimed: Stack): Promise<void> {
    const { name, region } = claimed;
    // Nothing is evaluated when deleting: an empty template, no resource active.
    const ev: EvaluatedTemplate = {
      template: { Resources: {} },
      parameters: new Map(),
      conditions: new Map(),
      active: [],
      graph: { dependsOn: new Map(), order: [] },
      scope: () => {
        throw new Error('a stack being deleted evaluates no expression');
      },
    };
    const p = new Provisioning(ev, claimed.resources, new Set(), {
      context: (logicalId) => ({ calls: this.calls(region), logicalId, stackName: name, region, accountId: this.deps.accountId }),
      exportValue: () => undefined,
      saved: async () => {},
    });
    p.event(name, claimed.id, STACK_TYPE, 'DELETE_IN_PROGRESS', 'User Initiated');
    for (const id of p.deletionOrder(Object.keys(p.resources))) {
      await nextTurn(); // as a deploy does: other requests are served while a large stack is deleted
      const r = p.resources[id];
      if (r.deletionPolicy === 'Retain') {
        p.event(id, r.physicalId, r.type, 'DELETE_SKIPPED');
        delete p.resources[id];
        continue;
      }
      try {
        await p.deleteQuietly(typeOf(r.type, !!r.skipped), { physicalId: r.physicalId, attributes: r.attributes }, r.properties, p.hooks.context(id));
      } catch (e) {
        if (!(e instanceof ResourceFailure)) throw e;
        p.event(id, r.physicalId, r.type, 'DELETE_FAILED', e.message);
        const reason = `The following resource(s) failed to delete: [${id}].`;
        p.event(name, claimed.id, STACK_TYPE, 'DELETE_FAILED', reason);
        await this.save(name, region, { status: 'DELETE_FAILED', reason, lease: undefined, resources: p.resources, events: [...claimed.events, ...p.events] });
        throw new StackError('ValidationError', `${reason} ${e.message}`);
      }
      p.event(id, r.physicalId, r.type, 'DELETE_COMPLETE');
      delete p.resources[id];
    }
    p.event(name, claimed.id, STACK_TYPE, 'DELETE_COMPLETE');
    const events = [...claimed.events, ...p.events].slice(-EVENTS_KEPT);
    // The name is free at once; the stack stays describable by its id as DELETE_COMPLETE (deleted-stacks.ts).
    await this.deps.store.write((tx) => recordDeleted(tx, { ...claimed, resources: p.resources, events }, this.#now()));
  }

  /**
   * A deploy interrupted by the process's end (kill -9) left its stack claimed: on a single node nothing else
   * can be running it, so it is marked failed and may be deployed again (the resources it recorded are kept).
   */
  async recoverInterrupted(region = this.deps.region): Promise<void> {
    for (const s of await this.list(region)) {
      if (!isInProgress(s.status)) continue;
      await this.save(s.name, region, { status: interruptedStatus(s.status), reason: 'Tollgate stopped while this stack was being changed', lease: undefined });
    }
  }

  /** The template as plain CloudFormation: `Transform: AWS::Serverless-2016-10-31` runs the SAM transform first; any other transform is refused. */
  transformed(t: Template, ctx: TransformInput): Template {
    if (t.Transform === undefined) return t;
    let out: Template;
    try {
      out = (this.deps.transform ?? ((x, c) => transformServerless(x, { ...c, partition: 'aws' })))(t, ctx);
    } catch (e) {
      if (e instanceof TemplateError) throw new StackError('ValidationError', e.message);
      throw e;
    }
    if (out.Transform !== undefined) throw templateErrors.notATemplate(`Tollgate cannot apply the transform ${JSON.stringify(out.Transform)}`);
    checkShape(out);
    return out;
  }

  calls(region: string) {
    return serviceCalls(this.deps.services, { region, accountId: this.deps.accountId, store: this.#steps, log: this.deps.log });
  }

  parameterView(ev: EvaluatedTemplate): { key: string; value: string }[] {
    return [...ev.parameters].map(([key, v]) => ({ key, value: displayValue(ev.template.Parameters?.[key], v) }));
  }

  /** The region's exports, but this stack's own (it may keep exporting them). */
  async exports(region: string, except: string): Promise<Map<string, { value: string; stack: string }>> {
    const out = new Map<string, { value: string; stack: string }>();
    for (const s of await this.list(region)) {
      if (s.name === except) continue;
      for (const o of s.outputs) if (o.exportName !== undefined) out.set(o.exportName, { value: o.value, stack: s.name });
    }
    return out;
  }

  async importers(region: string, except: string): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    for (const s of await this.list(region)) if (s.name !== except) for (const i of s.imports) out.set(i, [...(out.get(i) ?? []), s.name]);
    return out;
  }

  /** An export another stack imports may not disappear or change ("Export X cannot be deleted as it is in use by Y"). */
  checkExportsInUse(existing: Stack | undefined, outputs: { exportName?: string; value: string }[], importers: Map<string, string[]>): void {
    for (const o of existing?.outputs ?? []) {
      if (o.exportName === undefined || !importers.has(o.exportName)) continue;
      const still = outputs.find((n) => n.exportName === o.exportName);
      if (!still || still.value !== o.value) throw templateErrors.exportInUse(o.exportName, importers.get(o.exportName)!);
    }
  }

  /**
   * A stack whose claim was abandoned (its lease expired: the node deploying it was killed, or lost the store)
   * as a deploy may take it: its status the failed one the interrupted operation would end in, and an event
   * saying so. A stack held by a live lease, or not claimed, is returned as it is.
   */
  released(s: Stack | undefined): Stack | undefined {
    if (!s || !isInProgress(s.status) || !s.lease || s.lease.expires > this.#now()) return s;
    const reason = `The ${s.status} operation of ${s.lease.owner} stopped renewing its claim (expired ${new Date(s.lease.expires).toISOString()}); the stack was released`;
    const status = interruptedStatus(s.status);
    const event = { eventId: randomUUID(), timestamp: this.#now(), logicalId: s.name, physicalId: s.id, type: STACK_TYPE, status, reason };
    return { ...s, status, reason, lease: undefined, events: [...s.events, event] };
  }

  /**
   * Runs a claimed operation while renewing its lease every third of its length, so that a deploy that takes long
   * keeps its stack, and one whose process died releases it after at most one lease (PostgreSQL: several nodes).
   */
  async withLease<T>(name: string, region: string, run: () => Promise<T>): Promise<T> {
    const renew = async (): Promise<void> => {
      await this.deps.store.write(async (tx) => {
        const c = stacks.in(tx, region);
        const cur = await c.get(name);
        if (cur?.lease?.owner === this.node) await c.update(name, { ...cur, lease: { owner: this.node, expires: this.#now() + this.#leaseMs } });
      });
    };
    const timer = setInterval(
      () => void renew().catch((e: unknown) => this.deps.log.warn({ err: e, stack: name }, 'stack lease renewal failed')),
      this.#leaseMs / 3,
    );
    try {
      return await run();
    } finally {
      clearInterval(timer);
    }
  }

  /**
   * Claims the stack for one operation: refused when a live lease holds it (the check and the claim in one
   * transaction). A deploy executing a change set claims it too (refused unless AVAILABLE) and drops the stack's
   * other change sets ("CloudFormation deletes all other change sets associated with the stack because they aren't
   * valid for the updated stack": https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_ExecuteChangeSet.html);
   * any other deploy makes them OBSOLETE.
   */
  async claim(name: string, region: string, status: StackStatus, changeSetId: string | undefined, fresh: () => Stack): Promise<Stack> {
    return this.deps.store.write(async (tx) => {
      const c = stacks.in(tx, region);
      const cur = this.released(await c.get(name));
      if (cur && isInProgress(cur.status)) throw stackErrors.busy(cur.id, cur.status);
      const lease = { owner: this.node, expires: this.#now() + this.#leaseMs };
      const next: Stack = { ...(cur ?? fresh()), status, reason: undefined, lease };
      if (changeSetId !== undefined) {
        const cs = cur?.changeSets?.find((x) => x.id === changeSetId);
        if (!cs) throw changeSetErrors.notFound(changeSetId);
        checkExecutable(cs);
        next.changeSets = [{ ...cs, executionStatus: 'EXECUTE_IN_PROGRESS' }];
      } else if (next.changeSets?.length && status !== 'DELETE_IN_PROGRESS') {
        next.changeSets = next.changeSets.map((x) => (x.executionStatus === 'AVAILABLE' ? { ...x, executionStatus: 'OBSOLETE' } : x));
      }
      if (cur) await c.update(name, next);
      else await c.insert(name, next);
      return next;
    });
  }

  async save(name: string, region: string, patch: Partial<Stack>, opts?: WriteOptions): Promise<Stack> {
    return this.deps.store.write(async (tx) => {
      const c = stacks.in(tx, region);
      const cur = (await c.get(name))!;
      const next: Stack = { ...cur, ...patch };
      // The change set being executed ends with its stack's operation.
      if (patch.status !== undefined && !isInProgress(patch.status) && next.changeSets?.some((x) => x.executionStatus === 'EXECUTE_IN_PROGRESS')) {
        const ok = patch.status === 'CREATE_COMPLETE' || patch.status === 'UPDATE_COMPLETE';
        next.changeSets = next.changeSets.map((x) =>
          x.executionStatus === 'EXECUTE_IN_PROGRESS' ? { ...x, executionStatus: ok ? 'EXECUTE_COMPLETE' : 'EXECUTE_FAILED' } : x,
        );
      }
      if (next.events.length > EVENTS_KEPT) next.events = next.events.slice(-EVENTS_KEPT);
      await c.update(name, next);
      return next;
    }, opts);
  }
}

export type { Stack, StackEvent, StackResource };
