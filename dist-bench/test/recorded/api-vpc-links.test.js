/**
 * Replays test_apigateway_api.py::TestApiGatewayVpcLink: a VPC link's lifecycle (PENDING, then
 * AVAILABLE), and AWS's refusals.
 */
import { CreateVpcLinkCommand, DeleteVpcLinkCommand, GetVpcLinkCommand, GetVpcLinksCommand, UpdateVpcLinkCommand } from '@aws-sdk/client-api-gateway';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { A, assertLike, body, rec, recordedError } from '../helpers/recorded.js';
import { ACCOUNT, startTollgate } from '../helpers/tollgate.js';
let t;
before(async () => {
    t = await startTollgate();
});
after(async () => {
    await t.close();
});
const NO_LINK = { Code: 'NotFoundException', Message: 'Invalid Vpc Link identifier specified', HTTPStatusCode: 404 };
const badRequest = (Message) => ({ Code: 'BadRequestException', Message, HTTPStatusCode: 400 });
describe('TestApiGatewayVpcLink', () => {
    it(rec('test_apigateway_api.py::TestApiGatewayVpcLink::test_vpc_link_lifecycle', 'nlb-arn', 'create_vpc_link', 'get_vpc_link', 'get_vpc_links', 'update_vpc_link', 'delete_vpc_link'), async () => {
        // [nlb-arn]: the network load balancer the link targets (the recorded test's own value off AWS).
        const nlb = `arn:aws:elasticloadbalancing:us-east-1:${ACCOUNT}:loadbalancer/net/my-load-balancer/50dc6c495c0c9188`;
        const name = 'test-vpc-link-1';
        const created = await t.client.send(new CreateVpcLinkCommand({ name, targetArns: [nlb] }));
        assert.equal(created.$metadata.httpStatusCode, 202);
        // Created PENDING, without a status message, and without tags.
        assertLike(body(created), { id: A.shortId, name, status: 'PENDING', targetArns: [nlb] });
        const vpcLinkId = created.id;
        // The recorded test polls until the link is AVAILABLE.
        let got = await t.client.send(new GetVpcLinkCommand({ vpcLinkId }));
        for (let i = 0; i < 50 && got.status !== 'AVAILABLE'; i++) {
            await sleep(100);
            got = await t.client.send(new GetVpcLinkCommand({ vpcLinkId }));
        }
        assert.equal(got.$metadata.httpStatusCode, 200);
        const available = { id: vpcLinkId, name, status: 'AVAILABLE', statusMessage: 'Your vpc link is ready for use', targetArns: [nlb] };
        // Get and Update answer `tags: {}`; the list's items have no tags.
        assertLike(body(got), { ...available, tags: {} });
        const list = await t.client.send(new GetVpcLinksCommand({}));
        assertLike({ ...body(list), items: list.items.filter((l) => l.id === vpcLinkId) }, { items: [available] });
        const updated = await t.client.send(new UpdateVpcLinkCommand({ vpcLinkId, patchOperations: [{ op: 'replace', path: '/name', value: `${name}-updated` }] }));
        assert.equal(updated.$metadata.httpStatusCode, 200);
        assertLike(body(updated), { ...available, name: `${name}-updated`, tags: {} });
        const del = await t.client.send(new DeleteVpcLinkCommand({ vpcLinkId }));
        assert.equal(del.$metadata.httpStatusCode, 202);
        assertLike(body(del), {});
        // The recorded test waits until the link is gone (or DELETED).
        assert.deepEqual(await recordedError(t.client.send(new GetVpcLinkCommand({ vpcLinkId }))), NO_LINK);
    });
    it(rec('test_apigateway_api.py::TestApiGatewayVpcLink::test_create_vpc_link_invalid_parameters', 'create_vpc_link_invalid_target_arn', 'create_vpc_link_empty_name'), async () => {
        assert.deepEqual(await recordedError(t.client.send(new CreateVpcLinkCommand({ name: 'test-vpc-link-2', targetArns: ['invalid-arn'] }))), badRequest('Invalid ARN. ARN is not well formed invalid-arn'));
        assert.deepEqual(await recordedError(t.client.send(new CreateVpcLinkCommand({ name: '', targetArns: [] }))), badRequest('Name cannot be empty'));
    });
    it(rec('test_apigateway_api.py::TestApiGatewayVpcLink::test_get_vpc_link_invalid_id', 'get_vpc_link_invalid_id'), async () => {
        assert.deepEqual(await recordedError(t.client.send(new GetVpcLinkCommand({ vpcLinkId: 'invalid-id' }))), NO_LINK);
    });
    it(rec('test_apigateway_api.py::TestApiGatewayVpcLink::test_delete_vpc_link_invalid_id', 'delete_vpc_link_invalid_id'), async () => {
        assert.deepEqual(await recordedError(t.client.send(new DeleteVpcLinkCommand({ vpcLinkId: 'invalid-id' }))), NO_LINK);
    });
    it(rec('test_apigateway_api.py::TestApiGatewayVpcLink::test_update_vpc_link_invalid_id', 'update_vpc_link_invalid_id'), async () => {
        assert.deepEqual(await recordedError(t.client.send(new UpdateVpcLinkCommand({
            vpcLinkId: 'invalid-id',
            patchOperations: [{ op: 'replace', path: '/name', value: 'new-name' }],
        }))), NO_LINK);
    });
});
//# sourceMappingURL=api-vpc-links.test.js.map