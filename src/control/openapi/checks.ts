/**
 * The rules an imported integration, authorizer, resource path part or method request parameter
 * obeys — the same rules and texts as PutIntegration (integrations.ts), CreateAuthorizer
 * (authorizers.ts), CreateResource (resources.ts) and PutMethod (methods.ts), which keep theirs
 * private. An import reports a broken one inside its "Errors found during import" list.
 */
import type { Authorizer } from '../authorizers.js';
import type { Integration } from '../integrations.js';

const HTTP_METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'ANY'];
const PASSTHROUGH = ['WHEN_NO_MATCH', 'WHEN_NO_TEMPLATES', 'NEVER'];
const CONTENT_HANDLING = ['CONVERT_TO_BINARY', 'CONVERT_TO_TEXT'];
const CONNECTION_TYPES = ['INTERNET', 'VPC_LINK'];
const MIN_TIMEOUT = 50;
const MAX_TIMEOUT = 29000;
const AWS_ARN = /^arn:aws[a-z-]*:apigateway:([a-z0-9-]+):([a-zA-Z0-9.-]+):(.*)$/;

/**
 * integrations.ts checkIntegration's rules and texts (peer-localstack F65; the timeout text as an import quotes it:
 * awslabs/visual-asset-management-system's deploy quota gate).
 */
export function integrationProblem(i: Integration): string | undefined {
  const needsMethod = i.type === 'HTTP' || i.type === 'HTTP_PROXY' || i.type === 'AWS' || i.type === 'AWS_PROXY';
  if (needsMethod && !i.httpMethod) return 'Enumeration value for HttpMethod must be non-empty';
  if (i.httpMethod && needsMethod && !HTTP_METHODS.includes(i.httpMethod)) {
    return 'Invalid HttpMethod specified. Valid options are GET,PUT,POST,DELETE,PATCH,OPTIONS,HEAD,ANY';
  }
  if (i.type === 'HTTP' || i.type === 'HTTP_PROXY') {
    let ok: boolean;
    try {
      const u = new URL((i.uri ?? '').replace(/\$\{stageVariables\.[^}]*\}/g, 'x'));
      ok = u.protocol === 'http:' || u.protocol === 'https:';
    } catch { ok = false; }
    if (!ok) return 'Invalid HTTP endpoint specified for URI';
  }
  if (i.type === 'AWS' || i.type === 'AWS_PROXY') {
    const m = AWS_ARN.exec(i.uri ?? '');
    if (!m) return 'Invalid ARN specified in the request';
    if (!/^(path|action)\//.test(m[3])) return 'AWS ARN for integration must contain path or action';
    if (i.type === 'AWS_PROXY' && !(m[2] === 'lambda' || m[2] === 'firehose')) {
      return "Integrations of type 'AWS_PROXY' currently only supports Lambda function and Firehose stream invocations.";
    }
  }
  if (!Number.isInteger(i.timeoutInMillis) || i.timeoutInMillis < MIN_TIMEOUT || i.timeoutInMillis > MAX_TIMEOUT) {
    return `Timeout should be between ${MIN_TIMEOUT} ms and ${MAX_TIMEOUT} ms`;
  }
  if (i.passthroughBehavior && !PASSTHROUGH.includes(i.passthroughBehavior)) {
    return `Invalid passthrough behavior specified: ${i.passthroughBehavior}. Valid options are ${PASSTHROUGH.join(',')}`;
  }
  // Not recorded: the texts for an unknown contentHandling / connectionType; they follow the passthrough text.
  if (i.contentHandling && !CONTENT_HANDLING.includes(i.contentHandling)) {
    return `Invalid content handling specified: ${i.contentHandling}. Valid options are ${CONTENT_HANDLING.join(',')}`;
  }
  if (i.connectionType && !CONNECTION_TYPES.includes(i.connectionType)) {
    return `Invalid connection type specified: ${i.connectionType}. Valid options are ${CONNECTION_TYPES.join(',')}`;
  }
  if (i.connectionType === 'VPC_LINK' && !i.connectionId) return 'ConnectionId must be set to vpcLinkId for private integration.';
  for (const r of Object.values(i.integrationResponses ?? {})) {
    // Not recorded for imports; PutIntegrationResponse's statusCode pattern (F67).
    if (!/^[1-5]\d\d$/.test(r.statusCode)) return `Invalid status code specified: ${r.statusCode}`;
    if (r.contentHandling && !CONTENT_HANDLING.includes(r.contentHandling)) {
      return `Invalid content handling specified: ${r.contentHandling}. Valid options are ${CONTENT_HANDLING.join(',')}`;
    }
  }
  return undefined;
}

