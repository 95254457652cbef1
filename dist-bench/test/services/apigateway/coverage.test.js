import * as sdk from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pino } from 'pino';
import { BEGIN, coverageTable, END } from '../../../scripts/coverage-table.js';
import { unwiredPorts } from '../../helpers/ports.js';
import { buildHandlers, IMPLEMENTED } from '../../../src/services/apigateway/handlers.js';
import { loadConfig } from '../../../src/config/options.js';
import { APIGATEWAY_MODEL } from '../../../src/services/apigateway/generated/model.js';
import { renderError, ServiceError } from '../../../src/protocol/errors.js';
import { SqliteStore } from '../../../src/store/sqlite/sqlite-store.js';
import { encodeRequest, sampleInput } from '../../helpers/model-samples.js';
import { startTollgate } from '../../helpers/tollgate.js';
const root = process.cwd();
const operations = Object.keys(APIGATEWAY_MODEL.operations);
const notImplemented = operations.filter((op) => !IMPLEMENTED[op]);
function readmeRows() {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const a = readme.indexOf(BEGIN);
    const b = readme.indexOf(END);
    assert.ok(a >= 0 && b > a, 'README.md lacks the coverage markers');
    const lines = readme
        .slice(a + BEGIN.length, b)
        .split('\n')
        .filter((l) => l.trim());
    const rows = [];
    for (const line of lines.slice(1)) {
        if (line === '| Operation | HTTP | Status |' || line === '|---|---|---|')
            continue;
        const m = /^\| (\w+) \| `(\w+) ([^`]+)` \| (implemented|not implemented) \|$/.exec(line);
        assert.ok(m, `malformed coverage row: ${line}`);
        rows.push({ operation: m[1], method: m[2], uri: m[3], status: m[4] });
    }
    return { summary: lines[0], rows };
}
/** Every .ts source under test/ (but this file, which names no command literally). */
function testSources() {
    const out = [];
    const walk = (dir) => {
        for (const e of readdirSync(dir, { withFileTypes: true })) {
            const p = join(dir, e.name);
            if (e.isDirectory())
                walk(p);
            else if (e.name.endsWith('.ts') && p !== join(root, 'test', 'control', 'coverage.test.ts'))
                out.push({ file: relative(root, p), text: readFileSync(p, 'utf8') });
        }
    };
    walk(join(root, 'test'));
    return out;
}
describe('README coverage table', () => {
    const { summary, rows } = readmeRows();
    it('lists every operation of the model exactly once, with its HTTP binding', () => {
        const names = rows.map((r) => r.operation);
        for (const op of operations)
            assert.equal(names.filter((n) => n === op).length, 1, `${op} listed ${names.filter((n) => n === op).length} times`);
        for (const n of names)
            assert.ok(APIGATEWAY_MODEL.operations[n], `README lists ${n}, which the model lacks`);
        assert.equal(rows.length, 124);
        for (const r of rows) {
            const op = APIGATEWAY_MODEL.operations[r.operation];
            assert.equal(`${r.method} ${r.uri}`, `${op.method} ${op.uri}`, r.operation);
        }
    });
    it('says "implemented" exactly for the operations of the handler table', () => {
        for (const r of rows) {
            assert.equal(r.status, IMPLEMENTED[r.operation] ? 'implemented' : 'not implemented', `${r.operation}: run npm run coverage-table`);
        }
        const done = operations.length - notImplemented.length;
        assert.equal(summary, `${done} of ${operations.length} operations implemented; the others answer \`501 NotImplementedException\` naming the operation.`);
        // The script that writes the table agrees with what is committed.
        const readme = readFileSync(join(root, 'README.md'), 'utf8');
        assert.equal(readme.slice(readme.indexOf(BEGIN) + BEGIN.length, readme.indexOf(END)), `\n${coverageTable()}\n`);
    });
    it('has a test driving each implemented operation through the SDK (`new <Operation>Command(`)', () => {
        const sources = testSources();
        const untested = operations.filter((op) => IMPLEMENTED[op] && !sources.some((s) => s.text.includes(`new ${op}Command(`)));
        assert.deepEqual(untested, [], `implemented operations no test under test/ sends: ${untested.join(', ')}`);
    });
    it('has no handler for an operation outside the model', () => {
        for (const op of Object.keys(IMPLEMENTED))
            assert.ok(APIGATEWAY_MODEL.operations[op], op);
    });
});
describe('operations not implemented answer 501 NotImplementedException', () => {
    it('through the handler table, for every one of them', async () => {
        const table = buildHandlers();
        assert.deepEqual(Object.keys(table).sort(), [...operations].sort());
        const store = new SqliteStore({ path: ':memory:' });
        const config = loadConfig(['--memory'], {});
        const ctx = {
            region: 'us-east-1',
            accountId: config.accountId,
            requestId: 'r',
            store,
            config,
            log: pino({ level: 'silent' }),
            ...unwiredPorts(),
        };
        try {
            for (const op of notImplemented) {
                await assert.rejects(table[op](sampleInput(op), ctx), (e) => {
                    assert.ok(e instanceof ServiceError, op);
                    assert.equal(e.code, 'NotImplementedException');
                    assert.equal(e.status, 501);
                    assert.equal(e.message, `Tollgate does not implement ${op} yet`);
                    const r = renderError(e);
                    assert.equal(r.status, 501);
                    assert.equal(r.headers['x-amzn-ErrorType'], 'NotImplementedException');
                    assert.deepEqual(JSON.parse(r.body), { message: `Tollgate does not implement ${op} yet` });
                    return true;
                });
            }
            for (const op of operations.filter((o) => IMPLEMENTED[o]))
                assert.equal(table[op], IMPLEMENTED[op], op);
        }
        finally {
            await store.close();
        }
    });
    describe('over the wire', () => {
        let t;
        before(async () => {
            t = await startTollgate();
        });
        after(async () => {
            await t.close();
        });
        it('through the SDK (the first three of them)', async () => {
            const commands = sdk;
            for (const op of notImplemented.slice(0, 3)) {
                const err = await t.client.send(new commands[`${op}Command`](sampleInput(op))).then(() => assert.fail(`${op} succeeded`), (e) => e);
                assert.equal(err.name, 'NotImplementedException', op);
                assert.equal(err.message, `Tollgate does not implement ${op} yet`);
                assert.equal(err.$metadata?.httpStatusCode, 501);
                assert.equal(err.$response?.headers['x-amzn-errortype'], 'NotImplementedException');
                assert.ok(err.$response?.headers['x-amzn-requestid'], `${op} x-amzn-RequestId`);
            }
        });
        it('over raw HTTP, for every one of them', async () => {
            for (const op of notImplemented) {
                const req = encodeRequest(op, sampleInput(op));
                const res = await fetch(t.app.adminUrl + req.path, {
                    method: req.method,
                    headers: req.headers,
                    body: req.body,
                });
                const body = await res.text();
                assert.equal(res.status, 501, `${op}: ${res.status} ${body}`);
                assert.equal(res.headers.get('x-amzn-errortype'), 'NotImplementedException', op);
                assert.ok(res.headers.get('x-amzn-requestid'), op);
                assert.deepEqual(JSON.parse(body), { message: `Tollgate does not implement ${op} yet` });
            }
        });
    });
});
//# sourceMappingURL=coverage.test.js.map