/**
 * Stacks benchmark (issue 19's targets): a 50-resource template (a role, a function from a local .zip, its
 * permission, a REST API with 22 resources and methods — 21 MOCK, one AWS_PROXY to the function —, a
 * deployment and a stage) deployed into an in-process Tollgate on a temp data dir (SQLite, --sync FULL):
 *   - first deploy: the stack created from nothing;
 *   - no-change redeploy: the same project again (median of --repeats);
 *   - code change served: the .zip rewritten while `serve --stack`'s watcher runs (src/stacks/project/watch.ts),
 *     until a request through the API answers with the new code (median of --repeats).
 * Targets: first deploy < 2 s, no-change redeploy < 300 ms, code change served < 1 s. Bounded: every wait has a
 * 30 s guard; 127.0.0.1 only. Besides wall time, the CPU time of this process (user + system) for the deploys, and
 * the load average before and after: on a shared machine wall time mostly says how busy the other work was.
 *
 *   npm run bench:stacks [-- --repeats 5]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { startApp } from '../src/app.js';
import { loadConfig } from '../src/config/options.js';
import { deployProject, stageUrls } from '../src/stacks/project/deploy-project.js';
import { watchProject } from '../src/stacks/project/watch.js';
import { zipOf } from '../test/helpers/lambda.js';

const { values: opt } = parseArgs({ options: { repeats: { type: 'string', default: '5' } } });
const repeats = Number(opt.repeats);

function template(): unknown {
  const resources: Record<string, unknown> = {
    Role: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: {} } },
    Fn: {
      Type: 'AWS::Lambda::Function',
      Properties: { Runtime: 'nodejs20.x', Handler: 'index.handler', Role: { 'Fn::GetAtt': ['Role', 'Arn'] }, Code: './fn.zip' },
    },
    Invoke: {
      Type: 'AWS::Lambda::Permission',
      Properties: {
        FunctionName: { Ref: 'Fn' },
        Action: 'lambda:InvokeFunction',
        Principal: 'apigateway.amazonaws.com',
        SourceArn: { 'Fn::Sub': 'arn:aws:execute-api:${AWS::Region}:${AWS::AccountId}:${Api}/*' },
      },
    },
    Api: { Type: 'AWS::ApiGateway::RestApi', Properties: { Name: 'bench' } },
  };
  const methods: string[] = [];
  for (let i = 0; i < 22; i++) {
    resources[`R${i}`] = {
      Type: 'AWS::ApiGateway::Resource',
      Properties: { RestApiId: { Ref: 'Api' }, ParentId: { 'Fn::GetAtt': ['Api', 'RootResourceId'] }, PathPart: `r${i}` },
    };
    const integration =
      i === 0
        ? {
            Type: 'AWS_PROXY',
            IntegrationHttpMethod: 'POST',
            Uri: { 'Fn::Sub': 'arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations' },
          }
        : {
            Type: 'MOCK',
            RequestTemplates: { 'application/json': '{"statusCode": 200}' },
            IntegrationResponses: [{ StatusCode: '200', ResponseTemplates: { 'application/json': `{"r": ${i}}` } }],
          };
    resources[`M${i}`] = {
      Type: 'AWS::ApiGateway::Method',
      Properties: {
        RestApiId: { Ref: 'Api' },
        ResourceId: { Ref: `R${i}` },
        HttpMethod: 'GET',
        AuthorizationType: 'NONE',
        Integration: integration,
        MethodResponses: [{ StatusCode: '200' }],
      },
    };
    methods.push(`M${i}`);
  }
  resources.Deployment = { Type: 'AWS::ApiGateway::Deployment', DependsOn: methods, Properties: { RestApiId: { Ref: 'Api' } } };
  resources.Stage = { Type: 'AWS::ApiGateway::Stage', Properties: { RestApiId: { Ref: 'Api' }, DeploymentId: { Ref: 'Deployment' }, StageName: 'bench' } };
  return { Resources: resources };
}

const fn = (n: number) => zipOf({ 'index.mjs': `export const handler = async () => ({ statusCode: 200, body: '${n}' });\n` });
const cpuMs = (since: NodeJS.CpuUsage): number => {
  const c = process.cpuUsage(since);
  return (c.user + c.system) / 1000;
};
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function until(what: string, ok: () => Promise<boolean>): Promise<void> {
  const guard = Date.now() + 30_000;
  while (!(await ok())) {
    if (Date.now() > guard) throw new Error(`bench: ${what} did not happen within 30 s`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tollgate-bench-stacks-'));
  const app = await startApp(loadConfig(['--port', '0', '--data-dir', join(dir, 'data')]), pino({ level: 'warn' }));
  try {
    const path = join(dir, 'template.json');
    writeFileSync(join(dir, 'fn.zip'), fn(0));
    writeFileSync(path, JSON.stringify(template()));
    const load0 = loadavg()[0];
    let t0 = performance.now();
    let c0 = process.cpuUsage();
    const first = await deployProject(app.stacks, { path, stackName: 'bench' });
    const firstMs = performance.now() - t0;
    const firstCpu = cpuMs(c0);
    if (first.stack.status !== 'CREATE_COMPLETE') throw new Error(`bench: first deploy ${first.stack.status}: ${first.stack.reason}`);
    const resources = Object.keys(first.stack.resources).length;
    const noChange: number[] = [];
    const noChangeCpu: number[] = [];
    for (let i = 0; i < repeats; i++) {
      t0 = performance.now();
      c0 = process.cpuUsage();
      await deployProject(app.stacks, { path, stackName: 'bench' });
      noChange.push(performance.now() - t0);
      noChangeCpu.push(cpuMs(c0));
    }
    const url = `${stageUrls(first.stack, app.url)[0].url}r0`;
    const watcher = await watchProject(app.stacks, { path, stackName: 'bench' }, app.url, app.log, () => undefined);
    const served: number[] = [];
    try {
      for (let i = 1; i <= repeats; i++) {
        t0 = performance.now();
        writeFileSync(join(dir, 'fn.zip'), fn(i));
        await until(`code ${i} served`, async () => (await (await fetch(url)).text()) === String(i));
        served.push(performance.now() - t0);
      }
    } finally {
      watcher.close();
    }
    const row = (name: string, ms: number, target: number, cpu?: number) =>
      `${name.padEnd(28)} ${ms.toFixed(0).padStart(6)} ms   (target < ${target} ms)${cpu === undefined ? '' : `   cpu ${cpu.toFixed(0)} ms`}`;
    process.stdout.write(
      [
        `stacks: ${resources} resources, SQLite --sync FULL, ${repeats} repeats (median); load average ${load0.toFixed(1)} → ${loadavg()[0].toFixed(1)}`,
        row('first deploy', firstMs, 2000, firstCpu),
        row('no-change redeploy', median(noChange), 300, median(noChangeCpu)),
        row('code change served', median(served), 1000),
        '',
      ].join('\n'),
    );
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
