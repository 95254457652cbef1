export declare const MAPPING_ERROR_PREFIX = "Invalid mapping expression specified: Validation Result: warnings : [], errors : ";
/** The 400 for a list of problems (Java's List.toString: `[a, b]`). */
export declare function mappingError(problems: string[]): Error;
export declare function mappingErrorText(problems: string[]): string;
export declare const NO_METHOD_RESPONSE = "No method response exists for method.";
/**
 * An integration's `requestParameters` (`integration.request.X.NAME` ← source) against the method's
 * declared `requestParameters`.
 */
export declare function integrationRequestProblems(params: Record<string, unknown> | undefined, declared: Record<string, unknown> | undefined): string[];
/**
 * An integration response's `responseParameters` (`method.response.header.NAME` ← source) against
 * the method response of its status (undefined when the method has none).
 */
export declare function integrationResponseProblems(params: Record<string, unknown> | undefined, methodResponse: {
    responseParameters?: Record<string, unknown>;
} | undefined): string[];
/** A method response's declared keys: `method.response.header.NAME` each. */
export declare function methodResponseProblems(params: Record<string, unknown> | undefined): string[];
/** A gateway response's `responseParameters` (`gatewayresponse.{header|path|querystring}.NAME` ← source). */
export declare function gatewayResponseProblems(params: Record<string, unknown> | undefined): string[];
/** Throws AWS's 400 when there are problems. */
export declare function refuseProblems(problems: string[]): void;
