import { type Invocation } from './invocation.js';
export declare function mediaType(v: string | undefined): string | undefined;
/**
 * Whether `type` is one of `binaryMediaTypes`: the same type, `major/*` for any subtype, `*\/*` for
 * anything. A wildcard on the left (`*\/test`) matches nothing, not even `*\/test` or `random/test`, and
 * a type without a subtype (`application`) is not binary — AWS-validated assertions of LocalStack's
 * test_apigateway_lambda.py::test_aws_proxy_binary_response (no snapshot: asserted against AWS).
 */
export declare function isBinaryType(type: string | undefined, binaryMediaTypes: string[] | undefined): boolean;
export declare function isBinaryRequest(inv: Invocation): boolean;
/** Only the first media type of Accept counts (DG). */
export declare function acceptsBinary(inv: Invocation): boolean;
export declare function decodeBase64Strict(text: string): Buffer;
/** The request body as the integration gets it, per the integration's contentHandling. */
export declare function convertRequestBody(inv: Invocation, contentHandling: string | undefined): Buffer;
/** Step 1 of a non-proxy response: binary data the client gets as text is base64-encoded before the template. */
export declare function responseBeforeTemplate(inv: Invocation, body: Buffer, responseContentType: string | undefined, contentHandling: string | undefined): Buffer;
/** Step 2: text the client gets as binary data is base64-decoded after the template. */
export declare function responseAfterTemplate(inv: Invocation, body: Buffer, responseContentType: string | undefined, contentHandling: string | undefined): Buffer;
