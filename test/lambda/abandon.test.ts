import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { Abandon, toAbortSignal } from '../../src/lambda/invoker.js';

describe('Abandon (the signal API Gateway abandons a Lambda invocation by)', () => {
  it('runs each listener once on the first abort, and not one that was removed', () => {
    const a = new Abandon();
    const calls: string[] = [];
    const kept = (): void => void calls.push('kept');
    const removed = (): void => void calls.push('removed');
    a.addEventListener('abort', kept, { once: true });
    a.addEventListener('abort', removed);
    a.removeEventListener('abort', removed);
    assert.equal(a.aborted, false);
    a.abort();
    a.abort();
    assert.equal(a.aborted, true);
    assert.deepEqual(calls, ['kept']);
  });

  it('gives an AbortSignal that follows it, aborted already or later', () => {
    const later = new Abandon();
    const s = toAbortSignal(later);
    assert.equal(s.aborted, false);
    later.abort();
    assert.equal(s.aborted, true);
    const before = new Abandon();
    before.abort();
    assert.equal(toAbortSignal(before).aborted, true);
    const real = new AbortController().signal;
    assert.equal(toAbortSignal(real), real);
  });
});
