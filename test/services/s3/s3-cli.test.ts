/**
 * Tollgate's S3 (src/services/s3/) through the AWS CLI v2 (/usr/bin/aws), with and without --credentials:
 * `s3 mb`, `s3 cp` up and down (a key with spaces and reserved characters, a file over 8 MiB: multipart upload, ranged GETs), `s3 ls` (buckets, a prefix with its
 * delimiter, --recursive), `s3api head-object`, `s3 rm`, `s3 rb` and their errors (BucketNotEmpty, NoSuchKey,
 * NoSuchBucket, a wrong secret), a presigned GET, an aws-chunked streaming upload, ListObjectsV2's pages, and
 * a multipart upload completed and one aborted, objects surviving a restart. Unsigned requests keep reaching API Gateway.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { pino } from 'pino';
import { startApp, type RunningApp } from '../../../src/app.js';
import { s3Request, s3VirtualHostGet } from '../../helpers/s3.js';
import { loadConfig } from '../../../src/config/options.js';

const AWS = '/usr/bin/aws';
const run = promisify(execFile);
const KEY = { accessKeyId: 'AKIDS3TEST', secretAccessKey: 's3-secret' };

let work: string;

before(() => {
  work = mkdtempSync(join(tmpdir(), 'tollgate-s3-'));
  writeFileSync(join(work, 'config'), '');
  writeFileSync(join(work, 'credentials'), '');
  writeFileSync(
    join(work, 'keys.json'),
    JSON.stringify({ [KEY.accessKeyId]: { secretAccessKey: KEY.secretAccessKey, principalArn: 'arn:aws:iam::000000000000:root' } }),
  );
});
after(() => rmSync(work, { recursive: true, force: true }));

/** Each data dir's PostgreSQL schema (TOLLGATE_TEST_STORE=postgres): a restart finds the same one. */
const schemas = new Map<string, string>();

async function start(dataDir: string, args: string[] = []): Promise<RunningApp> {
  if (process.env.TOLLGATE_TEST_STORE === 'postgres' && !schemas.has(dataDir)) {
    schemas.set(dataDir, (await (await import('../../helpers/postgres.js')).freshSchema()).url);
  }
  const extra = schemas.has(dataDir) ? ['--postgres', schemas.get(dataDir)!] : [];
  return startApp(loadConfig(['--port', '0', '--tls-port', '0', '--data-dir', dataDir, '--sync', 'NORMAL', ...extra, ...args]), pino({ level: 'silent' }));
}

