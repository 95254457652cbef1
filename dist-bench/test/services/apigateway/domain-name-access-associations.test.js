/**
 * Domain name access associations through the AWS SDK. Shapes and ARN formats follow the API
 * reference (API_GetDomainNameAccessAssociations.html sample) and the aws-cli examples
 * (create/delete/reject-domain-name-access-association.rst); no error text of these operations is
 * recorded against AWS (see src/services/apigateway/domain-name-access-associations.ts).
 */
import { CreateDomainNameAccessAssociationCommand, CreateDomainNameCommand, DeleteDomainNameAccessAssociationCommand, DeleteDomainNameCommand, GetDomainNameAccessAssociationsCommand, GetTagsCommand, RejectDomainNameAccessAssociationCommand, TagResourceCommand, UntagResourceCommand, } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ACCOUNT, sdkError, startTollgate } from '../../helpers/tollgate.js';
let t;
before(async () => {
    t = await startTollgate();
});
after(async () => {
    await t.close();
});
let n = 0;
async function privateDomain() {
    const d = await t.client.send(new CreateDomainNameCommand({
        domainName: `private${++n}.example.com`,
        certificateArn: 'arn:aws:acm:us-east-1:000000000000:certificate/p',
        endpointConfiguration: { types: ['PRIVATE'] },
    }));
    return { domainName: d.domainName, domainNameId: d.domainNameId, domainNameArn: d.domainNameArn };
}
const create = (input) => t.client.send(new CreateDomainNameAccessAssociationCommand({
    accessAssociationSourceType: 'VPCE',
    accessAssociationSource: 'vpce-abcd1234efg',
    domainNameArn: '',
    ...input,
}));
const list = (input = {}) => t.client.send(new GetDomainNameAccessAssociationsCommand(input));
const del = (arn) => t.client.send(new DeleteDomainNameAccessAssociationCommand({ domainNameAccessAssociationArn: arn }));
const strip = (r) => {
    const { $metadata: _m, ...rest } = r;
    return rest;
};
const assocArn = (d, vpce) => `arn:aws:apigateway:us-east-1:${ACCOUNT}:/domainnameaccessassociations/domainname/${d.domainName}+${d.domainNameId}/vpcesource/${vpce}`;
const bad = (message) => ({ name: 'BadRequestException', message, status: 400 });
const DOMAIN_NOT_FOUND = { name: 'NotFoundException', message: 'Invalid domain name identifier specified', status: 404 };
const ASSOC_NOT_FOUND = { name: 'NotFoundException', message: 'Invalid domain name access association identifier specified', status: 404 };
describe('CreateDomainNameAccessAssociation', () => {
    it('answers 201 with the association ARN, the domain ARN and the source; tags only when there are some', async () => {
        const d = await privateDomain();
        assert.match(d.domainNameArn, new RegExp(`^arn:aws:apigateway:us-east-1:${ACCOUNT}:/domainnames/${d.domainName}\\+[a-z0-9]+$`));
        const res = await create({ domainNameArn: d.domainNameArn });
        assert.equal(res.$metadata.httpStatusCode, 201);
        assert.deepEqual(strip(res), {
            domainNameAccessAssociationArn: assocArn(d, 'vpce-abcd1234efg'),
            domainNameArn: d.domainNameArn,
            accessAssociationSourceType: 'VPCE',
            accessAssociationSource: 'vpce-abcd1234efg',
        });
        const tagged = await create({
            domainNameArn: d.domainNameArn,
            accessAssociationSource: 'vpce-0123456789abcdef0',
            tags: { team: 'core' },
        });
        assert.deepEqual(tagged.tags, { team: 'core' });
        assert.equal(tagged.domainNameAccessAssociationArn, assocArn(d, 'vpce-0123456789abcdef0'));
    });
    it('refuses what it cannot associate', async () => {
        const d = await privateDomain();
        await create({ domainNameArn: d.domainNameArn });
        assert.deepEqual(await sdkError(create({ domainNameArn: d.domainNameArn })), {
            name: 'ConflictException',
            message: 'A domain name access association already exists for this domain name and access association source',
            status: 409,
        });
        // A public domain name's ARN (no account, no id) and garbage are not private domain ARNs.
        const pub = await t.client.send(new CreateDomainNameCommand({
            domainName: `public${++n}.example.com`,
            regionalCertificateArn: 'arn:aws:acm:us-east-1:000000000000:certificate/r',
            endpointConfiguration: { types: ['REGIONAL'] },
        }));
        assert.deepEqual(await sdkError(create({ domainNameArn: pub.domainNameArn })), bad('Invalid ARN specified in the request'));
        assert.deepEqual(await sdkError(create({ domainNameArn: 'not-an-arn' })), bad('Invalid ARN specified in the request'));
        // Well-formed, but not a domain name of this account and region.
        assert.deepEqual(await sdkError(create({ domainNameArn: `arn:aws:apigateway:us-east-1:${ACCOUNT}:/domainnames/nosuch.example.com+abcd1234` })), DOMAIN_NOT_FOUND);
        assert.deepEqual(await sdkError(create({ domainNameArn: `arn:aws:apigateway:us-east-1:${ACCOUNT}:/domainnames/${d.domainName}+wrongid123` })), DOMAIN_NOT_FOUND);
        assert.deepEqual(await sdkError(create({ domainNameArn: d.domainNameArn.replace(ACCOUNT, '111122223333') })), DOMAIN_NOT_FOUND);
        assert.deepEqual(await sdkError(create({ domainNameArn: d.domainNameArn.replace('us-east-1', 'eu-west-1') })), DOMAIN_NOT_FOUND);
        assert.deepEqual(await sdkError(create({ domainNameArn: d.domainNameArn, accessAssociationSource: 'sg-12345678' })), bad('Invalid VPC endpoint ID specified: sg-12345678'));
        assert.deepEqual(await sdkError(create({ domainNameArn: d.domainNameArn, accessAssociationSource: 'vpce-aaaa1111', tags: { 'aws:x': 'y' } })), bad("Invalid tag key. Tag keys cannot start with 'aws:' (case insensitive)"));
        assert.deepEqual(await sdkError(create({ domainNameArn: d.domainNameArn, accessAssociationSourceType: 'VPC' })), {
            name: 'ValidationException',
            status: 400,
            message: "1 validation error detected: Value 'VPC' at 'createDomainNameAccessAssociationInput.accessAssociationSourceType' failed to satisfy constraint: Member must satisfy enum value set: [VPCE]",
        });
    });
});
describe('GetDomainNameAccessAssociations', () => {
    it('lists the own associations (SELF or no resourceOwner), none from OTHER_ACCOUNTS, in pages', async () => {
        const server = await startTollgate();
        const saved = t;
        t = server;
        try {
            assert.deepEqual(strip(await list()), { items: [] });
            const d = await privateDomain();
            const a = await create({ domainNameArn: d.domainNameArn, accessAssociationSource: 'vpce-aaaa1111' });
            const b = await create({ domainNameArn: d.domainNameArn, accessAssociationSource: 'vpce-bbbb2222', tags: { k: 'v' } });
            const all = await list();
            assert.deepEqual(all.items, [strip(a), strip(b)]);
            assert.deepEqual((await list({ resourceOwner: 'SELF' })).items, all.items);
            assert.deepEqual(strip(await list({ resourceOwner: 'OTHER_ACCOUNTS' })), { items: [] });
            const first = await list({ limit: 1 });
            assert.deepEqual(first.items, [strip(a)]);
            const second = await list({ limit: 1, position: first.position });
            assert.deepEqual(second.items, [strip(b)]);
            assert.equal(second.position, undefined);
        }
        finally {
            t = saved;
            await server.close();
        }
    });
});
describe('Tags on domain name access associations', () => {
    it('GetTags, TagResource and UntagResource work on the association ARN (apigateway-tagging-supported-resources)', async () => {
        const d = await privateDomain();
        const arn = (await create({ domainNameArn: d.domainNameArn, tags: { a: '1' } })).domainNameAccessAssociationArn;
        assert.deepEqual((await t.client.send(new GetTagsCommand({ resourceArn: arn }))).tags, { a: '1' });
        await t.client.send(new TagResourceCommand({ resourceArn: arn, tags: { b: '2' } }));
        assert.deepEqual((await t.client.send(new GetTagsCommand({ resourceArn: arn }))).tags, { a: '1', b: '2' });
        assert.deepEqual((await list()).items.find((i) => i.domainNameAccessAssociationArn === arn)?.tags, { a: '1', b: '2' });
        await t.client.send(new UntagResourceCommand({ resourceArn: arn, tagKeys: ['a', 'b'] }));
        assert.deepEqual((await t.client.send(new GetTagsCommand({ resourceArn: arn }))).tags, {});
        assert.equal('tags' in ((await list()).items.find((i) => i.domainNameAccessAssociationArn === arn) ?? {}), false);
        assert.deepEqual(await sdkError(t.client.send(new GetTagsCommand({ resourceArn: assocArn(d, 'vpce-nosuch') }))), ASSOC_NOT_FOUND);
        assert.deepEqual(await sdkError(t.client.send(new TagResourceCommand({ resourceArn: arn.replace(ACCOUNT, '111122223333'), tags: { c: '3' } }))), ASSOC_NOT_FOUND);
    });
});
describe('DeleteDomainNameAccessAssociation', () => {
    it('answers 202, then 404', async () => {
        const d = await privateDomain();
        const arn = (await create({ domainNameArn: d.domainNameArn })).domainNameAccessAssociationArn;
        const res = await del(arn);
        assert.equal(res.$metadata.httpStatusCode, 202);
        assert.equal((await list()).items.some((i) => i.domainNameAccessAssociationArn === arn), false);
        assert.deepEqual(await sdkError(del(arn)), ASSOC_NOT_FOUND);
        assert.deepEqual(await sdkError(del('arn:aws:apigateway:us-east-1:000000000000:/domainnameaccessassociations/domainname/x+y/vpcesource/vpce-1')), ASSOC_NOT_FOUND);
        // The same association can be made again.
        assert.equal((await create({ domainNameArn: d.domainNameArn })).domainNameAccessAssociationArn, arn);
    });
});
describe('RejectDomainNameAccessAssociation', () => {
    it('refuses the account\'s own associations (DG: "You can\'t reject a domain name access association in your own account")', async () => {
        const d = await privateDomain();
        const arn = (await create({ domainNameArn: d.domainNameArn })).domainNameAccessAssociationArn;
        const reject = (domainNameAccessAssociationArn, domainNameArn) => t.client.send(new RejectDomainNameAccessAssociationCommand({ domainNameAccessAssociationArn, domainNameArn }));
        assert.deepEqual(await sdkError(reject(arn, d.domainNameArn)), bad("You can't reject a domain name access association in your own account. To stop resource sharing, delete the domain name access association."));
        const other = await privateDomain();
        assert.deepEqual(await sdkError(reject(arn, other.domainNameArn)), ASSOC_NOT_FOUND);
        assert.deepEqual(await sdkError(reject(assocArn(d, 'vpce-nosuch'), d.domainNameArn)), ASSOC_NOT_FOUND);
        assert.deepEqual(await sdkError(reject(arn, `arn:aws:apigateway:us-east-1:${ACCOUNT}:/domainnames/nosuch.example.com+abcd1234`)), DOMAIN_NOT_FOUND);
        assert.deepEqual(await sdkError(reject(arn, 'bad')), bad('Invalid ARN specified in the request'));
        // Nothing was rejected: the association is still there.
        assert.equal((await list()).items.some((i) => i.domainNameAccessAssociationArn === arn), true);
    });
});
describe('DeleteDomainName', () => {
    it("takes the domain's access associations with it", async () => {
        const d = await privateDomain();
        await create({ domainNameArn: d.domainNameArn });
        assert.equal((await list()).items.some((a) => a.domainNameArn === d.domainNameArn), true);
        await t.client.send(new DeleteDomainNameCommand({ domainName: d.domainName, domainNameId: d.domainNameId }));
        assert.equal((await list()).items.some((a) => a.domainNameArn === d.domainNameArn), false);
    });
});
//# sourceMappingURL=domain-name-access-associations.test.js.map