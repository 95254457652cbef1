/**
 * Every command of the pinned client is routed and every member it sends is bound.
 *
 * For each of the model's operations a sample input fills every input member (labels with `/`, `%`,
 * spaces and non-ASCII; query values with `&=+`; enums with valid values; blobs with every byte
 * value; nested structures, lists and maps). The REAL SDK command serializes it — the client's
 * requestHandler captures the HttpRequest instead of sending it — and the captured method, path,
 * query (joined as the SDK's node handler joins it), headers and body go through Tollgate's
 * OperationRouter and parseInput exactly as src/edge/management-server.ts does. The router must pick the
 * same operation and the parsed input must equal the sample.
 */
import * as sdk from '@aws-sdk/client-api-gateway';
import { buildQueryString } from '@smithy/core/protocols';
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { APIGATEWAY_MODEL } from '../../src/services/apigateway/generated/model.js';
import { parseInput } from '../../src/protocol/parse.js';
import { OperationRouter } from '../../src/protocol/router.js';
import { jsonStructure, sampleInput } from '../helpers/model-samples.js';
/** Headers the SDK adds to every request; anything else must be a header-bound member. */
const TRANSPORT_HEADERS = new Set([
    'accept',
    'content-type',
    'content-length',
    'user-agent',
    'x-amz-user-agent',
    'host',
    'amz-sdk-invocation-id',
    'amz-sdk-request',
    'x-amz-date',
    'x-amz-content-sha256',
    'authorization',
]);
class Captured$ extends Error {
    request;
    constructor(request) {
        super('captured');
        this.request = request;
    }
}
const client = new sdk.APIGatewayClient({
    region: 'us-east-1',
    endpoint: 'http://127.0.0.1:9',
    credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' },
    maxAttempts: 1,
    requestHandler: {
        handle: async (request) => {
            throw new Captured$(request);
        },
    },
});
after(() => client.destroy());
const commands = sdk;
async function capture(operation, input) {
    const Command = commands[`${operation}Command`];
    assert.ok(Command, `the SDK has no ${operation}Command`);
    try {
        await client.send(new Command(input));
    }
    catch (e) {
        if (e instanceof Captured$)
            return e.request;
        throw e;
    }
    throw new Error('the request handler was not called');
}
function bodyBuffer(body) {
    if (body === undefined || body === null)
        return Buffer.alloc(0);
    if (typeof body === 'string')
        return Buffer.from(body, 'utf8');
    if (body instanceof Uint8Array)
        return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
    throw new Error(`unexpected body type ${Object.prototype.toString.call(body)}`);
}
/** Node lowercases header names; a name sent twice in different cases would be merged. */
function incomingHeaders(headers) {
    const out = {};
    for (const [k, v] of Object.entries(headers)) {
        const key = k.toLowerCase();
        assert.equal(out[key], undefined, `header ${key} sent twice`);
        out[key] = v;
    }
    return out;
}
/** Byte arrays (the sample's Uint8Array, the parser's Buffer) compared by their bytes. */
function norm(v) {
    if (v instanceof Uint8Array)
        return { $bytes: Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('hex') };
    if (Array.isArray(v))
        return v.map(norm);
    if (v && typeof v === 'object')
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, norm(x)]));
    return v;
}
/** Every member of the shape is present, recursively (proves the sample exercises the whole input). */
function assertFilled(value, shapeName, path) {
    let count = 0;
    for (const [member, ref] of Object.entries(APIGATEWAY_MODEL.shapes[shapeName].members)) {
        assert.ok(value[member] !== undefined, `sample lacks ${path}.${member}`);
        count++;
        let v = value[member];
        let r = ref;
        while ((r.t === 'list' || r.t === 'map') && r.member) {
            v = r.t === 'list' ? v[0] : Object.values(v)[0];
            r = r.member;
        }
        if (r.t === 'structure')
            count += assertFilled(v, r.shape, `${path}.${member}`);
    }
    return count;
}
const router = new OperationRouter(APIGATEWAY_MODEL.operations);
const operations = Object.keys(APIGATEWAY_MODEL.operations);
describe('every command of the pinned client is routed and every member it sends is bound', () => {
    it('covers all 124 operations of the model, each with an SDK command', () => {
        assert.equal(operations.length, 124);
        for (const op of operations)
            assert.equal(typeof commands[`${op}Command`], 'function', op);
    });
    let checked = 0;
    let members = 0;
    for (const operation of operations) {
        it(operation, async () => {
            const op = APIGATEWAY_MODEL.operations[operation];
            const input = sampleInput(operation);
            members += assertFilled(input, op.input, operation);
            const req = await capture(operation, input);
            assert.equal(req.method, op.method);
            // The request line as the SDK's NodeHttpHandler writes it, read back as server.ts reads it.
            const qs = buildQueryString(req.query ?? {});
            const url = new URL(qs ? `${req.path}?${qs}` : req.path, 'http://localhost');
            const match = router.match(req.method, url.pathname, url.searchParams);
            assert.ok(match, `no route for ${req.method} ${url.pathname}${url.search}`);
            assert.equal(match.operation, operation, `${req.method} ${url.pathname}${url.search}`);
            const parsed = parseInput(APIGATEWAY_MODEL, operation, {
                labels: match.labels,
                query: url.searchParams,
                staticQueryKeys: match.staticQueryKeys,
                headers: incomingHeaders(req.headers),
                body: bodyBuffer(req.body),
            });
            assert.deepEqual(norm(parsed), norm(input));
            // Nothing the SDK sends goes unbound, defaults included. Headers: transport only, plus the
            // header-bound members (GetExport's Accept, set by the sample, which the SDK's accept-header
            // middleware then leaves alone). Query: bound names, the template's static keys and the
            // sample's free-form parameters. Body: exactly the sample in wire names (no SDK defaults).
            const shape = APIGATEWAY_MODEL.shapes[op.input];
            const refs = Object.entries(shape.members);
            const headerNames = refs.filter(([, r]) => r.loc === 'header').map(([m, r]) => (r.name ?? m).toLowerCase());
            for (const h of Object.keys(req.headers))
                assert.ok(TRANSPORT_HEADERS.has(h.toLowerCase()) || headerNames.includes(h.toLowerCase()), `unbound header ${h}`);
            const queryNames = new Set([...match.staticQueryKeys, ...refs.filter(([, r]) => r.loc === 'query').map(([m, r]) => r.name ?? m)]);
            for (const [m, r] of refs)
                if (r.loc === 'queryParams')
                    for (const k of Object.keys(input[m]))
                        queryNames.add(k);
            for (const k of new Set(url.searchParams.keys()))
                assert.ok(queryNames.has(k), `unbound query key ${k}`);
            if (refs.some(([, r]) => !r.loc))
                assert.deepEqual(JSON.parse(bodyBuffer(req.body).toString('utf8')), jsonStructure(input, op.input));
            checked++;
        });
    }
    it('checked every operation and member', () => {
        assert.equal(checked, operations.length);
        assert.ok(members > 500, `only ${members} members exercised`);
    });
});
//# sourceMappingURL=binding.test.js.map