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
import { verifyCognitoToken, type JwksStore } from '../auth/cognito.js';
import {
  AuthorizerFailure,
  authorizerTarget,
  callAuthorizer,
  mask,
  readIdentity,
  requestEvent,
  tokenEvent,
  type IdentityReader,
} from '../auth/lambda-authorizer.js';
import { methodArn } from '../auth/resource-policy.js';
import { amzDate } from '../auth/sigv4.js';
import type { TestInvokeAuthorizerRequest } from '../domain/data-plane-port.js';
import type { LambdaInvoker } from '../lambda/invoker.js';
import { clfTime, valueAt } from './invocation.js';
import { parseQuery } from './request.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const pad = (n: number): string => String(n).padStart(2, '0');
const logDate = (d: Date): string =>
  `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`;
const javaMap = (m: Record<string, string>): string =>
  `{${Object.entries(m)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ')}}`;

/** What a test invocation runs with: the data plane's Lambda invokers and user pool keys. */
export interface TestInvokeAuthorizerDeps {
  lambda: LambdaInvoker;
  jwks: JwksStore;
}

export async function testInvokeAuthorizer(rt: TestInvokeAuthorizerDeps, req: TestInvokeAuthorizerRequest): Promise<Record<string, unknown>> {
  const { input, authorizer: a } = req;
  const ctx = { region: req.region, accountId: req.accountId };
  const requestId = randomUUID();
  const startedAt = new Date();
  const started = performance.now();
  const lines = [`Execution log for request ${requestId}`];
  const log = (s: string): void => {
    lines.push(`${logDate(startedAt)} : ${s}`);
  };

  // The simulated request.
  const headers: Record<string, string> = {};
  const multiValueHeaders: Record<string, string[]> = {};
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
  if (!path.startsWith('/')) path = `/${path}`;
  const query = parseQuery(q < 0 ? '' : pathWithQuery.slice(q + 1));
  const stageVariables = { ...(input.stageVariables ?? {}) };
  const now = Date.now();
  const requestContext: Record<string, unknown> = {
    resourceId: 'test-invoke-resource-id',
    resourcePath: path,
    httpMethod: 'GET',
    extendedRequestId: Buffer.from(requestId.replace(/-/g, '').slice(0, 22), 'hex').toString('base64'),
    requestTime: clfTime(now),
    path,
    accountId: ctx.accountId,
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
    apiId: input.restApiId,
  };
  const headerOf = (name: string): string | undefined => {
    const k = Object.keys(headers).find((h) => h.toLowerCase() === name.toLowerCase());
    return k === undefined ? undefined : headers[k];
  };
  const reader: IdentityReader = {
    header: headerOf,
    query: (name) => {
      const v = query.get(name);
      return v?.[v.length - 1];
    },
    stageVariable: (name) => stageVariables[name],
    context: (p) => {
      if (input.additionalContext?.[p] !== undefined) return input.additionalContext[p];
      const v = valueAt(requestContext, p);
      return v === undefined || v === null ? undefined : String(v);
    },
  };

  const out = (clientStatus: number, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
    clientStatus,
    log: `${lines.join('\n')}\n`,
    latency: Math.round(performance.now() - started),
    ...extra,
  });
  const failed = (e: AuthorizerFailure): Record<string, unknown> => {
    if (e.type === 'UNAUTHORIZED') {
      log(`Unauthorized request: ${requestId}`);
      log('Unauthorized');
      return out(401);
    }
    log(e.log);
    log(e.type === 'AUTHORIZER_CONFIGURATION_ERROR' ? 'AuthorizerConfigurationException' : 'AuthorizerFailureException');
    return out(500);
  };

  log(`Starting authorizer: ${a.id} for request: ${requestId}`);
  const identity = readIdentity(a, reader);
  log(
    `Incoming identity: ${
      a.type === 'REQUEST'
        ? javaMap(Object.fromEntries(identity.values.filter(([, v]) => v !== undefined).map(([s, v]) => [s, mask(v!)])))
        : mask(identity.values[0]?.[1] ?? '')
    }`,
  );
  if (!identity.ok) return failed(new AuthorizerFailure('UNAUTHORIZED', 'Unauthorized'));

  if (a.type === 'COGNITO_USER_POOLS') {
    try {
      const { claims } = await verifyCognitoToken(identity.key, a, undefined, rt.jwks, Date.now());
      log('Successfully completed authorizer execution');
      return out(200, { claims });
    } catch (e) {
      if (e instanceof AuthorizerFailure) return failed(e);
      throw e;
    }
  }

  const arn = methodArn(ctx.region, ctx.accountId, input.restApiId, 'ESTestInvoke-stage', 'GET', path);
  const event =
    a.type === 'TOKEN'
      ? tokenEvent(identity.key, arn)
      : requestEvent(arn, {
          resource: path,
          path,
          httpMethod: 'GET',
          headers,
          multiValueHeaders,
          queryStringParameters: Object.fromEntries([...query].map(([k, v]) => [k, v[v.length - 1]])),
          multiValueQueryStringParameters: Object.fromEntries(query),
          pathParameters: {},
          stageVariables,
          requestContext,
        });
  const target = authorizerTarget(a, stageVariables, ctx.accountId);
  if (target) {
    const uri = `https://lambda.${target.region}.amazonaws.com/2015-03-31/functions/${target.arn}/invocations`;
    log(`Endpoint request URI: ${uri}`);
    log(
      `Endpoint request headers: ${javaMap({
        'x-amzn-lambda-integration-tag': requestId,
        'X-Amz-Date': amzDate(Date.now()),
        'x-amzn-apigateway-api-id': input.restApiId,
        'X-Amz-Source-Arn': `arn:aws:execute-api:${ctx.region}:${ctx.accountId}:${input.restApiId}/authorizers/${a.id}`,
        Accept: 'application/json',
        'User-Agent': `AmazonAPIGateway_${input.restApiId}`,
      })}`,
    );
    log(`Endpoint request body after transformations: ${JSON.stringify(event)}`);
    log(`Sending request to ${uri}`);
  }
  try {
    const { output } = await callAuthorizer(rt.lambda, a, stageVariables, ctx.accountId, event);
    log(`Authorizer result body before parsing: ${output.payload}`);
    log(`Using valid authorizer policy for principal: ${mask(output.principalId)}`);
    log('Successfully completed authorizer execution');
    const authorization: Record<string, string[]> = {};
    for (const [k, v] of Object.entries(output.context)) authorization[k] = [v];
    return out(200, { principalId: output.principalId, policy: output.policyText, authorization });
  } catch (e) {
    if (e instanceof AuthorizerFailure) return failed(e);
    throw e;
  }
}
