/**
 * Which API and stage a data-plane request targets. Three URL styles reach the same pipeline:
 * - host based: `{apiId}.execute-api.{anything}[:port]/{stage}/{path}` (AWS's own form,
 *   docs.aws.amazon.com/apigateway/latest/developerguide/how-to-call-api.html);
 * - `/_aws/execute-api/{apiId}/{stage}/{path}` and
 * - `/restapis/{apiId}/{stage}/_user_request_/{path}` (the URLs LocalStack users already have).
 * The path stays percent-encoded: AWS hands path parameters to integrations undecoded.
 * A fourth way in, a custom domain name's host and base path mappings, is edge/custom-domains.ts.
 */
import type { InvokeTarget } from '../pipeline/invocation.js';
export declare function parseInvokeTarget(host: string | undefined, rawPath: string): InvokeTarget | undefined;
export declare function split(apiId: string, path: string, prefix: string): InvokeTarget;
