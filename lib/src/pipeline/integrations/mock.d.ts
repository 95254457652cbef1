/**
 * MOCK: no backend. The rendered request template must be JSON with a `statusCode`, which selects the
 * integration response (DG:how-to-mock-integration; LS-code:integrations/mock.py). Without a template
 * (or with a non-JSON one) the status is 200.
 */
import type { EndpointResult } from '../integration-response.js';
import type { IntegrationRequest } from '../integration-request.js';
export declare function mockEndpoint(ir: IntegrationRequest): EndpointResult;