const WITH_STAGE_VARS = (s: string): string => s.replace(/\$\{stageVariables\.[A-Za-z0-9_]+\}/g, 'x');
const LAMBDA_INVOKE = /^arn:aws[a-z-]*:apigateway:[a-z]{2}(-[a-z]+)+-\d:lambda:path\/2015-03-31\/functions\/arn:aws[a-z-]*:lambda:[a-z]{2}(-[a-z]+)+-\d:\d{12}:function:[A-Za-z0-9_-]+(:[A-Za-z0-9_$-]+)?\/invocations$/;
const USER_POOL_ARN = /^arn:aws[a-z-]*:cognito-idp:[a-z]{2}(-[a-z]+)+-\d:\d{12}:userpool\/[a-z]{2}(-[a-z]+)+-\d_[0-9A-Za-z]+$/;
const HEADER_SOURCE = /^method\.request\.header\.[a-zA-Z0-9._-]+$/;
const REQUEST_SOURCE = /^(method\.request\.(header|querystring)\.[a-zA-Z0-9._$-]+|stageVariables\.[A-Za-z0-9_]+|context\.[A-Za-z0-9._]+)$/;

/** authorizers.ts checkAuthorizer's rules and texts (sources cited there). */
export function authorizerProblem(a: Omit<Authorizer, 'id'>): string | undefined {
  if (a.type === 'TOKEN' || a.type === 'REQUEST') {
    if (!a.authorizerUri || !LAMBDA_INVOKE.test(WITH_STAGE_VARS(a.authorizerUri))) {
      return `Invalid Authorizer URI: ${a.authorizerUri ?? 'null'}. Authorizer URI should be a valid API Gateway ARN that represents a Lambda function invocation.`;
    }
  } else {
    if (!a.providerARNs?.length) return 'Invalid providerARNs specified. A COGNITO_USER_POOLS authorizer requires at least one Cognito user pool ARN.';
    const bad = a.providerARNs.find((arn) => !USER_POOL_ARN.test(arn));
    if (bad !== undefined) return `Invalid providerARNs specified: ${bad} is not a Cognito user pool ARN`;
  }
  const ttl = a.authorizerResultTtlInSeconds;
  if (ttl !== undefined && (!Number.isInteger(ttl) || ttl < 0 || ttl > 3600)) {
    return `Invalid authorizerResultTtlInSeconds specified: ${Number.isNaN(ttl) ? 'not a number' : ttl}. It must be between 0 and 3600`;
  }
  const sources = (a.identitySource ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (a.type === 'REQUEST') {
    if (!sources.length && (ttl ?? 300) > 0) return 'Identity source must be set if authorizer caching is enabled (TTL is greater than 0)';
    const bad = sources.find((s) => !REQUEST_SOURCE.test(s));
    if (bad !== undefined) return `Invalid identity source expression: ${bad}. The source must be a method request header or query string, a stage variable or a context variable`;
  } else if (!a.identitySource || !HEADER_SOURCE.test(a.identitySource)) {
    return `Invalid token source expression: ${a.identitySource ?? 'null'}. The source must be a method request header, matching 'method.request.header.[a-zA-Z0-9._-]+'`;
  }
  return undefined;
}

/** resources.ts PATH_PART and its text. */
const PATH_PART = /^(?:[a-zA-Z0-9._:,-]+|\{[a-zA-Z0-9._-]+\+?\})$/;
export function pathPartProblem(part: string): string | undefined {
  if (PATH_PART.test(part)) return undefined;
  return "Resource's path part only allow a-zA-Z0-9._- and curly braces at the beginning and the end and an optional plus sign before the closing brace.";
}
export const isVariablePart = (p: string | undefined): boolean => !!p && p.startsWith('{');
export const isGreedyPart = (p: string | undefined): boolean => !!p && p.endsWith('+}');

/**
 * A method request parameter name: recorded at import as "Invalid mapping expression specified:
 * Validation Result: warnings : [], errors : [Parameter name should match the following regular
 * expression: ^[a-zA-Z0-9._$-]+$]" (AWS's answer to `page[size]`, public notes of Columbia's API
 * gateway trial).
 */
export function parameterNameProblem(name: string): string | undefined {
  if (/^[a-zA-Z0-9._$-]+$/.test(name)) return undefined;
  return 'Invalid mapping expression specified: Validation Result: warnings : [], errors : [Parameter name should match the following regular expression: ^[a-zA-Z0-9._$-]+$]';
}
