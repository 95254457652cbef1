/**
 * What the data-plane benchmarks serve and compare: the backend (a small JSON answer), the bare
 * Node + undici reverse proxy used as the reference, and the Tollgate APIs built through the SDK.
 */
import { APIGatewayClient, CreateDeploymentCommand, CreateResourceCommand, CreateRestApiCommand, PutIntegrationCommand, PutIntegrationResponseCommand, PutMethodCommand, PutMethodResponseCommand, } from '@aws-sdk/client-api-gateway';
export const BACKEND_SRC = `
const http = require('node:http');
const body = Buffer.from(JSON.stringify({ ok: true, items: [1, 2, 3], name: 'tollgate-bench' }));
http.createServer({ keepAliveTimeout: 60000 }, (req, res) => {
  req.resume();
  req.on('end', () => { res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': body.length }); res.end(body); });
}).listen(Number(process.argv[2]), '127.0.0.1');
`;
/**
 * (f), a reference: the least a Node reverse proxy does — node:http in, undici's Pool out, the answer
 * buffered and written back with the backend's headers. What Tollgate HTTP_PROXY adds to this is the
 * gateway's work (routing, throttling, header rules, ids); the gap to nginx below this line is Node's.
 */
export const BARE_PROXY_SRC = `
const http = require('node:http');
const { Pool } = require(process.argv[4]);
const pool = new Pool('http://127.0.0.1:' + process.argv[3], { connections: 128, pipelining: 1, keepAliveTimeout: 4000 });
const HOP = new Set(['host', 'connection', 'keep-alive', 'transfer-encoding']);
http.createServer({ keepAliveTimeout: 5000 }, (req, res) => {
  req.resume();
  const headers = {};
  for (let i = 0; i < req.rawHeaders.length; i += 2) if (!HOP.has(req.rawHeaders[i].toLowerCase())) headers[req.rawHeaders[i]] = req.rawHeaders[i + 1];
  const chunks = []; const out = {}; let status = 502;
  pool.dispatch({ path: req.url, method: req.method, headers }, {
    onConnect() {},
    onHeaders(s, raw) { status = s; for (let i = 0; i < raw.length; i += 2) { const n = raw[i].toString('latin1').toLowerCase(); if (!HOP.has(n)) out[n] = raw[i + 1].toString('latin1'); } return true; },
    onData(c) { chunks.push(c); return true; },
    onComplete() { res.writeHead(status, out); res.end(Buffer.concat(chunks)); },
    onError() { res.writeHead(502); res.end(); },
  });
}).listen(Number(process.argv[2]), '127.0.0.1');
`;
/** (c) HTTP_PROXY at /item, (d) MOCK with a response template at /, (e) HTTP_PROXY at /item among 1,000 resources (unless `big` is false); their ids. */
export async function setupApis(adminUrl, backendUrl, withBig = true) {
    const client = new APIGatewayClient({ endpoint: adminUrl, region: 'us-east-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
    const mk = async (name) => {
        const a = await client.send(new CreateRestApiCommand({ name }));
        return { id: a.id, root: a.rootResourceId };
    };
    const proxyMethod = async (api, resourceId) => {
        await client.send(new PutMethodCommand({ restApiId: api.id, resourceId, httpMethod: 'GET', authorizationType: 'NONE' }));
        await client.send(new PutIntegrationCommand({
            restApiId: api.id,
            resourceId,
            httpMethod: 'GET',
            type: 'HTTP_PROXY',
            integrationHttpMethod: 'GET',
            uri: `${backendUrl}/`,
        }));
    };
    const proxy = await mk('proxy');
    const item = (await client.send(new CreateResourceCommand({ restApiId: proxy.id, parentId: proxy.root, pathPart: 'item' }))).id;
    await proxyMethod(proxy, item);
    await client.send(new CreateDeploymentCommand({ restApiId: proxy.id, stageName: 'bench' }));
    const mock = await mk('mock');
    await client.send(new PutMethodCommand({ restApiId: mock.id, resourceId: mock.root, httpMethod: 'GET', authorizationType: 'NONE' }));
    await client.send(new PutIntegrationCommand({
        restApiId: mock.id,
        resourceId: mock.root,
        httpMethod: 'GET',
        type: 'MOCK',
        requestTemplates: { 'application/json': '{"statusCode": 200}' },
    }));
    await client.send(new PutMethodResponseCommand({ restApiId: mock.id, resourceId: mock.root, httpMethod: 'GET', statusCode: '200' }));
    await client.send(new PutIntegrationResponseCommand({
        restApiId: mock.id,
        resourceId: mock.root,
        httpMethod: 'GET',
        statusCode: '200',
        responseTemplates: { 'application/json': '{"ok": true, "items": [1, 2, 3], "name": "$context.stage-bench"}' },
    }));
    await client.send(new CreateDeploymentCommand({ restApiId: mock.id, stageName: 'bench' }));
    if (!withBig) {
        client.destroy();
        return { proxy: proxy.id, mock: mock.id, big: '' };
    }
    // 1,000 resources: 10 top-level groups × 99 children, plus /item, served the same way as (c).
    const big = await mk('big');
    for (let g = 0; g < 10; g++) {
        const group = (await client.send(new CreateResourceCommand({ restApiId: big.id, parentId: big.root, pathPart: `group${g}` }))).id;
        for (let c = 0; c < 99; c++) {
            await client.send(new CreateResourceCommand({ restApiId: big.id, parentId: group, pathPart: `child${c}` }));
        }
    }
    const bigItem = (await client.send(new CreateResourceCommand({ restApiId: big.id, parentId: big.root, pathPart: 'item' }))).id;
    await proxyMethod(big, bigItem);
    await client.send(new CreateDeploymentCommand({ restApiId: big.id, stageName: 'bench' }));
    client.destroy();
    return { proxy: proxy.id, mock: mock.id, big: big.id };
}
//# sourceMappingURL=targets.js.map