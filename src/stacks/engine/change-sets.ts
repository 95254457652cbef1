/**
 * Change sets: a deploy checked and previewed now, executed later. CreateChangeSet runs everything a deploy can be
 * refused for (StackEngine.prepare), previews the per-resource changes (change-set-plan.ts) and keeps the request in
 * the stack's record, so change sets survive restarts and are shared by nodes like their stack. A CREATE change set
 * for a stack that is not there makes it, `REVIEW_IN_PROGRESS` with no resources ("If you create a change set for a
 * stack that doesn't exist, the change set shows all of the resources that CloudFormation will create", and the stack
 * is in REVIEW_IN_PROGRESS until executed: https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_CreateChangeSet.html).
 * Execution is a deploy of the stored request that claims the change set with its stack (StackEngine.claim).
 * The change set is computed before CreateChangeSet answers: CREATE_COMPLETE, or FAILED with CloudFormation's
 * reason when it changes nothing (the same template, parameters and options, and no resource changed).
 */
import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { StoredChangeSet } from '../../domain/change-set.js';
import type { Stack } from '../../domain/stack.js';
import { stacks } from '../../store/collections/index.js';
import { changeSetErrors, NO_CHANGES, stackErrors } from '../errors.js';
import { planChanges } from './change-set-plan.js';
import type { DeployRequest, PreparedDeploy, StackEngine } from './stack-engine.js';

/** ChangeSetName: "[a-zA-Z][-a-zA-Z0-9]*", at most 128 characters (API_CreateChangeSet.html). */
const NAME = /^[a-zA-Z][-a-zA-Z0-9]{0,127}$/;

/** Statuses an UPDATE change set refuses, as UpdateStack does ("… is in ROLLBACK_COMPLETE state and can not be updated."). */
const NOT_UPDATABLE = new Set(['REVIEW_IN_PROGRESS', 'ROLLBACK_COMPLETE', 'CREATE_FAILED', 'ROLLBACK_FAILED']);

export interface ChangeSetRequest {
  name: string;
  type: 'CREATE' | 'UPDATE';
  deploy: DeployRequest & { region: string };
  description?: string;
  capabilities: string[];
  tags: { key: string; value: string }[];
}

export async function createChangeSet(engine: StackEngine, r: ChangeSetRequest): Promise<{ changeSet: StoredChangeSet; stack: Stack }> {
  const { deploy: req, name } = r;
  const { region, stackName } = req;
  if (!NAME.test(name)) throw changeSetErrors.badName(name);
  const existing = await engine.get(stackName, region);
  checkType(r, existing);
  const twin = existing?.changeSets?.find((c) => c.name === name);
  if (twin) {
    if (!isDeepStrictEqual(twin.template, req.template)) throw changeSetErrors.mismatch(name, 'Template');
    if (!isDeepStrictEqual(twin.parameters, req.parameters ?? {})) throw changeSetErrors.mismatch(name, 'Parameters');
    return { changeSet: twin, stack: existing! }; // the same request again: the change set it made
  }
  const p = await engine.prepare(req);
  const previous = p.creating ? {} : p.existing!.resources;
  const changes = planChanges(p.ev, previous, p.unsupported, (n) => p.exports.get(n)?.value);
  const same =
    !p.creating &&
    isDeepStrictEqual(req.template, p.existing!.originalTemplate) &&
    isDeepStrictEqual(p.parameters, p.existing!.parameters) &&
    p.skip === p.existing!.skipUnsupported;
  const empty = same && changes.length === 0;
  const now = Date.now();
  const changeSet: StoredChangeSet = {
    id: `arn:aws:cloudformation:${region}:${engine.deps.accountId}:changeSet/${name}/${randomUUID()}`,
    name,
    type: r.type,
    created: now,
    description: r.description,
    status: empty ? 'FAILED' : 'CREATE_COMPLETE',
    statusReason: empty ? NO_CHANGES : undefined,
    executionStatus: empty ? 'UNAVAILABLE' : 'AVAILABLE',
    template: req.template,
    templateBody: req.templateBody,
    parameters: p.parameters,
    parameterView: engine.parameterView(p.ev),
    skipUnsupported: p.skip,
    capabilities: r.capabilities,
    tags: r.tags,
    changes,
  };
  const stack = await engine.deps.store.write(async (tx) => {
    const c = stacks.in(tx, region);
    const cur = await c.get(stackName);
    checkType(r, cur);
    if (cur?.changeSets?.some((x) => x.name === name)) throw changeSetErrors.mismatch(name, 'Template'); // made meanwhile
    if (cur) {
      const next: Stack = { ...cur, changeSets: [...(cur.changeSets ?? []), changeSet] };
      await c.update(stackName, next);
      return next;
    }
    const review = reviewStack(p, req, changeSet);
    await c.insert(stackName, review);
    return review;
  });
  return { changeSet, stack };
}

