/**
 * VPC links through the AWS SDK (peer-localstack F82; AWS CLI examples update-vpc-link.rst).
 */
import { CreateVpcLinkCommand, DeleteVpcLinkCommand, GetTagsCommand, GetVpcLinkCommand, GetVpcLinksCommand, TagResourceCommand, UntagResourceCommand, UpdateVpcLinkCommand, } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sdkError, startTollgate } from '../../helpers/tollgate.js';
let t;
before(async () => {
    t = await startTollgate();
});
after(async () => {
    await t.close();
});
const NLB = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/my-lb/12a456s89aaa12345';
const create = (input = {}) => t.client.send(new CreateVpcLinkCommand({ name: 'link', targetArns: [NLB], ...input }));
const strip = (r) => {
    const { $metadata: _, ...rest } = r;
    return rest;
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const bad = (message) => ({ name: 'BadRequestException', message, status: 400 });
describe('CreateVpcLink', () => {
    it('answers 202 PENDING, then the link reads AVAILABLE (F82)', async () => {
        const res = await create({ description: 'd' });
        assert.equal(res.$metadata.httpStatusCode, 202);
        assert.match(res.id, /^[a-z0-9]{6}$/);
        assert.deepEqual(strip(res), { id: res.id, name: 'link', description: 'd', targetArns: [NLB], status: 'PENDING' });
        const early = await t.client.send(new GetVpcLinkCommand({ vpcLinkId: res.id }));
        assert.equal(early.status, 'PENDING');
        assert.deepEqual(early.tags, {});
        await sleep(1100);
        const got = await t.client.send(new GetVpcLinkCommand({ vpcLinkId: res.id }));
        assert.deepEqual(strip(got), {
            id: res.id,
            name: 'link',
            description: 'd',
            targetArns: [NLB],
            status: 'AVAILABLE',
            statusMessage: 'Your vpc link is ready for use',
            tags: {},
        });
    });
    it('echoes tags only when there are some, and keeps them with GetTags/TagResource', async () => {
        const res = await create({ tags: { team: 'core' } });
        assert.deepEqual(res.tags, { team: 'core' });
        assert.equal('tags' in (await create({ tags: {} })), false);
        const arn = `arn:aws:apigateway:us-east-1::/vpclinks/${res.id}`;
        assert.deepEqual((await t.client.send(new GetTagsCommand({ resourceArn: arn }))).tags, { team: 'core' });
        await t.client.send(new TagResourceCommand({ resourceArn: arn, tags: { env: 'dev' } }));
        assert.deepEqual((await t.client.send(new GetVpcLinkCommand({ vpcLinkId: res.id }))).tags, { team: 'core', env: 'dev' });
        await t.client.send(new UntagResourceCommand({ resourceArn: arn, tagKeys: ['team'] }));
        assert.deepEqual((await t.client.send(new GetTagsCommand({ resourceArn: arn }))).tags, { env: 'dev' });
    });
    it('refuses an empty name, ill-formed target ARNs and bad tags (LS-snap test_create_vpc_link_invalid_parameters)', async () => {
        assert.deepEqual(await sdkError(create({ name: '' })), bad('Name cannot be empty'));
        for (const arn of ['invalid-arn', 'elb:target:arn', 'arn:aws:elasticloadbalancing:us-east-1:123456789012:']) {
            assert.deepEqual(await sdkError(create({ targetArns: [NLB, arn] })), bad(`Invalid ARN. ARN is not well formed ${arn}`));
        }
        assert.deepEqual(await sdkError(create({ tags: { 'aws:x': '1' } })), bad("Invalid tag key. Tag keys cannot start with 'aws:' (case insensitive)"));
        const missing = await sdkError(t.client.send(new CreateVpcLinkCommand({ name: 'x' })));
        assert.equal(missing.name, 'ValidationException');
    });
    it('accepts any well-formed target ARNs, as many as given: AWS checks the load balancer while provisioning, not on create', async () => {
        const alb = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/my-alb/1234';
        assert.deepEqual((await create({ targetArns: [alb] })).targetArns, [alb]);
        assert.deepEqual((await create({ targetArns: [NLB, NLB] })).targetArns, [NLB, NLB]);
        assert.deepEqual((await create({ targetArns: [] })).targetArns, []);
    });
    it('enforces 20 VPC links per region with --aws-limits', async () => {
        const limited = await startTollgate(['--aws-limits']);
        try {
            for (let i = 0; i < 20; i++)
                await limited.client.send(new CreateVpcLinkCommand({ name: `l${i}`, targetArns: [NLB] }));
            assert.deepEqual(await sdkError(limited.client.send(new CreateVpcLinkCommand({ name: 'l20', targetArns: [NLB] }))), {
                name: 'LimitExceededException',
                message: 'Maximum number of VPC links (20) reached for this account and region',
                status: 429,
            });
        }
        finally {
            await limited.close();
        }
    });
});
describe('GetVpcLink', () => {
    it('answers 404 for an unknown id (F82)', async () => {
        assert.deepEqual(await sdkError(t.client.send(new GetVpcLinkCommand({ vpcLinkId: 'nope00' }))), {
            name: 'NotFoundException',
            message: 'Invalid Vpc Link identifier specified',
            status: 404,
        });
        const link = await create();
        assert.equal((await sdkError(t.clientFor('eu-west-1').send(new GetVpcLinkCommand({ vpcLinkId: link.id })))).status, 404);
    });
});
describe('GetVpcLinks', () => {
    it('lists links without empty tags, paginated', async () => {
        const eu = t.clientFor('eu-west-2');
        const ids = [];
        for (let i = 0; i < 3; i++)
            ids.push((await eu.send(new CreateVpcLinkCommand({ name: `l${i}`, targetArns: [NLB], tags: i === 0 ? { a: 'b' } : undefined }))).id);
        const all = await eu.send(new GetVpcLinksCommand({}));
        assert.deepEqual(all.items.map((l) => l.id), ids);
        assert.deepEqual(all.items[0].tags, { a: 'b' });
        assert.equal('tags' in all.items[1], false);
        const p1 = await eu.send(new GetVpcLinksCommand({ limit: 2 }));
        assert.deepEqual(p1.items.map((l) => l.id), ids.slice(0, 2));
        const p2 = await eu.send(new GetVpcLinksCommand({ limit: 2, position: p1.position }));
        assert.deepEqual(p2.items.map((l) => l.id), ids.slice(2));
        assert.equal(p2.position, undefined);
    });
});
describe('UpdateVpcLink', () => {
    it('replaces /name and /description and answers with tags:{} (update-vpc-link.rst)', async () => {
        const link = await create();
        const res = await t.client.send(new UpdateVpcLinkCommand({
            vpcLinkId: link.id,
            patchOperations: [
                { op: 'replace', path: '/name', value: 'my-vpc-link' },
                { op: 'replace', path: '/description', value: 'My custom description' },
            ],
        }));
        assert.equal(res.name, 'my-vpc-link');
        assert.equal(res.description, 'My custom description');
        assert.deepEqual(res.tags, {});
        assert.deepEqual(res.targetArns, [NLB]);
        const cleared = await t.client.send(new UpdateVpcLinkCommand({ vpcLinkId: link.id, patchOperations: [{ op: 'replace', path: '/description', value: '' }] }));
        assert.equal('description' in cleared, false);
        assert.deepEqual(await sdkError(t.client.send(new UpdateVpcLinkCommand({ vpcLinkId: link.id, patchOperations: [{ op: 'replace', path: '/targetArns', value: NLB }] }))), bad("Invalid patch path  '/targetArns' specified for op 'replace'. Must be one of: [/name, /description]"));
        assert.deepEqual(await sdkError(t.client.send(new UpdateVpcLinkCommand({ vpcLinkId: link.id, patchOperations: [{ op: 'remove', path: '/name' }] }))), bad("Invalid patch path  '/name' specified for op 'remove'. Please choose supported operations"));
        assert.equal((await sdkError(t.client.send(new UpdateVpcLinkCommand({ vpcLinkId: 'nope00', patchOperations: [] })))).status, 404);
    });
});
describe('DeleteVpcLink', () => {
    it('answers 202, then 404 (F82)', async () => {
        const link = await create();
        assert.equal((await t.client.send(new DeleteVpcLinkCommand({ vpcLinkId: link.id }))).$metadata.httpStatusCode, 202);
        assert.deepEqual(await sdkError(t.client.send(new DeleteVpcLinkCommand({ vpcLinkId: link.id }))), {
            name: 'NotFoundException',
            message: 'Invalid Vpc Link identifier specified',
            status: 404,
        });
        assert.equal((await sdkError(t.client.send(new GetVpcLinkCommand({ vpcLinkId: link.id })))).status, 404);
    });
});
//# sourceMappingURL=vpc-links.test.js.map