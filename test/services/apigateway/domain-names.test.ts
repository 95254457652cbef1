/**
 * DomainName operations through the AWS SDK. No AWS snapshot records these operations
 * (recorded-facts.md "Seed operations with no AWS snapshot"); expected texts cite their source in
 * src/services/apigateway/domain-names.ts.
 */
import {
  CreateBasePathMappingCommand,
  CreateDomainNameCommand,
  CreateRestApiCommand,
  DeleteDomainNameCommand,
  GetBasePathMappingsCommand,
  GetDomainNameCommand,
  GetDomainNamesCommand,
  GetTagsCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateDomainNameCommand,
  type CreateDomainNameCommandInput,
  type PatchOperation,
} from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { generateSelfSignedClientCertificate, type GeneratedCertificate } from '../../../src/services/apigateway/client-certificates.js';
import type { DomainName } from '../../../src/domain/domain-name.js';
import { ACCOUNT, raw, sdkError, startTollgate, type TestServer } from '../../helpers/tollgate.js';

let t: TestServer;
let certA: GeneratedCertificate;
let certB: GeneratedCertificate;
before(async () => {
  t = await startTollgate();
  [certA, certB] = await Promise.all([generateSelfSignedClientCertificate('a.example.com'), generateSelfSignedClientCertificate('b.example.com')]);
});
after(async () => {
  await t.close();
});

let n = 0;
const uniqueName = (): string => `api${++n}-${Date.now().toString(36)}.example.com`;
const create = (input: Partial<CreateDomainNameCommandInput> = {}) =>
  t.client.send(new CreateDomainNameCommand({ domainName: uniqueName(), certificateName: 'cert', ...input }));
const update = (domainName: string, patchOperations: PatchOperation[]) => t.client.send(new UpdateDomainNameCommand({ domainName, patchOperations }));
const get = (domainName: string) => t.client.send(new GetDomainNameCommand({ domainName }));
const bad = (message: string) => ({ name: 'BadRequestException', message, status: 400 });
const NOT_FOUND = { name: 'NotFoundException', message: 'Invalid domain name identifier specified', status: 404 };
const ARN = (name: string) => `arn:aws:apigateway:us-east-1::/domainnames/${name}`;

