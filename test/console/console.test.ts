/**
 * The web console in a real browser (Debian's Chromium driven by playwright-core) against a real Tollgate
 * with credentials configured: sign in (a wrong secret refused, the right one accepted), browse an imported
 * OpenAPI file (petstore), read a mapping template, call a method through its stage's invoke URL and
 * through TestInvokeMethod, see a usage plan's chart, Lambda's and the domains' views, watch live requests
 * (a 200's trace, a 403 and a 429 explained, a status filter, a burst beyond the stream's rate counted), a stack, keyboard use, narrow and dark renderings. Screenshots go to test-artifacts/console/ (gitignored).
 *
 * Nothing is skipped: without /usr/bin/chromium or without the built console (`npm run build`) the test
 * fails and says so. One browser launch for the file.
 */
import {
  APIGatewayClient,
  CreateBasePathMappingCommand,
  CreateDeploymentCommand,
  CreateDomainNameCommand,
  ImportRestApiCommand,
} from '@aws-sdk/client-api-gateway';
import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startTollgate, type TestServer } from '../helpers/tollgate.js';
import { hit, keyedApi, type KeyedApi } from '../helpers/keyed-api.js';
import { CloudFormationClient, CreateStackCommand, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { mockApi } from '../stacks/engine/templates.js';
import { ACMClient, ImportCertificateCommand } from '@aws-sdk/client-acm';
import { issue } from '../helpers/certs.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = join(ROOT, 'test-artifacts/console');
const BUILT = join(ROOT, 'dist/src/console/public/main.js');
const KEY = { accessKeyId: 'AKIACONSOLETEST', secretAccessKey: 'console-secret-for-tests' };

/** Debian's Chromium, headless, quiet: no sandbox (containers), no GPU, no background traffic. */
export async function launchChromium(userDataDir: string): Promise<BrowserContext> {
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium; .ci/run does it)`);
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1280, height: 900 },
  });
}

describe('web console (Chromium)', () => {
  let server: TestServer;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  let client: APIGatewayClient;
  let petId: string;
  let keyed: KeyedApi;
  let tiny: KeyedApi;
  const pageErrors: string[] = [];
  /** The visible part of the page (README's screenshots are copies of some: docs/console/). */
  const shot = async (name: string): Promise<void> => {
    await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
  };

  before(async () => {
    assert.ok(existsSync(BUILT), `the console is not built (${BUILT} missing): run \`npm run build\`, which bundles src/console/ with esbuild`);
    mkdirSync(ARTIFACTS, { recursive: true });
    profile = mkdtempSync(join(tmpdir(), 'tollgate-chromium-'));
    const file = join(profile, 'credentials.json');
    writeFileSync(
      file,
      JSON.stringify({ [KEY.accessKeyId]: { secretAccessKey: KEY.secretAccessKey, principalArn: 'arn:aws:iam::000000000000:user/console' } }),
    );
    server = await startTollgate(['--credentials', file]);
    client = new APIGatewayClient({ endpoint: server.app.adminUrl, region: 'us-east-1', credentials: KEY, maxAttempts: 1 });
    const pet = await client.send(new ImportRestApiCommand({ body: readFileSync(join(ROOT, 'test/fixtures/openapi/petstore.json')) }));
    petId = pet.id!;
    await client.send(new CreateDeploymentCommand({ restApiId: petId, stageName: 'dev', description: 'first' }));
    keyed = await keyedApi(client, { plan: { name: 'gold' } });
    for (let i = 0; i < 3; i++) assert.equal((await hit(server.app.url, keyed.apiId, 'dev', '/', keyed.value)).status, 200);
    // A plan whose quota is one request a day: its key's second request is answered 429 (no timing involved).
    tiny = await keyedApi(client, { plan: { name: 'tiny', quota: { limit: 1, period: 'DAY' } } });
    // Two domain names whose certificates are in ACM: one expiring in 10 days (marked), one in 200 (not).
    const acm = new ACMClient({ endpoint: server.app.adminUrl, region: 'us-east-1', credentials: KEY, maxAttempts: 1 });
    for (const [name, days] of [
      ['soon.console.test', 10],
      ['later.console.test', 200],
    ] as const) {
      const c = await issue(name, undefined, { notAfterDays: days });
      const { CertificateArn } = await acm.send(new ImportCertificateCommand({ Certificate: Buffer.from(c.cert), PrivateKey: Buffer.from(c.key) }));
      await client.send(
        new CreateDomainNameCommand({ domainName: name, regionalCertificateArn: CertificateArn, endpointConfiguration: { types: ['REGIONAL'] } }),
      );
      await client.send(new CreateBasePathMappingCommand({ domainName: name, restApiId: petId, stage: 'dev', basePath: 'pets' }));
    }
    acm.destroy();
    context = await launchChromium(join(profile, 'profile'));
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
  });

  after(async () => {
    await context?.close();
    client?.destroy();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('serves the page from memory with its content types, CSP and revalidation', async () => {
    const base = `${server.app.adminUrl}/_tollgate/console/`;
    const html = await fetch(base);
    assert.equal(html.status, 200);
    assert.equal(html.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.match(html.headers.get('content-security-policy') ?? '', /default-src 'none'; script-src 'self'/);
    assert.equal(html.headers.get('cache-control'), 'no-cache');
    const text = await html.text();
    assert.match(text, /<meta name="tollgate-sign-in" content="true"/);
    assert.match(text, /<meta name="tollgate-region" content="us-east-1"/);
    const js = await fetch(`${base}main.js`);
    assert.equal(js.headers.get('content-type'), 'text/javascript; charset=utf-8');
    const etag = js.headers.get('etag')!;
    assert.equal((await fetch(`${base}main.js`, { headers: { 'if-none-match': etag } })).status, 304);
    assert.equal((await fetch(`${base}style.css`)).headers.get('content-type'), 'text/css; charset=utf-8');
    const bare = await fetch(`${server.app.adminUrl}/_tollgate/console`, { redirect: 'manual' });
    assert.equal(bare.status, 308);
    assert.equal(bare.headers.get('location'), '/_tollgate/console/');
  });

  it('asks for an access key, refuses a wrong secret and signs in with the right one', async () => {
    await page.goto(`${server.app.adminUrl}/_tollgate/console`);
    await page.getByLabel('Access key ID').fill(KEY.accessKeyId);
    await page.getByLabel('Secret access key').fill('not-the-secret');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'InvalidSignatureException' }).waitFor();
    await shot('sign-in-refused');
    await page.getByLabel('Secret access key').fill(KEY.secretAccessKey);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'REST APIs', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'PetStore' }).waitFor();
    assert.match((await page.locator('#session').textContent()) ?? '', /Signed in as AKIACONSOLETEST/);
  });

  it('browses the imported API: resource tree, stages with invoke URLs, models, a highlighted mapping template', async () => {
    await page.getByRole('link', { name: 'PetStore' }).click();
    await page.getByRole('heading', { name: 'PetStore', level: 1 }).waitFor();
    const tree = page.getByRole('list', { name: 'Resources' });
    assert.match((await tree.textContent()) ?? '', /\/pets.*\/\{petId\}/s);
    await page.getByRole('link', { name: 'GET /pets/{petId}' }).waitFor();
    const stages = page.getByRole('table', { name: 'Stages' });
    assert.match((await stages.textContent()) ?? '', new RegExp(`/_aws/execute-api/${petId}/dev/`));
    assert.match((await page.getByRole('region', { name: 'Models' }).textContent()) ?? '', /Pet/);
    await shot('api');
    await page.getByRole('link', { name: 'GET /', exact: true }).click();
    await page.getByRole('heading', { name: 'Integration', exact: true }).waitFor();
    assert.match((await page.getByRole('region', { name: 'Integration', exact: true }).textContent()) ?? '', /MOCK/);
    // The integration response's template is highlighted: `$context.stage` is a VTL reference.
    const ref = page.locator('.tok-ref', { hasText: '$context.stage' }).first();
    assert.equal(await ref.count(), 1);
  });

  it('calls the method through its stage invoke URL and through TestInvokeMethod, with the execution log', async () => {
    const tryIt = page.getByRole('region', { name: 'Try it' });
    await tryIt.getByLabel('Call').selectOption('stage:dev');
    await tryIt.getByLabel('Query string').fill('from=console');
    await tryIt.getByRole('button', { name: 'Send' }).click();
    await tryIt.getByText('Welcome to your Pet Store API').waitFor();
    assert.equal(await tryIt.locator('.status').textContent(), '200');
    assert.match((await tryIt.getByRole('figure', { name: 'Response headers' }).textContent()) ?? '', /content-type: text\/html/);
    await page.evaluate(() => document.getElementById('try-it')?.scrollIntoView());
    await shot('try-it');
    await tryIt.getByLabel('Call').selectOption('test');
    await tryIt.getByRole('button', { name: 'Send' }).click();
    await tryIt.getByRole('figure', { name: 'Execution log' }).waitFor();
    assert.match((await tryIt.getByRole('figure', { name: 'Execution log' }).textContent()) ?? '', /Method request query string: \{from=console\}/);
    assert.equal(await tryIt.locator('.status').textContent(), '200');
  });

  it('shows a stage, usage plans with a usage chart from GetUsage, Lambda functions and domain names with their ACM expiry', async () => {
    await page.goto(`${server.app.adminUrl}/_tollgate/console/#/apis/${petId}/stages/dev`);
    await page.getByRole('heading', { name: 'Stage dev' }).waitFor();
    assert.match((await page.getByRole('table', { name: 'Deployment history' }).textContent()) ?? '', /first.*current/s);
    await page.getByRole('link', { name: 'API keys & usage plans' }).click();
    await page.getByRole('link', { name: 'gold' }).click();
    const chart = page.getByRole('img', { name: /Requests of key/ });
    await chart.waitFor();
    assert.match((await chart.getAttribute('aria-label')) ?? '', /: 3 requests over 14 days/);
    await shot('usage-plan');
    await page.getByRole('link', { name: 'Lambda functions' }).click();
    await page.getByRole('heading', { name: 'Lambda functions', level: 1 }).waitFor();
    assert.match((await page.locator('main').textContent()) ?? '', /Lambda functions: none/);
    await page.getByRole('link', { name: 'Domain names' }).click();
    await page.getByRole('heading', { name: 'Domain names', level: 1 }).waitFor();
    assert.equal(await page.getByRole('alert').count(), 0);
    // NotAfter from ACM's DescribeCertificate (signed for acm): marked within 30 days, plain beyond.
    const soon = page.getByRole('table', { name: 'Domain soon.console.test' }).locator('.cert-expiry');
    assert.equal(await soon.getAttribute('data-state'), 'soon');
    assert.match((await soon.getAttribute('class')) ?? '', /\bwarn\b/);
    assert.match((await soon.textContent()) ?? '', /\(in (9|10) days\)/);
    const later = page.getByRole('table', { name: 'Domain later.console.test' }).locator('.cert-expiry');
    assert.equal(await later.getAttribute('data-state'), 'ok');
    assert.doesNotMatch((await later.getAttribute('class')) ?? '', /\bwarn\b/);
    assert.match((await page.getByRole('table', { name: 'Base path mappings of soon.console.test' }).textContent()) ?? '', /pets/);
    await shot('domain-names');
  });

  it('watches live requests: a 200 with its trace, a 403 (no API key) and a 429 (quota) explained, and filters them', async () => {
    await page.getByRole('link', { name: 'Live requests' }).click();
    await page.getByRole('status').filter({ hasText: 'Watching' }).waitFor();
    assert.equal((await hit(server.app.url, keyed.apiId, 'dev', '/other', keyed.value)).status, 200);
    assert.equal((await hit(server.app.url, keyed.apiId, 'dev', '/other')).status, 403);
    assert.equal((await hit(server.app.url, tiny.apiId, 'dev', '/', tiny.value)).status, 200);
    assert.equal((await hit(server.app.url, tiny.apiId, 'dev', '/', tiny.value)).status, 429);
    const list = page.getByRole('list', { name: 'Requests, newest first' });
    const forbidden = list.locator('li[data-status="403"]');
    const limited = list.locator('li[data-status="429"]');
    await forbidden.waitFor();
    await limited.waitFor();
    assert.match((await forbidden.locator('.why').textContent()) ?? '', /No API key/);
    assert.match((await limited.locator('.why').textContent()) ?? '', /quota/i);
    // The 200 opens into its trace: every step with its outcome, the endpoint among them.
    const ok = list.locator('li[data-status="200"]', { hasText: '/other' });
    await ok.getByRole('button').click();
    const steps = ok.getByRole('table', { name: /Steps of request/ });
    await steps.waitFor();
    assert.match((await steps.textContent()) ?? '', /route.*ok.*endpoint/s);
    await ok.getByRole('button').click();
    // The 403's trace names the failed step and the reason.
    await forbidden.getByRole('button').click();
    const failed = forbidden.getByRole('table', { name: /Steps of request/ });
    await failed.waitFor();
    assert.match((await failed.textContent()) ?? '', /apiKey\s*fail/);
    assert.match((await forbidden.locator('.reason').textContent()) ?? '', /No API key in x-api-key/);
    await limited.getByRole('button').click();
    await limited.getByRole('table', { name: /Steps of request/ }).waitFor();
    assert.match((await limited.locator('.reason').textContent()) ?? '', /quota/i);
    await shot('live');
    // Filtered to 4XX: the list is read again, and only 4XX answers remain.
    await page.getByLabel('Status').selectOption('4xx');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await forbidden.waitFor();
    await page.getByRole('status').filter({ hasText: 'Watching' }).waitFor();
    const shown = await list.locator('li').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')));
    assert.ok(shown.length >= 2, `4XX rows shown: ${shown.join(', ')}`);
    assert.ok(
      shown.every((st) => st?.startsWith('4')),
      `only 4XX rows: ${shown.join(', ')}`,
    );
    // At most 10 rows a second: a burst of 100 matching requests (403s, at once) is more than that, and the
    // page says how many it was not sent, then hides the line once the stream is whole again.
    await page.getByLabel('Rows a second').selectOption('10');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await forbidden.first().waitFor(); // the list read again: the new stream is being opened
    const dropped = page.locator('.stream-dropped');
    const toldOfDrops = async (): Promise<boolean> => {
      const burst = await Promise.all(Array.from({ length: 100 }, () => hit(server.app.url, keyed.apiId, 'dev', '/other')));
      assert.ok(burst.every((r) => r.status === 403));
      // The stream tells once a second (and a second later, that it is whole again: the line is shown for about a second).
      return dropped.waitFor({ state: 'visible', timeout: 2500 }).then(
        () => true,
        () => false,
      );
    };
    for (let i = 0; !(await toldOfDrops()); i++) assert.ok(i < 10, 'no dropped line after 10 bursts');
    await shot('live-dropped');
    assert.match((await dropped.textContent()) ?? '', /^[\d,]+ matching requests? not shown in the last second \(the stream sends at most 10 a second\)/);
    await dropped.waitFor({ state: 'hidden', timeout: 10_000 });
  });

  it('shows stacks through the CloudFormation API: status, outputs linked to their API, resources', async () => {
    const cfn = new CloudFormationClient({ endpoint: server.app.adminUrl, region: 'us-east-1', credentials: KEY, maxAttempts: 1 });
    // A deleted stack (kept as DELETE_COMPLETE by CloudFormation's API) is not shown as a live one.
    await server.app.stacks.deploy({ stackName: 'gone', template: mockApi('{}') });
    await server.app.stacks.delete('gone');
    try {
      await cfn.send(new CreateStackCommand({ StackName: 'shop', TemplateBody: JSON.stringify(mockApi('{"ok": true}')) }));
      let status = '';
      for (let i = 0; i < 100 && !status.endsWith('COMPLETE'); i++) {
        status = (await cfn.send(new DescribeStacksCommand({ StackName: 'shop' }))).Stacks?.[0]?.StackStatus ?? '';
        if (!status.endsWith('COMPLETE')) await new Promise((r) => setTimeout(r, 100));
      }
      assert.equal(status, 'CREATE_COMPLETE');
    } finally {
      cfn.destroy();
    }
    await page.getByRole('link', { name: 'Stacks' }).click();
    const stack = page.getByRole('region', { name: 'shop' });
    await stack.waitFor();
    assert.match((await stack.textContent()) ?? '', /CREATE_COMPLETE/);
    assert.equal(await page.getByRole('region', { name: 'gone' }).count(), 0);
    assert.match((await stack.getByRole('table', { name: 'Resources of shop' }).textContent()) ?? '', /AWS::ApiGateway::RestApi.*AWS::ApiGateway::Stage/s);
    await stack.getByRole('table', { name: 'Outputs of shop' }).getByRole('link').click();
    await page.getByRole('heading', { name: 'shop-api', level: 1 }).waitFor();
  });

  it('works from the keyboard, at a phone width and in dark mode', async () => {
    await page.goto(`${server.app.adminUrl}/_tollgate/console/#/apis`);
    await page.reload(); // a fresh load, not the same document's hash change
    await page.getByRole('link', { name: 'PetStore' }).waitFor();
    // A fresh load leaves focus at the top: the first Tab reaches the skip link, which moves focus to the content.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
    // Tab on, from the content, to the first link in the list and open it with Enter.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'PetStore');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'PetStore', level: 1 }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
    await page.setViewportSize({ width: 375, height: 800 });
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scrolling at 375 px');
    await shot('narrow');
    await page.emulateMedia({ colorScheme: 'dark' });
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(13, 17, 23)');
    await page.setViewportSize({ width: 1280, height: 900 });
    await shot('dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('without credentials configured (loopback, local use) opens straight onto the APIs, unsigned', async () => {
    const local = await startTollgate(['--memory']);
    const other = await context.newPage();
    try {
      other.on('pageerror', (e) => pageErrors.push(e.message));
      await local.client.send(new ImportRestApiCommand({ body: readFileSync(join(ROOT, 'test/fixtures/openapi/petstore.json')) }));
      await other.goto(`${local.app.adminUrl}/_tollgate/console/`);
      await other.getByRole('link', { name: 'PetStore' }).waitFor();
      assert.match((await other.locator('#session').textContent()) ?? '', /Local session \(no credentials configured\)/);
      assert.equal(await other.getByRole('button', { name: 'Sign out' }).count(), 0);
    } finally {
      await other.close();
      await local.close();
    }
  });

  it('signs out back to the form, and the page raised no script error', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to Tollgate' }).waitFor();
    assert.deepEqual(pageErrors, []);
  });
});
