/**
 * A deploy's claim on its stack is a lease (owner + expiry, renewed while the deploy runs): a node killed mid-deploy
 * leaves a claim that expires, and another node then takes the stack over instead of finding it locked forever.
 * Two engines (two nodes' names) share one store; run with TOLLGATE_TEST_STORE=postgres for PostgreSQL. The killed
 * deploy is `begin` without `run` (claimed, never provisioned, never renewed: what a kill -9 after the claim leaves);
 * the other node's clock is moved past the lease instead of sleeping.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ManualClock } from '../../../src/shared/clock.js';
import { DEFAULT_LEASE_MS, StackEngine } from '../../../src/stacks/engine/stack-engine.js';
import { StackError } from '../../../src/stacks/errors.js';
import { startTollgate, type TestServer } from '../../helpers/tollgate.js';
import { mockApi } from './templates.js';

describe('stacks: claims are leases', () => {
  let t: TestServer;
  let nodeA: StackEngine;
  before(async () => {
    t = await startTollgate();
    nodeA = new StackEngine({ ...t.app.stacks.deps, node: 'node-a' });
  });
  after(() => t.close());

  const nodeB = (clock?: ManualClock): StackEngine => new StackEngine({ ...t.app.stacks.deps, node: 'node-b', clock });

  it('a finished deploy leaves no lease', async () => {
    const s = await nodeA.deploy({ stackName: 'done', template: mockApi('{}') });
    assert.equal(s.status, 'CREATE_COMPLETE');
    assert.equal(s.lease, undefined);
    assert.equal((await nodeA.get('done'))!.lease, undefined);
  });

  it('a live lease refuses another node; once expired, the other node takes the stack over and deploys it', async () => {
    const started = await nodeA.begin({ stackName: 'killed', template: mockApi('{"v": 1}') });
    // node-a "dies" here: its claim is stored, nothing renews it.
    const claimed = (await nodeA.get('killed'))!;
    assert.equal(claimed.status, 'CREATE_IN_PROGRESS');
    assert.equal(claimed.lease!.owner, 'node-a');
    assert.equal(started.stack.lease!.expires, claimed.lease!.expires);

    const refused = await nodeB()
      .deploy({ stackName: 'killed', template: mockApi('{"v": 2}') })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    assert.ok(refused instanceof StackError);
    assert.equal(refused.message, `Stack:${claimed.id} is in CREATE_IN_PROGRESS state and can not be updated.`);

    const later = new ManualClock(claimed.lease!.expires + 1);
    assert.ok(claimed.lease!.expires - Date.now() <= DEFAULT_LEASE_MS);
    const s = await nodeB(later).deploy({ stackName: 'killed', template: mockApi('{"v": 2}') });
    assert.equal(s.status, 'CREATE_COMPLETE', s.reason);
    assert.equal(s.id, claimed.id);
    assert.equal(s.lease, undefined);
    const release = s.events.find((e) => e.status === 'CREATE_FAILED' && e.logicalId === 'killed');
    assert.match(release!.reason!, /^The CREATE_IN_PROGRESS operation of node-a stopped renewing its claim \(expired .*\); the stack was released$/);
    await nodeB(later).delete('killed');
    assert.equal(await nodeA.get('killed'), undefined);
  });

  it('a running operation renews its lease, so a long deploy keeps its stack', async () => {
    const quick = new StackEngine({ ...t.app.stacks.deps, node: 'node-quick', leaseMs: 90 });
    const started = await quick.begin({ stackName: 'renewed', template: mockApi('{}') });
    const first = started.stack.lease!.expires;
    // The operation waits until the stored lease has moved forward (renewed every leaseMs / 3), then ends.
    await quick.withLease('renewed', 'us-east-1', async () => {
      for (;;) {
        const now = (await quick.get('renewed'))!.lease!;
        if (now.owner === 'node-quick' && now.expires > first) return;
        await new Promise((r) => setTimeout(r, 10));
      }
    });
    const done = await started.run();
    assert.equal(done.status, 'CREATE_COMPLETE', done.reason);
    assert.equal(done.lease, undefined);
  });

  it('a delete interrupted the same way is released too', async () => {
    await nodeA.deploy({ stackName: 'halfdeleted', template: mockApi('{}') });
    const started = await nodeA.beginDelete('halfdeleted');
    const lease = started!.stack.lease!;
    assert.equal((await nodeA.get('halfdeleted'))!.status, 'DELETE_IN_PROGRESS');
    await nodeB(new ManualClock(lease.expires + 1)).delete('halfdeleted');
    assert.equal(await nodeA.get('halfdeleted'), undefined);
  });
});
