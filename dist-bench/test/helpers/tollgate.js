/**
 * Test harness: a real Tollgate on 127.0.0.1:0 (in-process) and the unmodified AWS SDK client
 * pointed at it. Nothing is stubbed: requests cross a real socket.
 */
import { APIGatewayClient } from '@aws-sdk/client-api-gateway';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { startApp } from '../../src/app.js';
import { loadConfig } from '../../src/config/options.js';
export const ACCOUNT = '000000000000';
export function sdkClient(endpoint, region = 'us-east-1') {
    return new APIGatewayClient({
        endpoint,
        region,
        credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' },
        maxAttempts: 1,
    });
}
export async function startTollgate(args = [], options = {}) {
    const dataDir = mkdtempSync(join(tmpdir(), 'tollgate-test-'));
    // TOLLGATE_TEST_STORE=postgres runs the suite's in-process servers on PostgreSQL (a fresh schema each).
    if (process.env.TOLLGATE_TEST_STORE === 'postgres' && !args.includes('--memory') && !args.includes('--postgres')) {
        const { freshSchema } = await import('./postgres.js');
        args = ['--postgres', (await freshSchema()).url, ...args];
    }
    const config = loadConfig(['--port', '0', '--data-dir', dataDir, '--sync', 'NORMAL', ...args]);
    const app = await startApp(config, pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }), options);
    const clients = [];
    const clientFor = (region) => {
        const c = sdkClient(app.adminUrl, region);
        clients.push(c);
        return c;
    };
    return {
        app,
        client: clientFor('us-east-1'),
        clientFor,
        dataDir,
        async close() {
            for (const c of clients)
                c.destroy();
            await app.close();
            rmSync(dataDir, { recursive: true, force: true });
        },
    };
}
/** The error an SDK call rejects with, with its wire-level facts. */
export async function sdkError(p) {
    try {
        await p;
    }
    catch (e) {
        const err = e;
        return { name: err.name, message: err.message, status: err.$metadata?.httpStatusCode };
    }
    throw new Error('expected the call to fail');
}
/** Raw HTTP to the server, for what the SDK would never send. */
export async function raw(base, method, path, body, headers = {}) {
    const res = await fetch(base + path, {
        method,
        body: body,
        headers: { 'content-type': 'application/json', ...headers },
    });
    const text = await res.text();
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        json = undefined;
    }
    return { status: res.status, headers: res.headers, text, json };
}
/**
 * A REST API with one MOCK method, deployed to each of `stages` (usage plans and stage keys can only
 * name stages that exist).
 */
export async function apiWithStages(client, stages = ['dev', 'prod', 'a']) {
    const sdk = await import('@aws-sdk/client-api-gateway');
    const api = await client.send(new sdk.CreateRestApiCommand({ name: 'staged' }));
    const a = { restApiId: api.id, resourceId: api.rootResourceId, httpMethod: 'GET' };
    await client.send(new sdk.PutMethodCommand({ ...a, authorizationType: 'NONE' }));
    await client.send(new sdk.PutIntegrationCommand({ ...a, type: 'MOCK' }));
    for (const stageName of stages)
        await client.send(new sdk.CreateDeploymentCommand({ restApiId: api.id, stageName }));
    return api.id;
}
//# sourceMappingURL=tollgate.js.map