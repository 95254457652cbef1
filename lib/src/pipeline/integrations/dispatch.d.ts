/**
 * The integrations, one entry per integration type (DG:api-gateway-api-integration-types): the
 * pipeline looks the method's type up here and runs it. MOCK answers synchronously and HTTP_PROXY
 * returns its backend call's promise without an extra await: the two common ones take no extra turn
 * of the event loop. A type with no entry is a configuration error (500).
 */
import type { Integration } from '../../domain/integration.js';
import type { LambdaInvoker } from '../../lambda/invoker.js';
import type { RenderedResponse } from '../gateway-response.js';
import type { Invocation } from '../invocation.js';
import type { HttpClient } from './http-client.js';
import { type AwsServices } from './aws-service.js';
/** What the integrations call out to. */
export interface IntegrationDeps {
    http: HttpClient;
    lambda?: LambdaInvoker;
    aws?: AwsServices;
}
export type IntegrationHandler = (inv: Invocation, integration: Integration, deps: IntegrationDeps) => RenderedResponse | Promise<RenderedResponse>;
export declare const INTEGRATIONS: ReadonlyMap<string, IntegrationHandler>;
