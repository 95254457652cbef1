/**
 * Instructions that the metrics add to one data-plane request: the cost of ApiGatewayMetrics.record()
 * (src/metrics/api-gateway.ts), what the request path runs per answer, counted by valgrind (callgrind)
 * as a difference so that Node's start-up and the loop itself cancel out:
 *   per call = ((I(2N, record) − I(N, record)) − (I(2N, none) − I(N, none))) / N
 * with the same answer objects built in both loops. The series is a detailed one (metricsEnabled), with
 * an integration latency, as the costlier case. Compare with the instructions of a whole request
 * (bench/instructions.ts, bench/metrics.ts).
 *
 *   npm run bench:metrics-record [-- --calls 200000]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Registry } from 'prom-client';
import { ApiGatewayMetrics } from '../src/metrics/api-gateway.js';
import type { GatewayAnswer } from '../src/pipeline/invocation.js';

const { values: opt } = parseArgs({ options: { calls: { type: 'string', default: '200000' }, child: { type: 'string' }, record: { type: 'boolean' } } });

/** The loop measured (in the child under callgrind): `calls` answers built, each recorded when `record`. */
function loop(calls: number, record: boolean): void {
  const metrics = new ApiGatewayMetrics(new Registry());
  const served = { stage: { stageName: 'dev', methodSettings: { '*/*': { metricsEnabled: true } } }, deployment: { snapshot: { api: { name: 'bench' } } } };
  const method = { httpMethod: 'GET' };
  const resource = { path: '/item' };
  let sink = 0;
  for (let i = 0; i < calls; i++) {
    const answer = {
      served,
      status: i % 10 === 0 ? 404 : 200,
      request: { startedAt: Date.now() - (i % 7) },
      inv: { method, resource, integration: { latencyMs: i % 13 } },
      error: undefined,
    } as unknown as GatewayAnswer;
    if (record) metrics.record(answer);
    else sink += answer.status;
  }
  if (sink < 0) console.log(sink);
}

function instructions(calls: number, record: boolean): number {
  const dir = mkdtempSync(join(tmpdir(), 'tollgate-record-'));
  try {
    const args = [
      '--tool=callgrind',
      `--callgrind-out-file=${join(dir, 'out')}.%p`,
      process.execPath,
      fileURLToPath(import.meta.url),
      '--child',
      String(calls),
    ];
    if (record) args.push('--record');
    const r = spawnSync('valgrind', args, { encoding: 'utf8', timeout: 600_000 });
    if (r.status !== 0) throw new Error(`valgrind: ${r.stderr}`);
    let total = 0;
    for (const f of readdirSync(dir)) total += Number(/^totals: (\d+)/m.exec(readFileSync(join(dir, f), 'utf8'))?.[1] ?? 0);
    return total;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (opt.child) {
  loop(Number(opt.child), opt.record === true);
} else {
  const n = Math.max(10_000, Number(opt.calls));
  const recorded = instructions(2 * n, true) - instructions(n, true);
  const bare = instructions(2 * n, false) - instructions(n, false);
  console.log(
    `record(): ${Math.round((recorded - bare) / n).toLocaleString('en-US')} instructions per call (valgrind callgrind, difference of ${n} and ${2 * n} calls)`,
  );
}
