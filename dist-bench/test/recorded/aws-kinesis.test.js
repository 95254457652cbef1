/**
 * Recorded Kinesis integrations (test_apigateway_kinesis.py): `arn:aws:apigateway:{region}:kinesis:action/PutRecord`
 * and `…/PutRecords` with the recorded request templates, against a real Kinesis emulator (kinesalite)
 * on 127.0.0.1 that Tollgate reaches through `--aws-endpoint kinesis=URL`. The client posts JSON
 * (`Content-Type: application/json`), which Kinesis refuses (kinesalite, like Kinesis, answers 404
 * UnknownOperationException): API Gateway sends Kinesis's own protocol type.
 */
import { after, before, it } from 'node:test';
import { addResource, deploy, newApi, putMethod, putResponse } from '../helpers/apis.js';
import { jsonCall, startKinesalite } from '../helpers/aws-services.js';
import { callApi, requestsHeaders } from '../helpers/recorded-invoke.js';
import { A, assertLike, rec } from '../helpers/recorded.js';
import { startTollgate } from '../helpers/tollgate.js';
const ROLE = 'arn:aws:iam::000000000000:role/role-apigw-kinesis';
const PUT_RECORDS = `{
    "StreamName": "%s",
    "Records": [
        #set( $numRecords = $input.path('$.records').size() )
        #if($numRecords > 0)
            #set( $maxIndex = $numRecords - 1 )
            #foreach( $idx in [0..$maxIndex] )
                #set( $elem = $input.path("$.records[\${idx}]") )
                #set( $elemJsonB64 = $util.base64Encode($elem.data) )
                {
                    "Data": "$elemJsonB64",
                    "PartitionKey": #if( $foo.bar.stuff != '')"$elem.partitionKey"#else"$elemJsonB64.length()"#end
                }#if($foreach.hasNext),#end
            #end
        #end
    ]
}`;
const PUT_RECORD = `
{
    "StreamName": "%s",
    "Data": "$util.base64Encode($input.body)",
    "PartitionKey": "test"
}`;
let t;
let kinesis;
before(async () => {
    kinesis = await startKinesalite();
    t = await startTollgate(['--aws-endpoint', `kinesis=${kinesis.url}`]);
});
after(async () => {
    await t.close();
    await kinesis.close();
});
const call = (target, body) => jsonCall(kinesis.url, 'kinesis', `Kinesis_20131202.${target}`, body, 'application/x-amz-json-1.1');
/** A stream with one shard, and an iterator at its end (the recorded test's LATEST iterator). */
async function newStream(name) {
    await call('CreateStream', { StreamName: name, ShardCount: 1 });
    const { StreamDescription } = await call('DescribeStream', { StreamName: name });
    const shardId = StreamDescription.Shards[0].ShardId;
    const { ShardIterator } = await call('GetShardIterator', { StreamName: name, ShardId: shardId, ShardIteratorType: 'LATEST' });
    return { shardId, iterator: ShardIterator };
}
async function run(action, template, payload) {
    const stream = `kinesis-stream-${action.toLowerCase()}`;
    const { shardId, iterator } = await newStream(stream);
    const api = await newApi(t.client, { name: `test-apigw-${action}`, endpointConfiguration: { types: ['REGIONAL'] } });
    const resource = await addResource(t.client, api, api.root, 'test');
    await putMethod(t.client, api, resource, 'POST', {
        type: 'AWS',
        integrationHttpMethod: 'POST',
        uri: `arn:aws:apigateway:us-east-1:kinesis:action/${action}`,
        credentials: ROLE,
        requestTemplates: { 'application/json': template.replace('%s', stream) },
    });
    await putResponse(t.client, api, resource, 'POST', '200', { responseTemplates: { 'application/json': "$input.json('$')" } });
    await deploy(t.client, api, 'dev');
    const r = await callApi(t.app.url, api.id, '/dev/test', {
        method: 'POST',
        headers: requestsHeaders({ 'Content-Type': 'application/json' }),
        body: pythonJson(payload),
    });
    const got = await call('GetRecords', { ShardIterator: iterator });
    const records = {
        MillisBehindLatest: got.MillisBehindLatest,
        Records: got.Records.map((x) => ({
            Data: Buffer.from(x.Data, 'base64').toString('utf8'),
            PartitionKey: x.PartitionKey,
            SequenceNumber: x.SequenceNumber,
        })),
    };
    return { response: r.json(), records, shardId };
}
/** `json.dumps(v)` as `requests.post(json=v)` sends it: `", "` and `": "` separators. */
function pythonJson(v) {
    if (Array.isArray(v))
        return `[${v.map(pythonJson).join(', ')}]`;
    if (v !== null && typeof v === 'object')
        return `{${Object.entries(v)
            .map(([k, x]) => `${JSON.stringify(k)}: ${pythonJson(x)}`)
            .join(', ')}}`;
    return JSON.stringify(v);
}
const SEQUENCE = A.match(/^\d+$/);
it(rec('test_apigateway_kinesis.py::test_apigateway_to_kinesis[PutRecord]', 'apigateway_response', 'kinesis_records'), async () => {
    const { response, records, shardId } = await run('PutRecord', PUT_RECORD, { kinesis: 'snapshot' });
    assertLike(response, { SequenceNumber: SEQUENCE, ShardId: shardId });
    assertLike(records, {
        MillisBehindLatest: 0,
        Records: [{ Data: '{"kinesis": "snapshot"}', PartitionKey: 'test', SequenceNumber: response.SequenceNumber }],
    });
});
it(rec('test_apigateway_kinesis.py::test_apigateway_to_kinesis[PutRecords]', 'apigateway_response', 'kinesis_records'), async () => {
    const payload = { records: [{ data: '{"foo": "bar1"}' }, { data: '{"foo": "bar2"}' }, { data: '{"foo": "bar3"}' }] };
    const { response, records, shardId } = await run('PutRecords', PUT_RECORDS, payload);
    const record = { SequenceNumber: SEQUENCE, ShardId: shardId };
    assertLike(response, { FailedRecordCount: 0, Records: [record, record, record] });
    const sequences = response.Records.map((r) => r.SequenceNumber);
    // The partition key is the base64 data's length: `$foo.bar.stuff != ''` is false for an undefined $foo.
    assertLike(records, {
        MillisBehindLatest: 0,
        Records: ['bar1', 'bar2', 'bar3'].map((v, i) => ({ Data: `{"foo": "${v}"}`, PartitionKey: '20', SequenceNumber: sequences[i] })),
    });
});
//# sourceMappingURL=aws-kinesis.test.js.map