describe('CreateDomainName', () => {
  it('creates an edge-optimized name with a CloudFront distribution by default', async () => {
    const name = uniqueName();
    const res = await t.client.send(new CreateDomainNameCommand({ domainName: name, certificateName: 'my-cert' }));
    assert.equal(res.$metadata.httpStatusCode, 201);
    assert.equal(res.domainName, name);
    assert.equal(res.certificateName, 'my-cert');
    assert.match(res.distributionDomainName!, /^d[a-z0-9]{13}\.cloudfront\.net$/);
    assert.equal(res.distributionHostedZoneId, 'Z2FDTNDATAQYW2');
    assert.equal(res.domainNameStatus, 'AVAILABLE');
    assert.deepEqual(res.endpointConfiguration, { types: ['EDGE'], ipAddressType: 'ipv4' });
    assert.equal(res.securityPolicy, 'TLS_1_0');
    assert.equal(res.domainNameArn, ARN(name));
    for (const k of ['tags', 'regionalDomainName', 'regionalHostedZoneId', 'certificateUploadDate', 'domainNameId', 'mutualTlsAuthentication']) {
      assert.equal(k in res, false, k);
    }
  });

  it("creates a regional name with the region's execute-api hosted zone (general reference)", async () => {
    const res = await create({
      certificateName: undefined,
      regionalCertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc',
      endpointConfiguration: { types: ['REGIONAL'] },
    });
    assert.match(res.regionalDomainName!, /^d-[a-z0-9]{10}\.execute-api\.us-east-1\.amazonaws\.com$/);
    assert.equal(res.regionalHostedZoneId, 'Z1UJRXOUMOOFQ8');
    assert.equal(res.regionalCertificateArn, 'arn:aws:acm:us-east-1:123456789012:certificate/abc');
    assert.ok(res.certificateUploadDate instanceof Date);
    assert.equal('distributionDomainName' in res, false);
    const eu = t.clientFor('eu-west-1');
    const euRes = await eu.send(
      new CreateDomainNameCommand({
        domainName: uniqueName(),
        regionalCertificateName: 'c',
        endpointConfiguration: { types: ['REGIONAL'] },
      }),
    );
    assert.equal(euRes.regionalHostedZoneId, 'ZLY8HYME6SFDD');
    assert.match(euRes.regionalDomainName!, /\.execute-api\.eu-west-1\.amazonaws\.com$/);
    const ohio = await t.clientFor('us-east-2').send(
      new CreateDomainNameCommand({
        domainName: uniqueName(),
        regionalCertificateName: 'c',
        endpointConfiguration: { types: ['REGIONAL'] },
      }),
    );
    assert.equal(ohio.regionalHostedZoneId, 'ZOJJZC49E0EPZ');
  });

  it('stores an uploaded certificate, dates the upload and never returns the body, key or chain', async () => {
    const name = uniqueName();
    const res = await create({
      domainName: name,
      certificateName: 'uploaded',
      certificateBody: certA.pemEncodedCertificate,
      certificatePrivateKey: certA.privateKeyPem,
      certificateChain: certB.pemEncodedCertificate,
    });
    assert.ok(Math.abs(res.certificateUploadDate!.getTime() - Date.now()) < 5000);
    for (const k of ['certificateBody', 'certificatePrivateKey', 'certificateChain']) assert.equal(k in res, false, k);
    const stored = await t.app.store.get<DomainName>('domainname', 'us-east-1', name);
    assert.deepEqual(stored!.uploadedCertificate, {
      body: certA.pemEncodedCertificate,
      privateKey: certA.privateKeyPem,
      chain: certB.pemEncodedCertificate,
    });
    for (const path of [`/domainnames/${name}`, '/domainnames?limit=500']) {
      const r = await raw(t.app.adminUrl, 'GET', path);
      assert.equal(r.status, 200);
      assert.equal(r.text.includes('BEGIN'), false, path);
      assert.equal(/certificateBody|PrivateKey|certificateChain|uploadedCertificate/.test(r.text), false, path);
    }
    const updated = await raw(
      t.app.adminUrl,
      'PATCH',
      `/domainnames/${name}`,
      JSON.stringify({ patchOperations: [{ op: 'replace', path: '/certificateName', value: 'renamed' }] }),
    );
    assert.equal(updated.status, 200);
    assert.equal(updated.text.includes('BEGIN'), false);
  });

  it('checks an uploaded certificate and its private key', async () => {
    const cases: [Partial<CreateDomainNameCommandInput>, string][] = [
      [
        { certificateBody: 'not a certificate', certificatePrivateKey: certA.privateKeyPem },
        'Invalid certificate body: it must be a PEM-encoded X.509 certificate',
      ],
      [{ certificateBody: certA.pemEncodedCertificate }, 'A certificate private key is required with a certificate body'],
      [
        { certificateBody: certA.pemEncodedCertificate, certificatePrivateKey: 'garbage' },
        'Invalid certificate private key: it must be a PEM-encoded private key',
      ],
      [
        { certificateBody: certA.pemEncodedCertificate, certificatePrivateKey: certB.privateKeyPem },
        'The certificate private key does not match the certificate body',
      ],
      [{ certificatePrivateKey: certA.privateKeyPem }, 'A certificate body is required when a certificate private key or chain is given'],
      [
        { certificateBody: certA.pemEncodedCertificate, certificatePrivateKey: certA.privateKeyPem, certificateChain: 'nope' },
        'Invalid certificate chain: it must be PEM-encoded X.509 certificates',
      ],
    ];
    for (const [input, message] of cases) {
      const name = uniqueName();
      assert.deepEqual(await sdkError(create({ domainName: name, ...input })), bad(message), message);
      assert.deepEqual(await sdkError(get(name)), NOT_FOUND);
    }
  });

  it('rejects an empty name and a taken name (Miserlou/Zappa#1410)', async () => {
    assert.deepEqual(await sdkError(create({ domainName: '' })), bad('No Domain Name specified'));
    const first = await create();
    assert.deepEqual(await sdkError(create({ domainName: first.domainName })), bad('The domain name you provided already exists.'));
  });

  it('applies the endpoint configuration rules of CreateRestApi (F6, F9–F11)', async () => {
    assert.deepEqual(
      await sdkError(create({ endpointConfiguration: { types: [] } })),
      bad('REGIONAL Configuration and EDGE Configuration cannot be both DISABLED.'),
    );
    assert.deepEqual(
      await sdkError(create({ endpointConfiguration: { types: ['EDGE', 'REGIONAL'] } })),
      bad('Cannot create an api with multiple Endpoint Types.'),
    );
    assert.deepEqual(
      await sdkError(create({ endpointConfiguration: { types: ['PRIVATE'], ipAddressType: 'ipv4' } })),
      bad('Only dualstack ipAddressType is supported for Private APIs.'),
    );
    const v = await sdkError(create({ endpointConfiguration: { types: ['SIDEWAYS' as 'EDGE'] } }));
    assert.equal(v.name, 'ValidationException');
    assert.match(v.message, /createDomainNameInput\.endpointConfiguration\.types/);
    const sp = await sdkError(create({ securityPolicy: 'TLS_9' as 'TLS_1_2' }));
    assert.equal(sp.name, 'ValidationException');
    assert.match(sp.message, /^1 validation error detected: Value 'TLS_9' at 'createDomainNameInput\.securityPolicy'/);
    const dual = await create({
      endpointConfiguration: { types: ['REGIONAL'], ipAddressType: 'dualstack' },
      certificateName: undefined,
      regionalCertificateName: 'r',
    });
    assert.deepEqual(dual.endpointConfiguration, { types: ['REGIONAL'], ipAddressType: 'dualstack' });
  });

  it('creates a private name with an id, an account ARN and TLS 1.2', async () => {
    const name = uniqueName();
    const res = await create({
      domainName: name,
      certificateName: undefined,
      certificateArn: 'arn:aws:acm:us-east-1:1:certificate/p',
      endpointConfiguration: { types: ['PRIVATE'] },
      policy: '{"Statement":[]}',
    });
    assert.match(res.domainNameId!, /^[a-z0-9]{10}$/);
    assert.equal(res.domainNameArn, `arn:aws:apigateway:us-east-1:${ACCOUNT}:/domainnames/${name}+${res.domainNameId}`);
    assert.deepEqual(res.endpointConfiguration, { types: ['PRIVATE'], ipAddressType: 'dualstack' });
    assert.equal(res.securityPolicy, 'TLS_1_2');
    assert.equal(res.policy, '{"Statement":[]}');
    assert.equal('regionalDomainName' in res || 'distributionDomainName' in res, false);
    assert.equal((await t.client.send(new GetDomainNameCommand({ domainName: name, domainNameId: res.domainNameId }))).domainNameId, res.domainNameId);
    assert.deepEqual(await sdkError(t.client.send(new GetDomainNameCommand({ domainName: name, domainNameId: 'otherid123' }))), NOT_FOUND);
  });

  it('echoes mutual TLS, ownership verification, security policy and tags', async () => {
    const res = await create({
      endpointConfiguration: { types: ['REGIONAL'] },
      certificateName: undefined,
      regionalCertificateArn: 'arn:aws:acm:us-east-1:1:certificate/r',
      securityPolicy: 'TLS_1_2',
      mutualTlsAuthentication: { truststoreUri: 's3://bucket/truststore.pem', truststoreVersion: 'v1' },
      ownershipVerificationCertificateArn: 'arn:aws:acm:us-east-1:1:certificate/o',
      tags: { team: 'core' },
    });
    assert.deepEqual(res.mutualTlsAuthentication, { truststoreUri: 's3://bucket/truststore.pem', truststoreVersion: 'v1' });
    assert.equal(res.ownershipVerificationCertificateArn, 'arn:aws:acm:us-east-1:1:certificate/o');
    assert.equal(res.securityPolicy, 'TLS_1_2');
    assert.deepEqual(res.tags, { team: 'core' });
    assert.deepEqual((await get(res.domainName!)).tags, { team: 'core' });
    assert.deepEqual(await sdkError(create({ tags: { 'aws:x': 'y' } })), bad("Invalid tag key. Tag keys cannot start with 'aws:' (case insensitive)"));
  });
});