/** The stack a CREATE change set makes: no resources, REVIEW_IN_PROGRESS, its template and parameters those of the change set. */
function reviewStack(p: PreparedDeploy, req: DeployRequest, changeSet: StoredChangeSet): Stack {
  const { stackName, region } = p;
  const now = changeSet.created;
  return {
    name: stackName,
    id: p.stackId,
    region,
    status: 'REVIEW_IN_PROGRESS',
    reason: undefined,
    created: now,
    description: p.template.Description,
    originalTemplate: req.template,
    templateBody: req.templateBody,
    template: p.template,
    parameters: p.parameters,
    parameterView: changeSet.parameterView,
    skipUnsupported: p.skip,
    resources: {},
    outputs: [],
    imports: [],
    events: [
      {
        eventId: randomUUID(),
        timestamp: now,
        logicalId: stackName,
        physicalId: p.stackId,
        type: 'AWS::CloudFormation::Stack',
        status: 'REVIEW_IN_PROGRESS',
        reason: 'User Initiated',
      },
    ],
    changeSets: [changeSet],
  };
}

/** CREATE: no stack, or one a CREATE change set made; UPDATE: a stack that can be updated. */
function checkType(r: ChangeSetRequest, s: Stack | undefined): void {
  if (r.type === 'CREATE') {
    if (s && s.status !== 'REVIEW_IN_PROGRESS') throw changeSetErrors.stackExists(r.deploy.stackName, r.name);
    return;
  }
  if (!s) throw changeSetErrors.stackMissing(r.deploy.stackName);
  if (NOT_UPDATABLE.has(s.status)) throw stackErrors.busy(s.id, s.status);
}

/** The change set named by its ARN, or by its name within StackName (the stack by name or id). */
export async function findChangeSet(
  engine: StackEngine,
  region: string,
  nameOrId: string,
  stackName: string | undefined,
): Promise<{ changeSet: StoredChangeSet; stack: Stack } | undefined> {
  const all = await engine.list(region);
  if (nameOrId.startsWith('arn:')) {
    for (const stack of all) {
      const changeSet = stack.changeSets?.find((c) => c.id === nameOrId);
      if (changeSet) return { changeSet, stack };
    }
    return undefined;
  }
  if (stackName === undefined) throw changeSetErrors.needStackName();
  const stack = all.find((s) => s.name === stackName || s.id === stackName);
  const changeSet = stack?.changeSets?.find((c) => c.name === nameOrId);
  return changeSet && stack ? { changeSet, stack } : undefined;
}

/** Removes a change set from its stack's record (nothing else changes: a REVIEW_IN_PROGRESS stack stays). */
export async function deleteChangeSet(engine: StackEngine, stack: Stack, id: string): Promise<void> {
  await engine.deps.store.write(async (tx) => {
    const c = stacks.in(tx, stack.region);
    const cur = await c.get(stack.name);
    if (!cur?.changeSets?.some((x) => x.id === id)) return;
    await c.update(stack.name, { ...cur, changeSets: cur.changeSets.filter((x) => x.id !== id) });
  });
}
