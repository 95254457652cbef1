import type { Authorizer } from '../../../domain/authorizer.js';
import type { DeploymentSnapshot } from '../deployment-snapshot.js';
import type { Method } from '../methods.js';
import type { Resource } from '../resources.js';
import type { ExportDocumentation, Json } from './export-types.js';
export declare const nonEmpty: (o: Record<string, unknown> | undefined) => boolean;
/** JSON bodies: `application/json` and `…+json` (DG:api-gateway-export-api: models must be application/json). */
export declare const isJsonType: (ct: string) => boolean;
/** `{name}` and `{name+}` segments of a resource path, by name. */
export declare const pathVariables: (path: string) => string[];
export declare const SIGV4 = "sigv4";
export declare const API_KEY = "api_key";
/** Documentation properties AWS maps onto OpenAPI fields (DG:api-gateway-documenting-api-content-representation). */
export declare function docFor(doc: ExportDocumentation | undefined, match: (loc: Record<string, unknown>) => boolean): Json | undefined;
/** What every operation of one export shares, and what the operations use (for the security schemes). */
export interface OperationContext {
    swagger: boolean;
    region: string;
    doc?: ExportDocumentation;
    authorizers: Map<string, Authorizer>;
    validators: Map<string, DeploymentSnapshot['requestValidators'][number]>;
    withIntegrations: boolean;
    withApiGateway: boolean;
    withPostman: boolean;
    modelRef: (name: string) => Json;
    usesApiKey: boolean;
    usesIam: boolean;
    usedAuthorizers: Set<string>;
}
export declare function exportOperation(cx: OperationContext, resource: Resource, verb: string, m: Method): Json;