describe('GetDomainName', () => {
  it('adds tags:{} and ignores domainNameId for a public name', async () => {
    const res = await create();
    const got = await t.client.send(new GetDomainNameCommand({ domainName: res.domainName, domainNameId: 'ignored' }));
    assert.deepEqual(got.tags, {});
    assert.equal(got.distributionDomainName, res.distributionDomainName);
    assert.deepEqual(await sdkError(get('nosuch.example.com')), NOT_FOUND);
  });

  it('keeps names per region', async () => {
    const res = await create();
    assert.deepEqual(await sdkError(t.clientFor('eu-west-1').send(new GetDomainNameCommand({ domainName: res.domainName }))), NOT_FOUND);
  });
});

describe('GetDomainNames', () => {
  it('pages through the names and leaves empty tags out of items', async () => {
    const c = t.clientFor('ap-south-1');
    const names = [uniqueName(), uniqueName(), uniqueName()];
    for (const name of names)
      await c.send(new CreateDomainNameCommand({ domainName: name, certificateName: 'c', tags: name === names[2] ? { k: 'v' } : undefined }));
    const first = await c.send(new GetDomainNamesCommand({ limit: 2 }));
    assert.deepEqual(
      first.items!.map((d) => d.domainName),
      names.slice(0, 2),
    );
    assert.ok(first.position);
    assert.equal('tags' in first.items![0], false);
    const second = await c.send(new GetDomainNamesCommand({ limit: 2, position: first.position }));
    assert.deepEqual(
      second.items!.map((d) => d.domainName),
      names.slice(2),
    );
    assert.deepEqual(second.items![0].tags, { k: 'v' });
    assert.equal(second.position, undefined);
    assert.equal((await c.send(new GetDomainNamesCommand({ resourceOwner: 'SELF' }))).items!.length, 3);
    assert.deepEqual((await c.send(new GetDomainNamesCommand({ resourceOwner: 'OTHER_ACCOUNTS' }))).items, []);
    assert.deepEqual(await sdkError(c.send(new GetDomainNamesCommand({ position: 'garbage!' }))), bad('Invalid position parameter'));
  });
});

