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
import { type Invocation } from '../../invocation.js';
import type { UnsignedCall } from './aws-signer.js';
import type { ServiceEndpoint } from './service-endpoint.js';
import type { AwsServiceUri } from './service-uri.js';
/** RFC 3986 percent-encoding, as SigV4 canonicalises (`!'()*` encoded too). */
export declare const escapeUri: (s: string) => string;
export declare function serviceCall(inv: Invocation, integration: Integration, ir: IntegrationRequest, uri: AwsServiceUri, endpoint: ServiceEndpoint): UnsignedCall;
/** The query as sent: names and values percent-encoded the way SigV4 canonicalises them. */
export declare function queryText(query: Record<string, string | string[]>): string;