interface Cli {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(endpoint: string, secret = KEY.secretAccessKey) {
  const env = {
    PATH: '/usr/bin:/bin',
    HOME: work,
    LANG: 'C.UTF-8',
    AWS_ACCESS_KEY_ID: KEY.accessKeyId,
    AWS_SECRET_ACCESS_KEY: secret,
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_CONFIG_FILE: join(work, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: join(work, 'credentials'),
    AWS_PAGER: '',
    AWS_EC2_METADATA_DISABLED: 'true',
  };
  return async (...args: string[]): Promise<Cli> => {
    try {
      return { ...(await run(AWS, ['--endpoint-url', endpoint, ...args], { env, timeout: 60_000, cwd: work })), code: 0 };
    } catch (e) {
      const err = e as { code?: number | string; stdout?: string; stderr?: string };
      if (typeof err.code !== 'number') throw e;
      return { code: err.code, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
    }
  };
}

const ok = (r: Cli): Cli => {
  assert.equal(r.code, 0, `aws exited ${r.code}: ${r.stderr}`);
  return r;
};

const signed = (endpoint: string, method: string, path: string, body: Buffer | undefined, headers: Record<string, string> = {}): Promise<Response> =>
  s3Request(endpoint, method, path, body, headers, KEY);

for (const secured of [false, true]) {
  describe(`S3 through the AWS CLI, ${secured ? 'with' : 'without'} --credentials`, () => {
    let app: RunningApp;
    let aws: ReturnType<typeof cli>;
    const dataDir = () => join(work, secured ? 'data-signed' : 'data-open');

    before(async () => {
      app = await start(dataDir(), secured ? ['--credentials', join(work, 'keys.json')] : []);
      aws = cli(app.adminUrl);
    });
    after(() => app?.close());

    // The CLI takes seconds per call on a loaded machine: its full round runs once, signed; unsigned local use is covered by the restart test.
    if (secured)
      it('makes a bucket, copies a file up and down, lists, heads, removes', async () => {
        ok(await aws('s3', 'mb', 's3://code-bucket'));
        const content = Buffer.from(Array.from({ length: 70_000 }, (_, i) => i % 251));
        writeFileSync(join(work, 'up.bin'), content);
        // Over the CLI's 8 MiB threshold: uploaded in parts (multipart upload), downloaded in ranges.
        const big = Buffer.alloc(9 * 1024 * 1024 + 5, 7);
        content.copy(big, 1000);
        writeFileSync(join(work, 'big.bin'), big);
        ok(await aws('s3', 'cp', join(work, 'big.bin'), 's3://code-bucket/dir/a b+c=%&.bin'));
        ok(await aws('s3', 'cp', join(work, 'up.bin'), 's3://code-bucket/top.zip', '--content-type', 'application/zip'));
        assert.match(ok(await aws('s3', 'ls')).stdout, /code-bucket/);
        const top = ok(await aws('s3', 'ls', 's3://code-bucket/')).stdout;
        assert.match(top, /PRE dir\//);
        assert.match(top, /70000 top\.zip/);
        assert.doesNotMatch(top, /a b\+c/);
        assert.match(ok(await aws('s3', 'ls', 's3://code-bucket', '--recursive')).stdout, /9437189 dir\/a b\+c=%&\.bin/);
        ok(await aws('s3', 'cp', 's3://code-bucket/dir/a b+c=%&.bin', join(work, 'down.bin')));
        assert.ok(readFileSync(join(work, 'down.bin')).equals(big));
        const head = JSON.parse(ok(await aws('s3api', 'head-object', '--bucket', 'code-bucket', '--key', 'top.zip', '--output', 'json')).stdout);
        assert.equal(head.ContentLength, 70_000);
        assert.equal(head.ETag, `"${createHash('md5').update(content).digest('hex')}"`);
        assert.equal(head.ContentType, 'application/zip');
        assert.ok(head.LastModified);
        const notEmpty = await aws('s3', 'rb', 's3://code-bucket');
        assert.notEqual(notEmpty.code, 0);
        assert.match(notEmpty.stderr, /BucketNotEmpty.*The bucket you tried to delete is not empty/);
        ok(await aws('s3', 'rm', 's3://code-bucket', '--recursive'));
        ok(await aws('s3', 'rb', 's3://code-bucket'));
        const gone = await signed(app.adminUrl, 'HEAD', '/code-bucket', undefined);
        assert.equal(gone.status, 404);
      });

    it('answers S3 XML errors with their statuses, and NotImplemented for the rest of S3', async () => {
      const bad = await signed(app.adminUrl, 'PUT', '/Bad_Name', undefined);
      assert.equal(bad.status, 400);
      const text = await bad.text();
      assert.match(
        text,
        /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<Error><Code>InvalidBucketName<\/Code><Message>The specified bucket is not valid\.<\/Message>/,
      );
      assert.match(text, /<RequestId>[^<]+<\/RequestId>/);
      assert.ok(bad.headers.get('x-amz-request-id'));
      assert.equal((await signed(app.adminUrl, 'PUT', '/again-bucket', undefined)).status, 200);
      const missing = await signed(app.adminUrl, 'GET', '/again-bucket/nope', undefined);
      assert.equal(missing.status, 404);
      assert.match(await missing.text(), /<Code>NoSuchKey<\/Code><Message>The specified key does not exist\.<\/Message><Key>nope<\/Key>/);
      const none = await signed(app.adminUrl, 'GET', '/no-such-bucket-here/k', undefined);
      assert.equal(none.status, 404);
      assert.match(await none.text(), /<Code>NoSuchBucket<\/Code>/);
      const acl = await signed(app.adminUrl, 'GET', '/no-such-bucket-here?acl', undefined);
      assert.equal(acl.status, 501);
      assert.match(await acl.text(), /<Code>NotImplemented<\/Code>/);
      // In us-east-1, creating a bucket one owns again succeeds (ErrorResponses.html, BucketAlreadyOwnedByYou); elsewhere 409.
      assert.equal((await signed(app.adminUrl, 'PUT', '/again-bucket', undefined)).status, 200);
      // Unsigned requests are not S3's: API Gateway's routes keep answering.
      const apis = await fetch(`${app.adminUrl}/restapis`);
      assert.equal(apis.status, secured ? 403 : 200);
    });

    it('pages ListObjectsV2 by max-keys and continuation token, common prefixes counted once', async () => {
      assert.equal((await signed(app.adminUrl, 'PUT', '/pages', undefined)).status, 200);
      for (const k of ['a/1', 'a/2', 'b', 'c/1', 'd']) assert.equal((await signed(app.adminUrl, 'PUT', `/pages/${k}`, Buffer.from(k))).status, 200);
      const seen: string[] = [];
      let token: string | undefined;
      for (let i = 0; i < 10; i++) {
        const q = `list-type=2&delimiter=%2F&max-keys=2${token ? `&continuation-token=${encodeURIComponent(token)}` : ''}`;
        const xml = await (await signed(app.adminUrl, 'GET', `/pages?${q}`, undefined)).text();
        // A page's keys (Contents) come before its common prefixes; across pages, the order is the keys'.
        seen.push(...[...xml.matchAll(/<(?:Key|Prefix)>([^<]+)<\/(?:Key|Prefix)>/g)].map((m) => m[1]).sort());
        assert.match(xml, /<KeyCount>[12]<\/KeyCount>/);
        token = /<NextContinuationToken>([^<]+)</.exec(xml)?.[1];
        if (!token) break;
      }
      assert.deepEqual(seen, ['a/', 'b', 'c/', 'd']);
    });

    it('joins a multipart upload (S3 multipart ETag), and forgets an aborted one', async () => {
      assert.equal((await signed(app.adminUrl, 'PUT', '/parts', undefined)).status, 200);
      const init = await (await signed(app.adminUrl, 'POST', '/parts/joined?uploads', undefined)).text();
      const uploadId = /<UploadId>([^<]+)<\/UploadId>/.exec(init)![1];
      const [p1, p2] = [Buffer.from('first part, '), Buffer.from('second part')];
      const e1 = (await signed(app.adminUrl, 'PUT', `/parts/joined?partNumber=1&uploadId=${uploadId}`, p1)).headers.get('etag')!;
      const e2 = (await signed(app.adminUrl, 'PUT', `/parts/joined?partNumber=2&uploadId=${uploadId}`, p2)).headers.get('etag')!;
      const list = `<CompleteMultipartUpload><Part><PartNumber>1</PartNumber><ETag>${e1}</ETag></Part><Part><PartNumber>2</PartNumber><ETag>${e2}</ETag></Part></CompleteMultipartUpload>`;
      const done = await signed(app.adminUrl, 'POST', `/parts/joined?uploadId=${uploadId}`, Buffer.from(list));
      const md5 = (b: Buffer): Buffer => createHash('md5').update(b).digest();
      const etag = `"${createHash('md5')
        .update(Buffer.concat([md5(p1), md5(p2)]))
        .digest('hex')}-2"`;
      assert.match(await done.text(), new RegExp(`<ETag>${etag.replace(/"/g, '&quot;')}</ETag>`));
      const got = await signed(app.adminUrl, 'GET', '/parts/joined', undefined);
      assert.equal(await got.text(), 'first part, second part');
      assert.equal(got.headers.get('etag'), etag);
      const again = await signed(app.adminUrl, 'POST', `/parts/joined?uploadId=${uploadId}`, Buffer.from(list));
      assert.equal(again.status, 404);
      assert.match(await again.text(), /<Code>NoSuchUpload<\/Code>/);
      const other = /<UploadId>([^<]+)</.exec(await (await signed(app.adminUrl, 'POST', '/parts/aborted?uploads', undefined)).text())![1];
      assert.equal((await signed(app.adminUrl, 'DELETE', `/parts/aborted?uploadId=${other}`, undefined)).status, 204);
      assert.equal((await signed(app.adminUrl, 'PUT', `/parts/aborted?partNumber=1&uploadId=${other}`, p1)).status, 404);
    });

    it('serves virtual-host style: the bucket named by the Host', async () => {
      assert.equal((await signed(app.adminUrl, 'PUT', '/vhost-bucket', undefined)).status, 200);
      assert.equal((await signed(app.adminUrl, 'PUT', '/vhost-bucket/dir/obj.txt', Buffer.from('by host'))).status, 200);
      const port = Number(new URL(app.adminUrl).port);
      for (const host of ['vhost-bucket.localhost', 'vhost-bucket.s3.localhost.localstack.cloud']) {
        assert.deepEqual(await s3VirtualHostGet(port, host, '/dir/obj.txt', KEY), { status: 200, body: 'by host' });
      }
    });

    it('takes an aws-chunked streaming upload, and serves a Range', async () => {
      const data = Buffer.from('hello, chunked world');
      const body = Buffer.concat([
        Buffer.from(`${(8).toString(16)}\r\n`),
        data.subarray(0, 8),
        Buffer.from(`\r\n${(data.length - 8).toString(16)}\r\n`),
        data.subarray(8),
        Buffer.from('\r\n0\r\nx-amz-checksum-crc32:AAAAAA==\r\n\r\n'),
      ]);
      assert.equal((await signed(app.adminUrl, 'PUT', '/pages-chunked', undefined)).status, 200);
      const put = await signed(app.adminUrl, 'PUT', '/pages-chunked/obj', body, {
        'x-amz-content-sha256': 'STREAMING-UNSIGNED-PAYLOAD-TRAILER',
        'content-encoding': 'aws-chunked',
        'x-amz-decoded-content-length': String(data.length),
        'x-amz-trailer': 'x-amz-checksum-crc32',
      });
      assert.equal(put.status, 200, await put.text());
      const got = await signed(app.adminUrl, 'GET', '/pages-chunked/obj', undefined);
      assert.equal(await got.text(), 'hello, chunked world');
      assert.equal(got.headers.get('content-type'), 'binary/octet-stream');
      const part = await signed(app.adminUrl, 'GET', '/pages-chunked/obj', undefined, { range: 'bytes=7-13' });
      assert.equal(part.status, 206);
      assert.equal(part.headers.get('content-range'), `bytes 7-13/${data.length}`);
      assert.equal(await part.text(), 'chunked');
    });

    if (secured) {
      it('refuses a wrong secret with SignatureDoesNotMatch, and serves a presigned GET', async () => {
        const wrong = await cli(app.adminUrl, 'not-the-secret')('s3', 'ls');
        assert.match(wrong.stderr, /SignatureDoesNotMatch/);
        writeFileSync(join(work, 'config'), '[default]\ns3 =\n  signature_version = s3v4\n');
        try {
          ok(await aws('s3', 'mb', 's3://presigned'));
          writeFileSync(join(work, 'p.txt'), 'presigned content');
          ok(await aws('s3', 'cp', join(work, 'p.txt'), 's3://presigned/p q.txt'));
          const url = ok(await aws('s3', 'presign', 's3://presigned/p q.txt')).stdout.trim();
          assert.match(url, /X-Amz-Credential=/);
          const res = await fetch(url);
          assert.equal(await res.text(), 'presigned content');
        } finally {
          writeFileSync(join(work, 'config'), '');
        }
      });
    } else {
      it('keeps objects across a restart', async () => {
        ok(await aws('s3', 'mb', 's3://durable'));
        writeFileSync(join(work, 'd.txt'), 'still here');
        ok(await aws('s3', 'cp', join(work, 'd.txt'), 's3://durable/d.txt'));
        await app.close();
        app = await start(dataDir());
        aws = cli(app.adminUrl);
        ok(await aws('s3', 'cp', 's3://durable/d.txt', join(work, 'd2.txt')));
        assert.equal(readFileSync(join(work, 'd2.txt'), 'utf8'), 'still here');
      });
    }
  });
}