describe('UpdateDomainName', () => {
  it('answers 404 for an unknown name', async () => {
    assert.deepEqual(await sdkError(update('nosuch.example.com', [{ op: 'replace', path: '/certificateName', value: 'x' }])), NOT_FOUND);
  });

  it('adds, replaces and removes certificates, but not add and remove together', async () => {
    const d = await create();
    let res = await update(d.domainName!, [
      { op: 'replace', path: '/certificateName', value: 'renamed' },
      { op: 'add', path: '/certificateArn', value: 'arn:aws:acm:us-east-1:1:certificate/e' },
    ]);
    assert.equal(res.certificateName, 'renamed');
    assert.equal(res.certificateArn, 'arn:aws:acm:us-east-1:1:certificate/e');
    assert.ok(res.certificateUploadDate instanceof Date);
    assert.deepEqual(res.tags, {});
    res = await update(d.domainName!, [{ op: 'remove', path: '/certificateName' }]);
    assert.equal('certificateName' in res, false);
    assert.deepEqual(
      await sdkError(
        update(d.domainName!, [
          { op: 'add', path: '/regionalCertificateArn', value: 'arn:x' },
          { op: 'remove', path: '/certificateArn' },
        ]),
      ),
      bad('Certificate add and remove operations cannot be combined in one request'),
    );
  });

  it('migrates between edge-optimized and regional by adding and removing types', async () => {
    const d = await create();
    let res = await update(d.domainName!, [
      { op: 'add', path: '/endpointConfiguration/types', value: 'REGIONAL' },
      { op: 'add', path: '/regionalCertificateArn', value: 'arn:aws:acm:us-east-1:1:certificate/r' },
    ]);
    assert.deepEqual(res.endpointConfiguration!.types, ['EDGE', 'REGIONAL']);
    assert.equal(res.distributionDomainName, d.distributionDomainName);
    assert.match(res.regionalDomainName!, /^d-[a-z0-9]{10}\.execute-api\.us-east-1\.amazonaws\.com$/);
    assert.equal(res.regionalHostedZoneId, 'Z1UJRXOUMOOFQ8');
    res = await update(d.domainName!, [{ op: 'remove', path: '/endpointConfiguration/types', value: 'EDGE' }]);
    assert.deepEqual(res.endpointConfiguration!.types, ['REGIONAL']);
    assert.equal('distributionDomainName' in res || 'distributionHostedZoneId' in res, false);
    assert.deepEqual(
      await sdkError(update(d.domainName!, [{ op: 'remove', path: '/endpointConfiguration/types', value: 'REGIONAL' }])),
      bad('REGIONAL Configuration and EDGE Configuration cannot be both DISABLED.'),
    );
    assert.deepEqual(
      await sdkError(update(d.domainName!, [{ op: 'add', path: '/endpointConfiguration/types', value: 'PRIVATE' }])),
      bad('Cannot migrate between a public and a private custom domain name'),
    );
    assert.deepEqual(
      await sdkError(update(d.domainName!, [{ op: 'add', path: '/endpointConfiguration/types', value: 'UP' }])),
      bad('Invalid EndpointTypes specified. Valid options are REGIONAL,EDGE,PRIVATE'),
    );
    assert.deepEqual(
      await sdkError(update(d.domainName!, [{ op: 'replace', path: '/endpointConfiguration/types', value: 'EDGE' }])),
      bad("Invalid patch path  '/endpointConfiguration/types' specified for op 'replace'. Please choose supported operations"),
    );
  });

  it('replaces one endpoint type in place by index or name, as terraform-provider-aws sends it (not recorded)', async () => {
    const d = await create();
    let res = await update(d.domainName!, [
      { op: 'replace', path: '/endpointConfiguration/types/0', value: 'REGIONAL' },
      { op: 'add', path: '/regionalCertificateArn', value: 'arn:aws:acm:us-east-1:1:certificate/r' },
    ]);
    assert.deepEqual(res.endpointConfiguration!.types, ['REGIONAL']);
    assert.equal('distributionDomainName' in res, false);
    assert.match(res.regionalDomainName!, /\.execute-api\.us-east-1\.amazonaws\.com$/);
    res = await update(d.domainName!, [{ op: 'replace', path: '/endpointConfiguration/types/REGIONAL', value: 'EDGE' }]);
    assert.deepEqual(res.endpointConfiguration!.types, ['EDGE']);
    assert.equal('regionalDomainName' in res, false);
    assert.deepEqual(
      await sdkError(update(d.domainName!, [{ op: 'replace', path: '/endpointConfiguration/types/0', value: 'PRIVATE' }])),
      bad('Cannot migrate between a public and a private custom domain name'),
    );
    assert.deepEqual(
      await sdkError(update(d.domainName!, [{ op: 'replace', path: '/endpointConfiguration/types/0', value: 'UP' }])),
      bad('Invalid EndpointTypes specified. Valid options are REGIONAL,EDGE,PRIVATE'),
    );
  });

  it('replaces the security policy, access mode, routing mode and address type', async () => {
    const d = await create();
    const res = await update(d.domainName!, [
      { op: 'replace', path: '/securityPolicy', value: 'TLS_1_2' },
      { op: 'replace', path: '/endpointAccessMode', value: 'STRICT' },
      { op: 'replace', path: '/routingMode', value: 'BASE_PATH_MAPPING_ONLY' },
      { op: 'replace', path: '/endpointConfiguration/ipAddressType', value: 'dualstack' },
    ]);
    assert.equal(res.securityPolicy, 'TLS_1_2');
    assert.equal(res.endpointAccessMode, 'STRICT');
    assert.equal(res.routingMode, 'BASE_PATH_MAPPING_ONLY');
    assert.equal(res.endpointConfiguration!.ipAddressType, 'dualstack');
    const cases: [PatchOperation, string][] = [
      [{ op: 'replace', path: '/securityPolicy', value: 'TLS_9' }, 'Invalid security policy specified: TLS_9'],
      [{ op: 'replace', path: '/endpointAccessMode', value: 'LOOSE' }, 'Invalid endpoint access mode specified: LOOSE'],
      [{ op: 'replace', path: '/routingMode', value: 'ANY' }, 'Invalid routing mode specified: ANY'],
      [{ op: 'replace', path: '/endpointConfiguration/ipAddressType', value: 'ipv6' }, 'ipAddressType must be either ipv4 or dualstack.'],
      [{ op: 'replace', path: '/policy', value: '{}' }, 'policy can only be set on a private custom domain name'],
      [{ op: 'replace', path: '/managementPolicy', value: '{}' }, 'managementPolicy can only be set on a private custom domain name'],
    ];
    for (const [op, message] of cases) assert.deepEqual(await sdkError(update(d.domainName!, [op])), bad(message), message);
  });

  it('sets and clears mutual TLS and the ownership verification certificate', async () => {
    const d = await create();
    let res = await update(d.domainName!, [
      { op: 'add', path: '/mutualTlsAuthentication/truststoreUri', value: 's3://b/t.pem' },
      { op: 'replace', path: '/mutualTlsAuthentication/truststoreVersion', value: '3' },
      { op: 'add', path: '/ownershipVerificationCertificateArn', value: 'arn:o' },
    ]);
    assert.deepEqual(res.mutualTlsAuthentication, { truststoreUri: 's3://b/t.pem', truststoreVersion: '3' });
    assert.equal(res.ownershipVerificationCertificateArn, 'arn:o');
    res = await update(d.domainName!, [
      { op: 'remove', path: '/mutualTlsAuthentication/truststoreUri' },
      { op: 'remove', path: '/ownershipVerificationCertificateArn' },
    ]);
    assert.equal('mutualTlsAuthentication' in res || 'ownershipVerificationCertificateArn' in res, false);
  });

  it("updates a private name's policy", async () => {
    const d = await create({ certificateName: undefined, certificateArn: 'arn:p', endpointConfiguration: { types: ['PRIVATE'] } });
    const res = await t.client.send(
      new UpdateDomainNameCommand({
        domainName: d.domainName,
        domainNameId: d.domainNameId,
        patchOperations: [{ op: 'replace', path: '/policy', value: '{"a":1}' }],
      }),
    );
    assert.equal(res.policy, '{"a":1}');
    assert.deepEqual(
      await sdkError(update(d.domainName!, [{ op: 'replace', path: '/endpointConfiguration/ipAddressType', value: 'ipv4' }])),
      bad('Only dualstack ipAddressType is supported for Private APIs.'),
    );
  });

  it('names the allowed paths for an unknown one and applies all operations or none', async () => {
    const d = await create();
    const err = await sdkError(update(d.domainName!, [{ op: 'replace', path: '/domainName', value: 'x' }]));
    assert.equal(err.name, 'BadRequestException');
    assert.match(err.message, /^Invalid patch path {2}'\/domainName' specified for op 'replace'\. Must be one of: \[\/certificateName, \/certificateArn, /);
    assert.equal(
      (
        await sdkError(
          update(d.domainName!, [
            { op: 'replace', path: '/certificateName', value: 'changed' },
            { op: 'replace', path: '/securityPolicy', value: 'nope' },
          ]),
        )
      ).status,
      400,
    );
    assert.equal((await get(d.domainName!)).certificateName, 'cert');
  });
});

describe('DeleteDomainName', () => {
  it('answers 202 and takes the base path mappings with it', async () => {
    const d = await create();
    const api = await t.client.send(new CreateRestApiCommand({ name: 'mapped' }));
    await t.client.send(new CreateBasePathMappingCommand({ domainName: d.domainName, restApiId: api.id, basePath: 'v1' }));
    const res = await t.client.send(new DeleteDomainNameCommand({ domainName: d.domainName }));
    assert.equal(res.$metadata.httpStatusCode, 202);
    assert.deepEqual(await sdkError(get(d.domainName!)), NOT_FOUND);
    assert.deepEqual(await sdkError(t.client.send(new DeleteDomainNameCommand({ domainName: d.domainName }))), NOT_FOUND);
    await create({ domainName: d.domainName });
    assert.deepEqual((await t.client.send(new GetBasePathMappingsCommand({ domainName: d.domainName }))).items, []);
  });
});

describe('tags on domain names', () => {
  it('agree between TagResource, UntagResource, GetTags and GetDomainName', async () => {
    const d = await create({ tags: { a: '1' } });
    const resourceArn = ARN(d.domainName!);
    const tag = await t.client.send(new TagResourceCommand({ resourceArn, tags: { b: '2' } }));
    assert.equal(tag.$metadata.httpStatusCode, 204);
    assert.deepEqual((await t.client.send(new GetTagsCommand({ resourceArn }))).tags, { a: '1', b: '2' });
    await t.client.send(new UntagResourceCommand({ resourceArn, tagKeys: ['a'] }));
    assert.deepEqual((await get(d.domainName!)).tags, { b: '2' });
    assert.deepEqual(await sdkError(t.client.send(new GetTagsCommand({ resourceArn: ARN('nosuch.example.com') }))), NOT_FOUND);
    assert.deepEqual(await sdkError(t.client.send(new TagResourceCommand({ resourceArn: ARN('nosuch.example.com'), tags: { x: 'y' } }))), NOT_FOUND);
  });
});
