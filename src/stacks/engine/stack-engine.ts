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
import { EVENTS_KEPT, isInProgress, type Stack, type StackEvent, type StackResource, type StackStatus } from '../../domain/stack.js';
import type { Logger } from '../../shared/log.js';
import { stacks } from '../../store/collections/index.js';
import type { Store } from '../../store/store.js';
import { ResourceFailure, StackError, stackErrors, templateErrors } from '../errors.js';
import { checkShape, evaluateOutputs, evaluateTemplate, type EvaluatedTemplate } from '../language/evaluate.js';
import { displayValue } from '../language/parameters.js';
import { stackArn } from '../language/pseudo.js';
import { transformServerless } from '../sam/transform.js';
import { TemplateError } from '../sources/errors.js';
import type { Template } from '../template.js';
import { checkGetAtts, unsupportedResources } from './checks.js';
import { DeployFailure, Provisioning, typeOf } from './provision.js';
import { serviceCalls, type StackServices } from './service-calls.js';

export interface DeployRequest {
  stackName: string;
  /** The template, parsed (src/stacks/sources/ reads files and projects). */
  template: unknown;
  parameters?: Record<string, string>;
  skipUnsupported?: boolean;
  region?: string;
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
}

/** What a transform knows of the stack (SAM resolves a few Refs to parameter values itself). */
export interface TransformInput {
  region: string;
  accountId: string;
  stackName: string;
  parameterValues: Record<string, string>;
}

const STACK_TYPE = 'AWS::CloudFormation::Stack';
const NAME = /^[a-zA-Z][-a-zA-Z0-9]{0,127}$/;

export class StackEngine {
  constructor(readonly deps: StackEngineDeps) {}

  async get(name: string, region = this.deps.region): Promise<Stack | undefined> {
    return stacks.in(this.deps.store, region).get(name);
  }

  async describe(name: string, region = this.deps.region): Promise<Stack> {
    const s = await this.get(name, region);
    if (!s) throw stackErrors.notFound(name);
    return s;
  }

  async list(region = this.deps.region): Promise<Stack[]> {
    return stacks.in(this.deps.store, region).list();
  }

