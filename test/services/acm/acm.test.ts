/**
 * ACM (awsJson1_1) with the real @aws-sdk/client-acm against a running Tollgate: import (with a chain and tags),
 * describe, get, list (default key types, statuses, pages), tags, the ValidationException refusals, a domain name
 * served the imported certificate by SNI (and the re-imported one), ResourceInUseException, --certificate listed
 * read-only, an operation not implemented, the store surviving a restart, and the AWS CLI v2 listing.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect as tlsConnect } from 'node:tls';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import pino from 'pino';
import {
  ACMClient,
  AddTagsToCertificateCommand,
  DeleteCertificateCommand,
  DescribeCertificateCommand,
  GetCertificateCommand,
  ImportCertificateCommand,
  ListCertificatesCommand,
  ListTagsForCertificateCommand,
  RemoveTagsFromCertificateCommand,
  RequestCertificateCommand,
} from '@aws-sdk/client-acm';
import { CreateDomainNameCommand, DeleteDomainNameCommand } from '@aws-sdk/client-api-gateway';
import { loadConfig } from '../../../src/config/options.js';
import { startApp } from '../../../src/app.js';
import { issue, makeCa, type Ca, type Issued } from '../../helpers/certs.js';
import { ACCOUNT, raw, sdkError, startTollgate, type TestServer } from '../../helpers/tollgate.js';

const CONFIGURED = `arn:aws:acm:us-east-1:${ACCOUNT}:certificate/configured-expired`;
const pem = (s: string): Uint8Array => Buffer.from(s);

let t: TestServer;
let acm: ACMClient;
let dir: string;
let ca: Ca;
let leaf: Issued;
let expired: Issued;
let tlsPort: number;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tollgate-acm-'));
  [ca, expired] = await Promise.all([makeCa('ACM Test CA'), issue('old.acm.test', undefined, { notAfterDays: -2 })]);
  leaf = await issue('api.acm.test', ca, { dns: ['www.acm.test'], notAfterDays: 20 });
  writeFileSync(join(dir, 'old.pem'), expired.cert);
  writeFileSync(join(dir, 'old.key'), expired.key);
  t = await startTollgate(['--tls-port', 'auto', '--certificate', `${CONFIGURED}=${join(dir, 'old.pem')},${join(dir, 'old.key')}`]);
  tlsPort = Number(new URL(t.app.tlsUrl!).port);
  acm = new ACMClient({ endpoint: t.app.adminUrl, region: 'us-east-1', credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' }, maxAttempts: 1 });
});
after(async () => {
  acm.destroy();
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The serial number of the certificate the HTTPS listener shows for `servername`. */
function servedSerial(servername: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const s = tlsConnect({ host: '127.0.0.1', port: tlsPort, servername, rejectUnauthorized: false }, () => {
      resolve(s.getPeerCertificate().serialNumber.toLowerCase());
      s.destroy();
    });
    s.on('error', reject);
  });
}

