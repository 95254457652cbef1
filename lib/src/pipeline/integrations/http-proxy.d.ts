/**
 * HTTP_PROXY answers: the backend's status, headers and body pass back, with API Gateway's header
 * remapping — `Connection`, `Content-Length`, `Date`, `Server` and `x-amzn-RequestId` come back as
 * `x-amzn-Remapped-{name}`, `Transfer-Encoding` is dropped (aws-behavior.md "Standard response headers";
 * LS-code:handlers/method_response.py; recorded in LS-snap test_apigateway_integrations
 * TestApiGatewayHeaderRemapping[HTTP_PROXY]). Everything else, the backend's own CORS headers included,
 * passes untouched. LocalStack also drops Content-Encoding and Via here, which no recording shows; the
 * body is passed on still encoded, so its Content-Encoding stays.
 */
import type { RenderedResponse } from '../gateway-response.js';
import type { Invocation } from '../invocation.js';
import type { EndpointResponse } from './http-client.js';
export declare function proxyResponse(r: EndpointResponse, inv?: Invocation): RenderedResponse;
