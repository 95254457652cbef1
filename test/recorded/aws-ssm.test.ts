/**
 * Recorded SSM integrations (test_apigateway_ssm.py): `arn:aws:apigateway:{region}:ssm:action/GetParameter`
 * with the parameter's name mapped to the query string. API Gateway calls SSM in the query protocol
 * (`?Action=GetParameter&Name=…`, no X-Amz-Target) with `Accept: application/json`, so SSM answers its
 * query protocol's JSON form; its XML form comes back when Accept is mapped to application/xml. Against
 * an SSM test endpoint that verifies the SigV4 signature and answers both protocols (helpers/ssm-endpoint.ts),
 * reached through `--aws-endpoint ssm=URL`.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { addResource, deploy, newApi, putMethod, putResponse } from '../helpers/apis.js';
import { callApi, requestsHeaders } from '../helpers/recorded-invoke.js';
import { A, assertLike, rec } from '../helpers/recorded.js';
import { startSsmEndpoint, type SsmEndpoint } from '../helpers/ssm-endpoint.js';
import { startTollgate, type TestServer } from '../helpers/tollgate.js';

const ROLE = 'arn:aws:iam::000000000000:role/apigw-ssm';

let t: TestServer;
let ssm: SsmEndpoint;
before(async () => {
  ssm = await startSsmEndpoint();
  t = await startTollgate(['--aws-endpoint', `ssm=${ssm.url}`]);
});
after(async () => {
  await t.close();
  await ssm.close();
});

/** GET /ssm → ssm:action/GetParameter with Name mapped (and any other mapping given); no templates. */
async function getParameterApi(name: string, extra: Record<string, string> = {}): Promise<string> {
  const api = await newApi(t.client, { name: 'aws ssm parameter api' });
  const resource = await addResource(t.client, api, api.root, 'ssm');
  await putMethod(t.client, api, resource, 'GET', {
    type: 'AWS',
    integrationHttpMethod: 'POST',
    credentials: ROLE,
    uri: 'arn:aws:apigateway:us-east-1:ssm:action/GetParameter',
    passthroughBehavior: 'WHEN_NO_TEMPLATES',
    requestParameters: { 'integration.request.querystring.Name': `'${name}'`, ...extra },
  });
  await putResponse(t.client, api, resource, 'GET', '200');
  await deploy(t.client, api, 'test');
  return api.id;
}

/** xmltodict.parse: elements as keys, text as strings, the root's xmlns as `@xmlns`. */
function xmlToDict(xml: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  const stack: Record<string, unknown>[] = [root];
  const names: string[] = [];
  let text = '';
  for (const m of xml.replace(/^<\?xml[^>]*\?>/, '').matchAll(/<(\/?)([\w:]+)((?:\s+[\w:]+="[^"]*")*)\s*>|([^<]+)/g)) {
    const [, close, name, attrs, chars] = m;
    if (chars !== undefined) {
      text += chars;
      continue;
    }
    if (!close) {
      const node: Record<string, unknown> = {};
      for (const a of attrs.matchAll(/([\w:]+)="([^"]*)"/g)) node[`@${a[1]}`] = a[2];
      stack.at(-1)![name] = node;
      stack.push(node);
      names.push(name);
      text = '';
      continue;
    }
    const node = stack.pop()!;
    names.pop();
    if (Object.keys(node).length === 0) stack.at(-1)![name] = text;
    text = '';
  }
  return root;
}

const parameter = (name: string) => ({
  ARN: `arn:aws:ssm:us-east-1:000000000000:parameter/${name}`,
  DataType: 'text',
  LastModifiedDate: A.any,
  Name: name,
  Type: 'String',
  Value: '123',
});

it(rec('test_apigateway_ssm.py::test_ssm_aws_integration', 'ssm-aws-integration'), async () => {
  ssm.put('param-test-123', '123');
  const apiId = await getParameterApi('param-test-123');
  const r = await callApi(t.app.url, apiId, '/test/ssm', { headers: requestsHeaders() });
  assert.equal(r.status, 200);
  const body = r.json().GetParameterResponse;
  assertLike(body, {
    GetParameterResult: { Parameter: { ...parameter('param-test-123'), Selector: null, SourceResult: null, Version: 1 } },
    // The recording keeps only HTTPHeaders here (LocalStack's snapshot drops the RequestId).
    ResponseMetadata: { RequestId: A.uuid },
  });
  assert.equal(typeof body.GetParameterResult.Parameter.LastModifiedDate, 'number');
  const sent = ssm.received.at(-1)!;
  assert.deepEqual(
    [sent.method, sent.path, sent.query.toString(), sent.headers['x-amz-target'], sent.headers.accept, sent.scope.service],
    ['POST', '/', 'Action=GetParameter&Name=param-test-123', undefined, 'application/json', 'ssm'],
  );
  assert.deepEqual(ssm.refused, []);
});

it(
  rec('test_apigateway_ssm.py::test_get_parameter_query_protocol', 'get-parameter-query-default', 'get-parameter-query-json') +
    ': the query protocol answers AWS recorded from SSM, both through the integration (Accept mapped to XML, and the default)',
  async () => {
    ssm.put('param-query', '123');
    const xmlApi = await getParameterApi('param-query', { 'integration.request.header.Accept': "'application/xml'" });
    const xml = await callApi(t.app.url, xmlApi, '/test/ssm', { headers: requestsHeaders() });
    assert.equal(xml.status, 200);
    const parsed = xmlToDict(xml.text).GetParameterResponse as Record<string, unknown>;
    assertLike(parsed, {
      '@xmlns': 'http://ssm.amazonaws.com/doc/2014-11-06/',
      GetParameterResult: { Parameter: { ...parameter('param-query'), Version: '1' } },
      ResponseMetadata: { RequestId: A.uuid },
    });

    const jsonApi = await getParameterApi('param-query');
    const json = await callApi(t.app.url, jsonApi, '/test/ssm', { headers: requestsHeaders() });
    assertLike(json.json().GetParameterResponse, {
      GetParameterResult: { Parameter: { ...parameter('param-query'), Selector: null, SourceResult: null, Version: 1 } },
      ResponseMetadata: { RequestId: A.uuid },
    });
  },
);