  /** Parses nothing: `template` is an object. Throws StackError when the template or the request is refused (nothing changed). */
  async deploy(req: DeployRequest): Promise<Stack> {
    const region = req.region ?? this.deps.region;
    const { stackName } = req;
    if (!NAME.test(stackName)) throw stackErrors.badName(stackName);
    checkShape(req.template);
    const template = this.transformed(req.template, { region, accountId: this.deps.accountId, stackName, parameterValues: req.parameters ?? {} });
    const existing = await this.get(stackName, region);
    if (existing && isInProgress(existing.status)) throw stackErrors.busy(existing.id, existing.status);
    const stackId = existing?.id ?? stackArn(region, this.deps.accountId, stackName, randomUUID());
    const parameters = req.parameters ?? {};
    const ev = evaluateTemplate(template, parameters, { stackName, stackId, region, accountId: this.deps.accountId });
    const skip = req.skipUnsupported ?? false;
    const unsupported = unsupportedResources(ev, skip);
    checkGetAtts(ev, unsupported);
    const exports = await this.exports(region, stackName);
    const creating = !existing || existing.status === 'ROLLBACK_COMPLETE' || existing.status === 'CREATE_FAILED';
    const previous = creating ? {} : existing.resources;
    const claimed = await this.claim(stackName, region, creating ? 'CREATE_IN_PROGRESS' : 'UPDATE_IN_PROGRESS', () => ({
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
        await this.save(stackName, region, { resources, events: [...claimed.events, ...events] });
      },
    });
    p.event(stackName, stackId, STACK_TYPE, claimed.status, 'User Initiated');
    try {
      await p.apply();
      const outputs = evaluateOutputs(ev, p.scope());
      for (const o of outputs) {
        const owner = o.exportName === undefined ? undefined : exports.get(o.exportName);
        if (owner) throw new DeployFailure(stackName, templateErrors.exportTaken(o.exportName!, owner.stack).message);
      }
      this.checkExportsInUse(existing, outputs, await this.importers(region, stackName));
      await p.cleanUp();
      const done: StackStatus = creating ? 'CREATE_COMPLETE' : 'UPDATE_COMPLETE';
      p.event(stackName, stackId, STACK_TYPE, done);
      return await this.save(stackName, region, {
        status: done,
        reason: undefined,
        updated: creating ? undefined : Date.now(),
        description: template.Description,
        originalTemplate: req.template,
        template,
        parameters,
        parameterView: this.parameterView(ev),
        skipUnsupported: skip,
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
    return this.save(name, region, { status, reason: why, resources: p.resources, events: [...claimed.events, ...p.events] });
  }

  /** Deletes every resource (dependants first; `DeletionPolicy: Retain` ones are left), then the stack. */
  async delete(name: string, region = this.deps.region): Promise<void> {
    const existing = await this.get(name, region);
    if (!existing) return; // CloudFormation answers success for a stack that is not there
    if (isInProgress(existing.status)) throw stackErrors.busy(existing.id, existing.status);
    this.checkExportsInUse(existing, [], await this.importers(region, name));
    const claimed = await this.claim(name, region, 'DELETE_IN_PROGRESS', () => existing);
    const ev = { template: { Resources: {} }, active: [], graph: { dependsOn: new Map(), order: [] } } as unknown as EvaluatedTemplate;
    const p = new Provisioning(ev, claimed.resources, new Set(), {
      context: (logicalId) => ({ calls: this.calls(region), logicalId, stackName: name, region, accountId: this.deps.accountId }),
      exportValue: () => undefined,
      saved: async () => {},
    });
    p.event(name, claimed.id, STACK_TYPE, 'DELETE_IN_PROGRESS', 'User Initiated');
    for (const id of p.deletionOrder(Object.keys(p.resources))) {
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
        await this.save(name, region, { status: 'DELETE_FAILED', reason, resources: p.resources, events: [...claimed.events, ...p.events] });
        throw new StackError('ValidationError', `${reason} ${e.message}`);
      }
      p.event(id, r.physicalId, r.type, 'DELETE_COMPLETE');
      delete p.resources[id];
    }
    await this.deps.store.write((tx) => stacks.in(tx, region).remove(name));
  }

  /**
   * A deploy interrupted by the process's end (kill -9) left its stack claimed: on a single node nothing else
   * can be running it, so it is marked failed and may be deployed again (the resources it recorded are kept).
   */
  async recoverInterrupted(region = this.deps.region): Promise<void> {
    for (const s of await this.list(region)) {
      if (!isInProgress(s.status)) continue;
      const status: StackStatus =
        s.status === 'DELETE_IN_PROGRESS'
          ? 'DELETE_FAILED'
          : s.status.startsWith('CREATE') || s.status.startsWith('ROLLBACK')
            ? 'CREATE_FAILED'
            : 'UPDATE_ROLLBACK_FAILED';
      await this.save(s.name, region, { status, reason: 'Tollgate stopped while this stack was being changed' });
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
    return serviceCalls(this.deps.services, { region, accountId: this.deps.accountId, store: this.deps.store, log: this.deps.log });
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

  /** Claims the stack for one operation: refused when another holds it (the check and the claim in one transaction). */
  async claim(name: string, region: string, status: StackStatus, fresh: () => Stack): Promise<Stack> {
    return this.deps.store.write(async (tx) => {
      const c = stacks.in(tx, region);
      const cur = await c.get(name);
      if (cur && isInProgress(cur.status)) throw stackErrors.busy(cur.id, cur.status);
      const next: Stack = { ...(cur ?? fresh()), status, reason: undefined };
      if (cur) await c.update(name, next);
      else await c.insert(name, next);
      return next;
    });
  }

  async save(name: string, region: string, patch: Partial<Stack>): Promise<Stack> {
    return this.deps.store.write(async (tx) => {
      const c = stacks.in(tx, region);
      const cur = (await c.get(name))!;
      const next: Stack = { ...cur, ...patch };
      if (next.events.length > EVENTS_KEPT) next.events = next.events.slice(-EVENTS_KEPT);
      await c.update(name, next);
      return next;
    });
  }
}

export type { Stack, StackEvent, StackResource };
