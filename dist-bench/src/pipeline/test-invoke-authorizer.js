/**
 * TestInvokeAuthorizer: runs one authorizer of the draft API (no deployment, no cache) with the given
 * headers, path and query, stage variables and context, and answers as AWS does: `clientStatus` (200 when
 * the authorizer produced a policy, 401 when it refused the caller, 500 when it failed), `log`,
 * `latency` (ms), and `principalId` and `policy` (the policyDocument as the function returned it) from a
 * Lambda authorizer, `claims` from a Cognito one.
 *
 * What AWS's own test invocation does, as a public execution log records it (a REQUEST authorizer, 2019):
 * the method ARN names the stage `ESTestInvoke-stage` and `GET /`; the event's requestContext has stage
 * `test-invoke-stage`, resourceId `test-invoke-resource-id`, domainPrefix `testPrefix`, sourceIp
 * `test-invoke-source-ip`, apiKey `test-invoke-api-key`; empty maps are `{}`; and the log lines are
 *   Execution log for request {id}
 *   {date} : Starting authorizer: {authorizerId} for request: {id}
 *   {date} : Incoming identity: {method.request.header.X=********abcdef}   (all but the last 6 characters masked)
 *   {date} : Endpoint request URI: https://lambda.{region}.amazonaws.com/2015-03-31/functions/{arn}/invocations
 *   {date} : Endpoint request headers: {…}
 *   {date} : Endpoint request body after transformations: {event}
 *   {date} : Sending request to https://lambda…
 *   {date} : Unauthorized request: {id}  /  {date} : Unauthorized
 * and, on success (another public log, 2017): "Authorizer result body before parsing: …", "Using valid
 * authorizer policy for principal: {masked}", "Successfully completed authorizer execution".
 * Not recorded: `clientStatus` on success (the API reference says 0; emulators and the console show 200,
 * used here), the `authorization` map (here: the authorizer's context, each value as a one-element list)
 * and the failure lines other than Unauthorized (here: "Execution failed due to configuration error: …").
 */
