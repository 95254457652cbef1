/**
 * The call an AWS service integration makes, before signing: the integration's httpMethod; for
 * `path/…` URIs that path on the service's endpoint (its `{name}` placeholders from the mapped
 * integration.request.path values, else the method's path parameters), for `action/…` URIs the
 * endpoint's root with `Action={action}` and the URI's own `&name=value` parameters; then the mapped
 * query strings and headers, and the request template's output as the body (DG
 * integration-request-basic-setup; SVC Integration.uri).
 *
 * Headers AWS adds unless the mapping sets them:
 *   - `Accept: application/json`: a query-protocol service then answers JSON, which the recorded
 *     SQS response template reads with `$input.path('$.SendMessageResponse…')`, and mapping
 *     `integration.request.header.Accept` to 'application/xml' brings its XML back (rec:
 *     test_apigateway_sqs.py::test_sqs_request_and_response_xml_templates_integration);
 *   - for the `action/` URIs of the JSON-protocol services whose recorded tests map neither header —
 *     DynamoDB, Kinesis, Step Functions (LocalStack's integrations/aws.py SERVICES_AUTO_TARGET,
 *     AWS-validated; EventBridge's recorded test maps its own) — `X-Amz-Target: {prefix}.{Action}` and
 *     the service's own `Content-Type` (botocore service-2.json `metadata.targetPrefix` and
 *     `jsonVersion`): the recorded Kinesis client posts `application/json`, which Kinesis refuses
 *     (404 UnknownOperationException, as kinesalite reproduces it), and the call succeeded
 *     (test_apigateway_kinesis.py);
 *   - else `Content-Type`: the client's, else `application/json`, for a call with a body.
 */
import type { Integration } from '../../../domain/integration.js';
import type { IntegrationRequest } from '../../integration-request.js';
import { header, type Invocation } from '../../invocation.js';
import { invocationTraceId } from '../../method-response.js';
import type { UnsignedCall } from './aws-signer.js';
import type { ServiceEndpoint } from './service-endpoint.js';
import { escapeUri } from './sigv4.js';
import type { AwsServiceUri } from './service-uri.js';

const JSON_PROTOCOL: Record<string, { targetPrefix: string; contentType: string }> = {
  dynamodb: { targetPrefix: 'DynamoDB_20120810', contentType: 'application/x-amz-json-1.0' },
  kinesis: { targetPrefix: 'Kinesis_20131202', contentType: 'application/x-amz-json-1.1' },
  states: { targetPrefix: 'AWSStepFunctions', contentType: 'application/x-amz-json-1.0' },
  'sync-states': { targetPrefix: 'AWSStepFunctions', contentType: 'application/x-amz-json-1.0' },
};

/** Mapped headers that never reach the service: they describe Tollgate's own connection (integration-request.ts). */
const NOT_SENT = new Set(['expect', 'proxy-authenticate', 'te', 'via', 'connection', 'keep-alive', 'host']);

function decode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

function addQuery(query: Record<string, string | string[]>, name: string, value: string): void {
  const prev = query[name];
  query[name] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
}

function addQueryText(query: Record<string, string | string[]>, text: string): void {
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    addQuery(query, decode(eq < 0 ? pair : pair.slice(0, eq)), eq < 0 ? '' : decode(pair.slice(eq + 1)));
  }
}

/** The URI path with its placeholders filled, each value percent-encoded (a greedy `{name+}` keeps its slashes). */
function fillPath(template: string, inv: Invocation, ir: IntegrationRequest): string {
  return template.replace(/\{([A-Za-z0-9._-]+?)(\+?)\}/g, (m, name: string, greedy: string) => {
    const v = ir.path[name] ?? inv.pathParameters[name];
    if (v === undefined) return m;
    return greedy ? v.split('/').map(escapeUri).join('/') : escapeUri(v);
  });
}

export function serviceCall(inv: Invocation, integration: Integration, ir: IntegrationRequest, uri: AwsServiceUri, endpoint: ServiceEndpoint): UnsignedCall {
  const query: Record<string, string | string[]> = {};
  let path = endpoint.pathPrefix;
  if (uri.kind === 'path') {
    const q = uri.target.indexOf('?');
    path += `/${fillPath(q < 0 ? uri.target : uri.target.slice(0, q), inv, ir)}`;
    if (q >= 0) addQueryText(query, uri.target.slice(q + 1));
  } else {
    path += '/';
    addQuery(query, 'Action', uri.target);
    addQueryText(query, uri.actionParameters);
  }
  for (const [k, v] of Object.entries(ir.querystring)) for (const x of Array.isArray(v) ? v : [v]) addQuery(query, k, x);

  const method = integration.httpMethod === 'ANY' || !integration.httpMethod ? inv.request.method : integration.httpMethod;
  const body = method === 'GET' || method === 'HEAD' || method === 'OPTIONS' ? undefined : ir.body;
  const headers: Record<string, string> = {};
  const names = new Set<string>();
  for (const [k, v] of Object.entries(ir.header)) {
    const lower = k.toLowerCase();
    if (NOT_SENT.has(lower)) continue;
    headers[k] = Array.isArray(v) ? v.join(',') : v;
    names.add(lower);
  }
  const setDefault = (name: string, value: string): void => {
    if (!names.has(name.toLowerCase())) headers[name] = value;
  };
  setDefault('Accept', 'application/json');
  const json = uri.kind === 'action' ? JSON_PROTOCOL[uri.service] : undefined;
  if (json) {
    setDefault('X-Amz-Target', `${json.targetPrefix}.${uri.target}`);
    setDefault('Content-Type', json.contentType);
  } else if (body && body.length) setDefault('Content-Type', header(inv.request, 'content-type') ?? 'application/json');
  setDefault('User-Agent', `AmazonAPIGateway_${inv.request.target.apiId}`);
  headers['X-Amzn-Trace-Id'] = invocationTraceId(inv);
  return { method, origin: endpoint.origin, path, query, headers, body };
}

/** The query as sent: names and values percent-encoded the way SigV4 canonicalises them. */
export function queryText(query: Record<string, string | string[]>): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(query)) for (const x of Array.isArray(v) ? v : [v]) parts.push(`${escapeUri(k)}=${escapeUri(x)}`);
  return parts.length ? `?${parts.join('&')}` : '';
}
