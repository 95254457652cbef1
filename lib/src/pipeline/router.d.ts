/**
 * The resource router of one deployment, compiled once from its frozen resources. At each level a
 * static child beats the `{param}` child, which beats the `{greedy+}` child, which must consume at
 * least one segment (DG:api-gateway-method-settings-method-request; mikestaub/serverless-express#43).
 * There is no backtracking: once a static child matches a segment, its subtree decides
 * ("`/{proxy+}` matches anything under root except the subtrees of static siblings").
 * Matching costs one map lookup per path segment, whatever the number of resources.
 */
import type { Method } from '../domain/method.js';
import type { Resource } from '../domain/resource.js';
export interface ResourceMatch {
    resource: Resource;
    /** Raw (still percent-encoded) values, as AWS passes them on (LS-snap test_lambda_aws_proxy_integration). */
    pathParameters: Record<string, string>;
}
export declare class ResourceRouter {
    #private;
    constructor(resources: Resource[]);
    match(path: string): ResourceMatch | undefined;
}
/** An explicit method wins over ANY on the same resource (LS-code:handlers/resource_router.py). */
export declare function pickMethod(resource: Resource, httpMethod: string): Method | undefined;