import { randomUUID } from 'node:crypto';
import { verifyCognitoToken } from '../auth/cognito.js';
import { AuthorizerFailure, authorizerTarget, callAuthorizer, mask, readIdentity, requestEvent, tokenEvent, } from '../auth/lambda-authorizer.js';
import { methodArn } from '../auth/resource-policy.js';
import { amzDate } from '../auth/sigv4.js';
import { clfTime, valueAt } from './invocation.js';
import { parseQuery } from './request.js';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const pad = (n) => String(n).padStart(2, '0');
const logDate = (d) => `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`;
const javaMap = (m) => `{${Object.entries(m)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ')}}`;
/** The execution log of one test invocation, and when it started (for `latency`). */
class Run {
    requestId = randomUUID();
    startedAt = new Date();
    started = performance.now();
    lines = [`Execution log for request ${this.requestId}`];
    log(s) {
        this.lines.push(`${logDate(this.startedAt)} : ${s}`);
    }
    answer(clientStatus, extra = {}) {
        return { clientStatus, log: `${this.lines.join('\n')}\n`, latency: Math.round(performance.now() - this.started), ...extra };
    }
    failed(e) {
        if (e.type === 'UNAUTHORIZED') {
            this.log(`Unauthorized request: ${this.requestId}`);
            this.log('Unauthorized');
            return this.answer(401);
        }
        this.log(e.log);
        this.log(e.type === 'AUTHORIZER_CONFIGURATION_ERROR' ? 'AuthorizerConfigurationException' : 'AuthorizerFailureException');
        return this.answer(500);
    }
}
/** The given headers (a single value wins over a list), path, query and stage variables. */
function simulatedRequest(input, account, requestId) {
    const headers = {};
    const multiValueHeaders = {};
    for (const [k, vs] of Object.entries(input.multiValueHeaders ?? {})) {
        multiValueHeaders[k] = [...vs];
        headers[k] = vs[vs.length - 1];
    }
    for (const [k, v] of Object.entries(input.headers ?? {})) {
        headers[k] = v;
        multiValueHeaders[k] = [v];
    }
    const pathWithQuery = input.pathWithQueryString || '/';
    const q = pathWithQuery.indexOf('?');
    let path = q < 0 ? pathWithQuery : pathWithQuery.slice(0, q);
    if (!path.startsWith('/'))
        path = `/${path}`;
    const query = parseQuery(q < 0 ? '' : pathWithQuery.slice(q + 1));
    const stageVariables = { ...(input.stageVariables ?? {}) };
    return { headers, multiValueHeaders, path, query, stageVariables, requestContext: requestContext(input.restApiId, account, path, requestId) };
}
/** The requestContext of a test invocation, with the values AWS's own test invocations show (header comment). */
function requestContext(apiId, account, path, requestId) {
    const now = Date.now();
    return {
        resourceId: 'test-invoke-resource-id',
        resourcePath: path,
        httpMethod: 'GET',
        extendedRequestId: Buffer.from(requestId.replace(/-/g, '').slice(0, 22), 'hex').toString('base64'),
        requestTime: clfTime(now),
        path,
        accountId: account.accountId,
        protocol: 'HTTP/1.1',
        stage: 'test-invoke-stage',
        domainPrefix: 'testPrefix',
        requestTimeEpoch: now,
        requestId,
        identity: {
            cognitoIdentityPoolId: null,
            cognitoIdentityId: null,
            apiKey: 'test-invoke-api-key',
            principalOrgId: null,
            cognitoAuthenticationType: null,
            userArn: null,
            apiKeyId: 'test-invoke-api-key-id',
            userAgent: null,
            accountId: null,
            caller: null,
            sourceIp: 'test-invoke-source-ip',
            accessKey: null,
            cognitoAuthenticationProvider: null,
            user: null,
        },
        domainName: 'testPrefix.testDomainName',
        apiId,
    };
}
/** Where the authorizer's identity sources read from: the simulated request, and additionalContext before its requestContext. */
function identityReader(input, req) {
    return {
        header: (name) => {
            const k = Object.keys(req.headers).find((h) => h.toLowerCase() === name.toLowerCase());
            return k === undefined ? undefined : req.headers[k];
        },
        query: (name) => {
            const v = req.query.get(name);
            return v?.[v.length - 1];
        },
        stageVariable: (name) => req.stageVariables[name],
        context: (p) => {
            if (input.additionalContext?.[p] !== undefined)
                return input.additionalContext[p];
            const v = valueAt(req.requestContext, p);
            return v === undefined || v === null ? undefined : String(v);
        },
    };
}
/** "Incoming identity": the token masked, or a REQUEST authorizer's sources as a Java map of masked values. */
function logIdentity(run, a, identity) {
    const shown = a.type === 'REQUEST'
        ? javaMap(Object.fromEntries(identity.values.filter(([, v]) => v !== undefined).map(([s, v]) => [s, mask(v)])))
        : mask(identity.values[0]?.[1] ?? '');
    run.log(`Incoming identity: ${shown}`);
}
async function runCognito(rt, run, a, token) {
    try {
        const { claims } = await verifyCognitoToken(token, a, undefined, rt.jwks, Date.now());
        run.log('Successfully completed authorizer execution');
        return run.answer(200, { claims });
    }
    catch (e) {
        if (e instanceof AuthorizerFailure)
            return run.failed(e);
        throw e;
    }
}
/** The event a Lambda authorizer is sent: TOKEN's token and method ARN, or REQUEST's proxy-style event. */
function lambdaEvent(a, key, arn, req) {
    if (a.type === 'TOKEN')
        return tokenEvent(key, arn);
    return requestEvent(arn, {
        resource: req.path,
        path: req.path,
        httpMethod: 'GET',
        headers: req.headers,
        multiValueHeaders: req.multiValueHeaders,
        queryStringParameters: Object.fromEntries([...req.query].map(([k, v]) => [k, v[v.length - 1]])),
        multiValueQueryStringParameters: Object.fromEntries(req.query),
        pathParameters: {},
        stageVariables: req.stageVariables,
        requestContext: req.requestContext,
    });
}
/** The endpoint request lines, when the authorizer names a function Tollgate can address. */
function logLambdaRequest(run, a, apiId, account, req, event) {
    const target = authorizerTarget(a, req.stageVariables, account.accountId);
    if (!target)
        return;
    const uri = `https://lambda.${target.region}.amazonaws.com/2015-03-31/functions/${target.arn}/invocations`;
    run.log(`Endpoint request URI: ${uri}`);
    run.log(`Endpoint request headers: ${javaMap({
        'x-amzn-lambda-integration-tag': run.requestId,
        'X-Amz-Date': amzDate(Date.now()),
        'x-amzn-apigateway-api-id': apiId,
        'X-Amz-Source-Arn': `arn:aws:execute-api:${account.region}:${account.accountId}:${apiId}/authorizers/${a.id}`,
        Accept: 'application/json',
        'User-Agent': `AmazonAPIGateway_${apiId}`,
    })}`);
    run.log(`Endpoint request body after transformations: ${JSON.stringify(event)}`);
    run.log(`Sending request to ${uri}`);
}
async function runLambda(rt, run, a, account, req, event) {
    try {
        const { output } = await callAuthorizer(rt.lambda, a, req.stageVariables, account.accountId, event);
        run.log(`Authorizer result body before parsing: ${output.payload}`);
        run.log(`Using valid authorizer policy for principal: ${mask(output.principalId)}`);
        run.log('Successfully completed authorizer execution');
        const authorization = {};
        for (const [k, v] of Object.entries(output.context))
            authorization[k] = [v];
        return run.answer(200, { principalId: output.principalId, policy: output.policyText, authorization });
    }
    catch (e) {
        if (e instanceof AuthorizerFailure)
            return run.failed(e);
        throw e;
    }
}
export async function testInvokeAuthorizer(rt, call) {
    const { input, authorizer: a } = call;
    const account = { region: call.region, accountId: call.accountId };
    const run = new Run();
    const req = simulatedRequest(input, account, run.requestId);
    run.log(`Starting authorizer: ${a.id} for request: ${run.requestId}`);
    const identity = readIdentity(a, identityReader(input, req));
    logIdentity(run, a, identity);
    if (!identity.ok)
        return run.failed(new AuthorizerFailure('UNAUTHORIZED', 'Unauthorized'));
    if (a.type === 'COGNITO_USER_POOLS')
        return runCognito(rt, run, a, identity.key);
    const arn = methodArn(account.region, account.accountId, input.restApiId, 'ESTestInvoke-stage', 'GET', req.path);
    const event = lambdaEvent(a, identity.key, arn, req);
    logLambdaRequest(run, a, input.restApiId, account, req, event);
    return runLambda(rt, run, a, account, req, event);
}
//# sourceMappingURL=test-invoke-authorizer.js.map