/**
 * Parameter mapping expressions, checked as AWS checks them when they are stored: PutIntegration /
 * UpdateIntegration (`requestParameters`), PutIntegrationResponse / UpdateIntegrationResponse
 * (`responseParameters`), PutMethodResponse / UpdateMethodResponse (the declared header keys),
 * PutGatewayResponse / UpdateGatewayResponse (`responseParameters`) and the same maps in an OpenAPI
 * import (openapi/plan.ts). One module, so every entry point refuses the same things the same way.
 *
 * AWS's answer is 400 BadRequestException with every problem listed Java-style:
 *   `Invalid mapping expression specified: Validation Result: warnings : [], errors : [<problem>, …]`
 * The problems, by AWS's own texts:
 *   - a key or value that is no mapping expression of its kind: `Invalid mapping expression specified: <it>`
 *     (recorded: PutMethod's key `true`, rec: test_apigateway_api.py::TestApigatewayIntegration::test_put_integration_request_parameter_bool_type
 *     [put-method-request-param-wrong-type]; seen from AWS for a gateway response value `test-value`
 *     (aws/aws-cdk#11306) and key `method.response.header.Access-Control-Allow-Origin` (aws/aws-cli#2879),
 *     and for an integration response value `"*"` (awsdocs/amazon-api-gateway-developer-guide#7));
 *   - a well-formed reference to a parameter the method does not declare (a method request parameter
 *     as a source, a method response header as a target): `Invalid mapping expression parameter
 *     specified: <it>` (seen from AWS for `method.request.path.proxy`, `method.request.querystring.X`,
 *     `method.response.header.Access-Control-Allow-Origin` in many public reports);
 *   - response parameters for a status with no method response: `No method response exists for
 *     method.` (amazon-archives/aws-apigateway-importer#121, AWS's answer quoted).
 *
 * Valid sources are the DG's tables ("Parameter mapping source reference for REST APIs"): for an
 * integration request `method.request.{path|querystring|multivaluequerystring|header|multivalueheader}.NAME`,
 * `method.request.body`, `method.request.body.JSONPath`, `stageVariables.NAME`, `context.NAME` and
 * `'static'`; for an integration response `integration.response.{header|multivalueheader}.NAME`,
 * `integration.response.body[.JSONPath]`, `stageVariables.NAME`, `context.NAME` and `'static'`; for a
 * gateway response (DG x-amazon-apigateway-gateway-responses.gatewayResponse: "any incoming request
 * parameter value or a static custom value") the method request parameters, `stageVariables.NAME`,
 * `context.NAME` and `'static'` (served by data/gateway-response.ts).
 *
 * Where AWS's rule is not known the check is lenient: a header name is matched without regard to
 * case, a multi-value source may name a parameter declared single-valued (and the reverse), and any
 * `context.*` name is accepted.
 */