describe('ACM with the AWS SDK', () => {
  it('imports a certificate with its chain and tags; describes, gets and lists it', async () => {
    const { CertificateArn: arn } = await acm.send(
      new ImportCertificateCommand({
        Certificate: pem(leaf.cert),
        PrivateKey: pem(leaf.key),
        CertificateChain: pem(ca.cert),
        Tags: [{ Key: 'team', Value: 'edge' }],
      }),
    );
    assert.match(arn!, new RegExp(`^arn:aws:acm:us-east-1:${ACCOUNT}:certificate/[0-9a-f-]{36}$`));
    const d = (await acm.send(new DescribeCertificateCommand({ CertificateArn: arn }))).Certificate!;
    assert.equal(d.DomainName, 'api.acm.test');
    assert.deepEqual(d.SubjectAlternativeNames, ['api.acm.test', 'www.acm.test']);
    assert.equal(d.Issuer, 'Tollgate Tests');
    assert.equal(d.Serial!.replaceAll(':', ''), leaf.serial);
    assert.deepEqual([d.Type, d.Status, d.KeyAlgorithm, d.InUseBy], ['IMPORTED', 'ISSUED', 'RSA-2048', []]);
    const days = (d.NotAfter!.getTime() - Date.now()) / 86_400_000;
    assert.ok(days > 19.9 && days <= 20, String(days));
    assert.ok(d.ImportedAt instanceof Date);
    const got = await acm.send(new GetCertificateCommand({ CertificateArn: arn }));
    assert.equal(got.Certificate, leaf.cert);
    assert.equal(got.CertificateChain, ca.cert);
    const listed = (await acm.send(new ListCertificatesCommand({}))).CertificateSummaryList!;
    assert.ok(listed.some((c) => c.CertificateArn === arn && c.DomainName === 'api.acm.test' && c.Status === 'ISSUED' && c.InUse === false));
    assert.deepEqual((await acm.send(new ListTagsForCertificateCommand({ CertificateArn: arn }))).Tags, [{ Key: 'team', Value: 'edge' }]);
    await acm.send(new AddTagsToCertificateCommand({ CertificateArn: arn, Tags: [{ Key: 'team', Value: 'api' }, { Key: 'env' }] }));
    await acm.send(new RemoveTagsFromCertificateCommand({ CertificateArn: arn, Tags: [{ Key: 'env' }] }));
    assert.deepEqual((await acm.send(new ListTagsForCertificateCommand({ CertificateArn: arn }))).Tags, [{ Key: 'team', Value: 'api' }]);
  });

  it('refuses a key that does not match, a certificate that is no PEM, an expired one: ValidationException', async () => {
    const other = await issue('other.acm.test');
    const refusals = await Promise.all([
      sdkError(acm.send(new ImportCertificateCommand({ Certificate: pem(leaf.cert), PrivateKey: pem(other.key) }))),
      sdkError(acm.send(new ImportCertificateCommand({ Certificate: pem('not a certificate'), PrivateKey: pem(leaf.key) }))),
      sdkError(acm.send(new ImportCertificateCommand({ Certificate: pem(expired.cert), PrivateKey: pem(expired.key) }))),
      sdkError(acm.send(new DescribeCertificateCommand({ CertificateArn: `arn:aws:acm:us-east-1:${ACCOUNT}:certificate/missing` }))),
    ]);
    assert.deepEqual(refusals, [
      { name: 'ValidationException', message: 'The private key does not match the public key in the certificate.', status: 400 },
      { name: 'ValidationException', message: 'The certificate is not PEM-encoded or is not valid.', status: 400 },
      { name: 'ValidationException', message: 'The certificate has expired, is not valid.', status: 400 },
      { name: 'ResourceNotFoundException', message: `Could not find certificate arn:aws:acm:us-east-1:${ACCOUNT}:certificate/missing.`, status: 400 },
    ]);
  });

  it('a domain name naming the ARN is served it by SNI, a re-import from the next handshake; in use, it cannot be deleted', async () => {
    const first = await issue('tls.acm.test');
    const { CertificateArn: arn } = await acm.send(new ImportCertificateCommand({ Certificate: pem(first.cert), PrivateKey: pem(first.key) }));
    await t.client.send(
      new CreateDomainNameCommand({ domainName: 'tls.acm.test', regionalCertificateArn: arn, endpointConfiguration: { types: ['REGIONAL'] } }),
    );
    assert.equal(await servedSerial('tls.acm.test'), first.serial);
    const d = (await acm.send(new DescribeCertificateCommand({ CertificateArn: arn }))).Certificate!;
    assert.deepEqual(d.InUseBy, ['arn:aws:apigateway:us-east-1::/domainnames/tls.acm.test']);
    assert.deepEqual(await sdkError(acm.send(new DeleteCertificateCommand({ CertificateArn: arn }))), {
      name: 'ResourceInUseException',
      message: `Certificate ${arn} in account ${ACCOUNT} is in use.`,
      status: 400,
    });
    const second = await issue('tls.acm.test');
    await acm.send(new ImportCertificateCommand({ CertificateArn: arn, Certificate: pem(second.cert), PrivateKey: pem(second.key) }));
    assert.equal(await servedSerial('tls.acm.test'), second.serial);
    await t.client.send(new DeleteDomainNameCommand({ domainName: 'tls.acm.test' }));
    await acm.send(new DeleteCertificateCommand({ CertificateArn: arn }));
    assert.equal((await sdkError(acm.send(new GetCertificateCommand({ CertificateArn: arn })))).name, 'ResourceNotFoundException');
  });

  it('lists a --certificate certificate read-only (EXPIRED here), by status, one page at a time', async () => {
    const expiredOnly = (await acm.send(new ListCertificatesCommand({ CertificateStatuses: ['EXPIRED'] }))).CertificateSummaryList!;
    assert.deepEqual(
      expiredOnly.map((c) => [c.CertificateArn, c.DomainName, c.Status, c.Type]),
      [[CONFIGURED, 'old.acm.test', 'EXPIRED', 'IMPORTED']],
    );
    assert.equal((await sdkError(acm.send(new DeleteCertificateCommand({ CertificateArn: CONFIGURED })))).name, 'AccessDeniedException');
    const seen: string[] = [];
    let NextToken: string | undefined;
    do {
      const page = await acm.send(new ListCertificatesCommand({ MaxItems: 1, NextToken }));
      assert.ok(page.CertificateSummaryList!.length <= 1);
      seen.push(...page.CertificateSummaryList!.map((c) => c.CertificateArn!));
      NextToken = page.NextToken;
    } while (NextToken);
    const all = (await acm.send(new ListCertificatesCommand({}))).CertificateSummaryList!.map((c) => c.CertificateArn!);
    assert.deepEqual(seen, all);
    assert.ok(all.length >= 2);
  });

  it('an operation not implemented answers 501 NotImplementedException; a bad X-Amz-Target UnknownOperationException', async () => {
    assert.deepEqual(await sdkError(acm.send(new RequestCertificateCommand({ DomainName: 'x.acm.test' }))), {
      name: 'NotImplementedException',
      message: 'Tollgate does not implement RequestCertificate yet',
      status: 501,
    });
    const r = await raw(t.app.adminUrl, 'POST', '/', '{}', { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'CertificateManager.Nope' });
    assert.equal(r.status, 400);
    assert.equal(r.json.__type, 'UnknownOperationException');
    assert.equal(r.headers.get('content-type'), 'application/x-amz-json-1.1');
  });
});

