/**
 * The Lambda proxy integration's input event, payload format 1.0 (DG:set-up-lambda-proxy-integrations
 * "Input format"; field rules recorded against AWS in LS-snap test_apigateway_lambda
 * test_lambda_aws_proxy_integration and test_lambda_aws_proxy_integration_request_data_mapping;
 * aws-behavior.md "Lambda proxy integration"):
 *   - `resource` the resource's path template, `path` the request path without the stage, raw
 *     (trailing slash kept), `httpMethod` the actual verb;
 *   - `headers` (last value) and `multiValueHeaders` (all values) with the client's casing, less
 *     Content-Length and Connection, plus X-Forwarded-For (the client's chain + its address),
 *     X-Forwarded-Port, X-Forwarded-Proto and X-Amzn-Trace-Id;
 *   - `queryStringParameters` (last value) / `multiValueQueryStringParameters`, decoded, null when none;
 *   - the integration's `requestParameters` are not applied: the event carries the client's headers
 *     and query only (rec: test_apigateway_lambda.py::test_lambda_aws_proxy_integration_request_data_mapping
 *     [http-proxy-invocation-data-mapping] — `headerVar` keeps the client's value, `testQs` is absent —
 *     and rec: test_apigateway_integrations.py::TestApiGatewayHeaderRemapping::test_apigateway_header_remapping_aws[AWS_PROXY]
 *     [full-integration]); mapping a forbidden header still fails the request (integration-request.ts);
 *   - `pathParameters` raw (not percent-decoded), null when none; `stageVariables` null when none;
 *   - `body` a string or null; base64 with isBase64Encoded:true when the Content-Type is one of
 *     binaryMediaTypes (binary.ts);
 *   - `requestContext` the recorded keys: accountId, apiId, deploymentId, domainName, domainPrefix,
 *     extendedRequestId, httpMethod, identity (accessKey … userArn, nulls kept; apiKey/apiKeyId only
 *     when the method requires a key), path (with the stage), protocol, requestId, requestTime (CLF),
 *     requestTimeEpoch (ms), resourceId, resourcePath, stage; `authorizer` when one ran.
 */
import { isBinaryRequest } from '../binary.js';
import { contextOf, header } from '../invocation.js';
import { invocationTraceId } from '../method-response.js';
const DROPPED = new Set(['content-length', 'connection']);
/**
 * The event's `path`: the request path after the stage with its leading slashes collapsed into one,
 * inner ones kept — `/stage//hardcoded` gives `/hardcoded`, `/proxy-value//double-slash` stays (rec:
 * test_apigateway_lambda.py::test_lambda_aws_proxy_integration [invocation-hardcoded],
 * [invocation-payload-with-prepended-slash], [invocation-payload-with-double-slash]);
 * `requestContext.path` keeps the path as sent.
 */
function eventPath(path) {
    if (path.charCodeAt(1) !== 47 /* / */)
        return path;
    let start = 1;
    while (path.charCodeAt(start) === 47)
        start++;
    return `/${path.slice(start)}`;
}
const orNull = (o) => (Object.keys(o).length ? o : null);
export function buildProxyEvent(inv) {
    const req = inv.request;
    const { headers, multiValueHeaders } = eventHeaders(inv);
    const query = {};
    const multiQuery = {};
    for (const [k, values] of req.query) {
        query[k] = values[values.length - 1];
        multiQuery[k] = [...values];
    }
    const binary = req.body.length > 0 && isBinaryRequest(inv);
    return {
        resource: inv.resource.path,
        // Through a custom domain AWS passes the path as sent, base path included (edge/custom-domains.ts).
        path: req.target.domain ? req.target.domain.requestPath : eventPath(req.target.path),
        httpMethod: req.method,
        headers: orNull(headers),
        multiValueHeaders: orNull(multiValueHeaders),
        queryStringParameters: orNull(query),
        multiValueQueryStringParameters: orNull(multiQuery),
        pathParameters: orNull({ ...inv.pathParameters }),
        stageVariables: orNull({ ...inv.stageVariables }),
        requestContext: eventRequestContext(contextOf(inv)),
        body: req.body.length === 0 ? null : binary ? req.body.toString('base64') : req.body.toString('utf8'),
        isBase64Encoded: binary,
    };
}
/** `headers` and `multiValueHeaders`: the client's, in its casing, then API Gateway's own (names compared without case). */
function eventHeaders(inv) {
    const req = inv.request;
    const names = new Map();
    const multi = new Map();
    const put = (name, values) => {
        const lower = name.toLowerCase();
        names.set(lower, names.get(lower) ?? name);
        multi.set(lower, values);
    };
    for (const [lower, h] of req.headers)
        if (!DROPPED.has(lower))
            put(h.name, [...h.values]);
    const forwarded = header(req, 'x-forwarded-for');
    put('X-Forwarded-For', [forwarded ? `${forwarded}, ${req.sourceIp}` : req.sourceIp]);
    if (!multi.has('x-forwarded-port'))
        put('X-Forwarded-Port', [String(req.localPort ?? 443)]);
    if (!multi.has('x-forwarded-proto'))
        put('X-Forwarded-Proto', [req.secure ? 'https' : 'http']);
    // The client's own trace id, completed with a Parent when it has none (method-response.ts).
    put('X-Amzn-Trace-Id', [invocationTraceId(inv)]);
    const headers = {};
    const multiValueHeaders = {};
    for (const [lower, values] of multi) {
        const name = names.get(lower);
        headers[name] = values[values.length - 1];
        multiValueHeaders[name] = values;
    }
    return { headers, multiValueHeaders };
}
/** `requestContext`: the recorded keys of `$context` (see above), `authorizer` only when one ran. */
function eventRequestContext(ctx) {
    const identity = ctx.identity;
    const requestContext = {
        accountId: ctx.accountId,
        apiId: ctx.apiId,
        deploymentId: ctx.deploymentId,
        domainName: ctx.domainName,
        domainPrefix: ctx.domainPrefix,
        extendedRequestId: ctx.extendedRequestId,
        httpMethod: ctx.httpMethod,
        identity: {
            accessKey: identity.accessKey ?? null,
            accountId: identity.accountId ?? null,
            caller: identity.caller ?? null,
            cognitoAuthenticationProvider: identity.cognitoAuthenticationProvider ?? null,
            cognitoAuthenticationType: identity.cognitoAuthenticationType ?? null,
            cognitoIdentityId: identity.cognitoIdentityId ?? null,
            cognitoIdentityPoolId: identity.cognitoIdentityPoolId ?? null,
            principalOrgId: identity.principalOrgId ?? null,
            sourceIp: identity.sourceIp,
            user: identity.user ?? null,
            userAgent: identity.userAgent ?? null,
            userArn: identity.userArn ?? null,
            ...(identity.clientCert ? { clientCert: identity.clientCert } : {}), // mutual-TLS custom domains
            ...(identity.apiKey ? { apiKey: identity.apiKey, apiKeyId: identity.apiKeyId } : {}),
        },
        path: ctx.path,
        protocol: ctx.protocol,
        requestId: ctx.requestId,
        requestTime: ctx.requestTime,
        requestTimeEpoch: ctx.requestTimeEpoch,
        resourceId: ctx.resourceId,
        resourcePath: ctx.resourcePath,
        stage: ctx.stage,
    };
    const authorizer = ctx.authorizer;
    if (authorizer && Object.keys(authorizer).length)
        requestContext.authorizer = authorizer;
    return requestContext;
}
