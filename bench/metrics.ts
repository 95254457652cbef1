/**
 * The cost of the metrics on the request path (issue 21: at most 3 %): instructions per request
 * (valgrind callgrind, bench/lib/callgrind.ts; load-independent, so comparable on a shared machine) of
 * the same Tollgate build with `--metrics off` and `--metrics on`, for MOCK with a response template and
 * for HTTP_PROXY (bench/lib/targets.ts). With metrics on, both stages have `metricsEnabled` on every
 * method (`*` / `*`), the costlier case: each request counts under a Method and Resource series.
 * A scrape of /metrics between the warm-up and the measure would be counted too: none is made.
 *
 *   npm run bench:metrics [-- --requests 5000]
 *
 * Needs valgrind and h2load (Debian packages `valgrind`, `nghttp2-client`); 127.0.0.1 only; each of the
 * four targets takes about a minute.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { APIGatewayClient, UpdateStageCommand } from '@aws-sdk/client-api-gateway';
import { freePort, MAIN_JS } from '../test/helpers/process.js';
import { killChildren, pinned, runMain, serveArgs, waitFor } from './lib/processes.js';
import { instructionsPerRequest, requireTools, waitLong, WARM_UP } from './lib/callgrind.js';
import { BACKEND_SRC, setupApis } from './lib/targets.js';

const { values: opt } = parseArgs({ options: { requests: { type: 'string', default: '5000' } } });
const REQUESTS = Math.min(Math.max(Number(opt.requests), 100), 20_000);

async function main(): Promise<void> {
  requireTools();
  const dir = mkdtempSync(join(tmpdir(), 'tollgate-metrics-bench-'));
  try {
    const backendPort = await freePort();
    writeFileSync(join(dir, 'backend.cjs'), BACKEND_SRC);
    pinned(1, process.execPath, [join(dir, 'backend.cjs'), String(backendPort)]);
    const backend = `http://127.0.0.1:${backendPort}`;
    await waitFor(`${backend}/`);
    const tollgate =
      (metrics: 'on' | 'off') =>
      (port: number): string[] =>
        serveArgs(MAIN_JS, port, ['--metrics', metrics]);
    const api =
      (which: 'proxy' | 'mock', metrics: 'on' | 'off') =>
      async (base: string): Promise<string> => {
        await waitLong(`${base}/restapis`);
        const ids = await setupApis(base, backend, false);
        if (metrics === 'on') {
          const client = new APIGatewayClient({ endpoint: base, region: 'us-east-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
          for (const restApiId of [ids.proxy, ids.mock]) {
            await client.send(
              new UpdateStageCommand({ restApiId, stageName: 'bench', patchOperations: [{ op: 'replace', path: '/*/*/metrics/enabled', value: 'true' }] }),
            );
          }
          client.destroy();
        }
        return which === 'proxy' ? `${base}/_aws/execute-api/${ids.proxy}/bench/item` : `${base}/_aws/execute-api/${ids.mock}/bench/`;
      };
    const rows: [string, number, number][] = [];
    for (const which of ['mock', 'proxy'] as const) {
      const off = await instructionsPerRequest(REQUESTS, dir, tollgate('off'), api(which, 'off'));
      const on = await instructionsPerRequest(REQUESTS, dir, tollgate('on'), api(which, 'on'));
      rows.push([which === 'mock' ? 'MOCK + template' : 'HTTP_PROXY', off, on]);
    }
    console.log(`\nInstructions per request (valgrind callgrind, ${REQUESTS} requests after ${WARM_UP} of warm-up)`);
    console.log('target'.padEnd(20), '--metrics off'.padStart(14), '--metrics on'.padStart(14), 'on / off'.padStart(10));
    for (const [name, off, on] of rows) {
      const f = (n: number): string => Math.round(n).toLocaleString('en-US').padStart(14);
      console.log(name.padEnd(20), f(off), f(on), (on / off).toFixed(4).padStart(10));
    }
  } finally {
    killChildren();
    rmSync(dir, { recursive: true, force: true });
  }
}

runMain(main);