describe('ACM store', () => {
  it('keeps imported certificates across a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tollgate-acm-restart-'));
    const start = (): ReturnType<typeof startApp> =>
      startApp(loadConfig(['--port', '0', '--data-dir', dataDir, '--sync', 'NORMAL']), pino({ level: 'silent' }));
    const client = (url: string): ACMClient =>
      new ACMClient({ endpoint: url, region: 'eu-west-1', credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' }, maxAttempts: 1 });
    try {
      let app = await start();
      let c = client(app.adminUrl);
      const { CertificateArn } = await c.send(new ImportCertificateCommand({ Certificate: pem(leaf.cert), PrivateKey: pem(leaf.key) }));
      c.destroy();
      await app.close();
      app = await start();
      c = client(app.adminUrl);
      const d = (await c.send(new DescribeCertificateCommand({ CertificateArn }))).Certificate!;
      assert.deepEqual([d.CertificateArn, d.DomainName], [CertificateArn, 'api.acm.test']);
      c.destroy();
      await app.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('ACM with the AWS CLI v2', () => {
  it('import-certificate with fileb:// and list-certificates', async () => {
    const run = promisify(execFile);
    writeFileSync(join(dir, 'leaf.pem'), leaf.cert);
    writeFileSync(join(dir, 'leaf.key'), leaf.key);
    writeFileSync(join(dir, 'empty'), '');
    const env = {
      PATH: '/usr/bin:/bin',
      HOME: dir,
      AWS_ACCESS_KEY_ID: 'AKIDCLITEST',
      AWS_SECRET_ACCESS_KEY: 'cli-secret',
      AWS_DEFAULT_REGION: 'us-east-1',
      AWS_CONFIG_FILE: join(dir, 'empty'),
      AWS_SHARED_CREDENTIALS_FILE: join(dir, 'empty'),
      AWS_PAGER: '',
      AWS_EC2_METADATA_DISABLED: 'true',
    };
    const aws = async (...args: string[]): Promise<any> =>
      JSON.parse((await run('/usr/bin/aws', ['--endpoint-url', t.app.adminUrl, '--output', 'json', 'acm', ...args], { env, timeout: 60_000 })).stdout);
    const { CertificateArn } = await aws(
      'import-certificate',
      '--certificate',
      `fileb://${join(dir, 'leaf.pem')}`,
      '--private-key',
      `fileb://${join(dir, 'leaf.key')}`,
    );
    const listed = await aws('list-certificates');
    assert.ok(listed.CertificateSummaryList.some((c: { CertificateArn: string }) => c.CertificateArn === CertificateArn));
  });
});
