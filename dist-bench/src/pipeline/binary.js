/**
 * Binary payloads (DG:api-gateway-payload-encodings-workflow; aws-behavior.md "Binary and
 * contentHandling"). A payload is binary when its media type matches one of the API's
 * binaryMediaTypes (`image/png`, `image/*`, `*\/*`; parameters ignored), else text:
 *   - request: the Content-Type decides; the integration's contentHandling converts
 *     (unset: as is; CONVERT_TO_TEXT: binary → base64; CONVERT_TO_BINARY: text → base64-decoded,
 *     an invalid base64 text is a configuration error, 500);
 *   - response (non-proxy): the body is binary when the integration response's Content-Type
 *     matches; the request's FIRST Accept type and the integration response's contentHandling
 *     decide what the client gets — binary data for a binary Accept type or CONVERT_TO_BINARY,
 *     text otherwise; text turned binary is base64-decoded (after the response template), binary
 *     turned text is base64-encoded (before it, so `$input.body` is the base64 string);
 *   - AWS_PROXY: request bodies of a binary type reach Lambda base64-encoded with
 *     isBase64Encoded:true; a response with isBase64Encoded:true is decoded only when the first
 *     Accept type is binary, whatever its Content-Type (integrations/aws-proxy-response.ts);
 *   - HTTP_PROXY: the body passes both ways untouched; only the integration's contentHandling
 *     converts the request.
 */
import { GatewayError } from './gateway-errors.js';
import { header } from './invocation.js';
export function mediaType(v) {
    const t = v?.split(';')[0]?.trim().toLowerCase();
    return t || undefined;
}
/**
 * Whether `type` is one of `binaryMediaTypes`: the same type, `major/*` for any subtype, `*\/*` for
 * anything. A wildcard on the left (`*\/test`) matches nothing, not even `*\/test` or `random/test`, and
 * a type without a subtype (`application`) is not binary — AWS-validated assertions of LocalStack's
 * test_apigateway_lambda.py::test_aws_proxy_binary_response (no snapshot: asserted against AWS).
 */
export function isBinaryType(type, binaryMediaTypes) {
    if (!type || !binaryMediaTypes?.length)
        return false;
    const slash = type.indexOf('/');
    if (slash <= 0 || slash === type.length - 1)
        return false;
    const major = type.slice(0, slash);
    for (const raw of binaryMediaTypes) {
        const p = mediaType(raw);
        if (!p)
            continue;
        if (p === '*/*')
            return true;
        if (p.startsWith('*/'))
            continue;
        if (p === type)
            return true;
        if (p.endsWith('/*') && p.slice(0, -2) === major)
            return true;
    }
    return false;
}
const binaryTypes = (inv) => inv.served.deployment.snapshot.api.binaryMediaTypes;
export function isBinaryRequest(inv) {
    const types = binaryTypes(inv);
    return !!types?.length && isBinaryType(mediaType(header(inv.request, 'content-type')), types);
}
/** Only the first media type of Accept counts (DG). */
export function acceptsBinary(inv) {
    const types = binaryTypes(inv);
    return !!types?.length && isBinaryType(mediaType(header(inv.request, 'accept')?.split(',')[0]), types);
}
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
export function decodeBase64Strict(text) {
    const s = text.replace(/\s+/g, '');
    if (s.length % 4 === 1 || !BASE64.test(s)) {
        throw new GatewayError('API_CONFIGURATION_ERROR', { cause: new Error('Unable to base64-decode the payload for CONVERT_TO_BINARY') });
    }
    return Buffer.from(s, 'base64');
}
/** The request body as the integration gets it, per the integration's contentHandling. */
export function convertRequestBody(inv, contentHandling) {
    const body = inv.request.body;
    if (!contentHandling || body.length === 0)
        return body;
    const binary = isBinaryRequest(inv);
    if (contentHandling === 'CONVERT_TO_TEXT' && binary)
        return Buffer.from(body.toString('base64'));
    if (contentHandling === 'CONVERT_TO_BINARY' && !binary)
        return decodeBase64Strict(body.toString('latin1'));
    return body;
}
/** Whether the client gets binary data: the integration response's contentHandling, else the Accept type. */
function wantsBinary(inv, contentHandling) {
    if (contentHandling === 'CONVERT_TO_BINARY')
        return true;
    if (contentHandling === 'CONVERT_TO_TEXT')
        return false;
    return acceptsBinary(inv);
}
/** Step 1 of a non-proxy response: binary data the client gets as text is base64-encoded before the template. */
export function responseBeforeTemplate(inv, body, responseContentType, contentHandling) {
    if (!binaryTypes(inv)?.length)
        return body; // nothing is binary
    if (!isBinaryType(mediaType(responseContentType), binaryTypes(inv)))
        return body;
    return wantsBinary(inv, contentHandling) ? body : Buffer.from(body.toString('base64'));
}
/** Step 2: text the client gets as binary data is base64-decoded after the template. */
export function responseAfterTemplate(inv, body, responseContentType, contentHandling) {
    if (!binaryTypes(inv)?.length && !contentHandling)
        return body; // nothing is binary, nothing converts
    if (isBinaryType(mediaType(responseContentType), binaryTypes(inv)))
        return body;
    if (!wantsBinary(inv, contentHandling) || body.length === 0)
        return body;
    return decodeBase64Strict(body.toString('latin1'));
}
//# sourceMappingURL=binary.js.map