import { badRequest } from './errors.js';
export const MAPPING_ERROR_PREFIX = 'Invalid mapping expression specified: Validation Result: warnings : [], errors : ';
/** The 400 for a list of problems (Java's List.toString: `[a, b]`). */
export function mappingError(problems) {
    return badRequest(mappingErrorText(problems));
}
export function mappingErrorText(problems) {
    return `${MAPPING_ERROR_PREFIX}[${problems.join(', ')}]`;
}
const invalid = (expr) => `Invalid mapping expression specified: ${expr}`;
const undeclared = (expr) => `Invalid mapping expression parameter specified: ${expr}`;
export const NO_METHOD_RESPONSE = 'No method response exists for method.';
const isStatic = (v) => v.length >= 2 && v.startsWith("'") && v.endsWith("'");
const COMMON_SOURCE = /^(?:stageVariables|context)\.\S+$/;
const METHOD_REQUEST_SOURCE = /^method\.request\.(path|querystring|multivaluequerystring|header|multivalueheader)\.(\S+)$/;
const METHOD_REQUEST_BODY = /^method\.request\.body(?:\.\S+|\[\S*)?$/;
const INTEGRATION_RESPONSE_SOURCE = /^integration\.response\.(?:(?:header|multivalueheader)\.\S+|body(?:\.\S+|\[\S*)?)$/;
const INTEGRATION_REQUEST_TARGET = /^integration\.request\.(?:path|querystring|header|multivaluequerystring|multivalueheader)\.\S+$/;
const METHOD_RESPONSE_TARGET = /^method\.response\.header\.(\S+)$/;
const GATEWAY_RESPONSE_TARGET = /^gatewayresponse\.(?:header|path|querystring)\.\S+$/;
/** `method.request.{where}.{name}` as the method declares it, if it does (see the file comment). */
function declaredRequestParameter(declared, where, name) {
    if (!declared)
        return false;
    const kinds = where === 'header' || where === 'multivalueheader'
        ? ['header', 'multivalueheader']
        : where === 'querystring' || where === 'multivaluequerystring'
            ? ['querystring', 'multivaluequerystring']
            : [where];
    const caseless = kinds[0] === 'header';
    for (const key of Object.keys(declared)) {
        const m = /^method\.request\.([a-z]+)\.(.+)$/.exec(key);
        if (!m || !kinds.includes(m[1]))
            continue;
        if (caseless ? m[2].toLowerCase() === name.toLowerCase() : m[2] === name)
            return true;
    }
    return false;
}
/** A value that is not a string (JSON null in a map) is no expression either. */
const text = (v) => (typeof v === 'string' ? v : String(v));
/**
 * An integration's `requestParameters` (`integration.request.X.NAME` ← source) against the method's
 * declared `requestParameters`.
 */
export function integrationRequestProblems(params, declared) {
    const problems = [];
    for (const [target, raw] of Object.entries(params ?? {})) {
        const source = text(raw);
        if (!INTEGRATION_REQUEST_TARGET.test(target)) {
            problems.push(invalid(target));
            continue;
        }
        if (isStatic(source) || COMMON_SOURCE.test(source) || METHOD_REQUEST_BODY.test(source))
            continue;
        const m = METHOD_REQUEST_SOURCE.exec(source);
        if (!m)
            problems.push(invalid(source));
        else if (!declaredRequestParameter(declared, m[1], m[2]))
            problems.push(undeclared(source));
    }
    return problems;
}
/** The declared method response headers, by lower-cased name. */
function declaredHeaders(declared) {
    const out = new Set();
    for (const key of Object.keys(declared ?? {})) {
        const m = METHOD_RESPONSE_TARGET.exec(key);
        if (m)
            out.add(m[1].toLowerCase());
    }
    return out;
}
/**
 * An integration response's `responseParameters` (`method.response.header.NAME` ← source) against
 * the method response of its status (undefined when the method has none).
 */
export function integrationResponseProblems(params, methodResponse) {
    const entries = Object.entries(params ?? {});
    if (!entries.length)
        return [];
    if (!methodResponse)
        return [NO_METHOD_RESPONSE];
    const headers = declaredHeaders(methodResponse.responseParameters);
    const problems = [];
    for (const [target, raw] of entries) {
        const source = text(raw);
        const m = METHOD_RESPONSE_TARGET.exec(target);
        if (!m) {
            problems.push(invalid(target));
            continue;
        }
        if (!headers.has(m[1].toLowerCase())) {
            problems.push(undeclared(target));
            continue;
        }
        if (!(isStatic(source) || COMMON_SOURCE.test(source) || INTEGRATION_RESPONSE_SOURCE.test(source)))
            problems.push(invalid(source));
    }
    return problems;
}
/** A method response's declared keys: `method.response.header.NAME` each. */
export function methodResponseProblems(params) {
    return Object.keys(params ?? {})
        .filter((k) => !METHOD_RESPONSE_TARGET.test(k))
        .map(invalid);
}
/** A gateway response's `responseParameters` (`gatewayresponse.{header|path|querystring}.NAME` ← source). */
export function gatewayResponseProblems(params) {
    const problems = [];
    for (const [target, raw] of Object.entries(params ?? {})) {
        const source = text(raw);
        if (!GATEWAY_RESPONSE_TARGET.test(target)) {
            problems.push(invalid(target));
            continue;
        }
        if (!(isStatic(source) || COMMON_SOURCE.test(source) || METHOD_REQUEST_SOURCE.test(source)))
            problems.push(invalid(source));
    }
    return problems;
}
/** Throws AWS's 400 when there are problems. */
export function refuseProblems(problems) {
    if (problems.length)
        throw mappingError(problems);
}
