/**
 * What the control plane may ask of the data plane: the port the composition root (src/app.ts) builds
 * from the data plane's runtime (src/pipeline/port.ts) and hands to every control-plane handler
 * (ControlContext.dataPlane). Nothing else of the data plane is reachable from src/services/apigateway.
 */
import type { Authorizer } from './authorizer.js';
import type { DeploymentSnapshot } from './deployment.js';
import type { Resource } from './resource.js';

/** TestInvokeMethod's input (the request members). */
export interface TestInvokeMethodInput {
  restApiId: string;
  resourceId: string;
  httpMethod: string;
  pathWithQueryString?: string;
  body?: string;
  headers?: Record<string, string>;
  multiValueHeaders?: Record<string, string[]>;
  clientCertificateId?: string;
  stageVariables?: Record<string, string>;
}

/** A test invocation of one method of the draft API: the control plane found it and froze the API. */
export interface TestInvokeMethodRequest {
  region: string;
  accountId: string;
  input: TestInvokeMethodInput;
  /** The draft API, as a deployment would freeze it. */
  snapshot: DeploymentSnapshot;
  resource: Resource;
  /** The method key of `resource` that answers (the verb asked for, or ANY). */
  methodKey: string;
}

export interface TestInvokeMethodResult {
  status: number;
  body: string;
  headers: Record<string, string>;
  multiValueHeaders: Record<string, string[]>;
  log: string;
  latency: number;
}

/** TestInvokeAuthorizer's input (the request members). */
export interface TestInvokeAuthorizerInput {
  restApiId: string;
  authorizerId: string;
  headers?: Record<string, string>;
  multiValueHeaders?: Record<string, string[]>;
  pathWithQueryString?: string;
  body?: string;
  stageVariables?: Record<string, string>;
  additionalContext?: Record<string, string>;
}

export interface TestInvokeAuthorizerRequest {
  region: string;
  accountId: string;
  input: TestInvokeAuthorizerInput;
  authorizer: Authorizer;
}

/**
 * TestInvokeAuthorizer's answer: clientStatus, log and latency always; principalId, policy and
 * authorization from a Lambda authorizer that allowed the caller, claims from a Cognito one.
 */
export interface TestInvokeAuthorizerResult {
  clientStatus: number;
  log: string;
  latency: number;
  principalId?: string;
  policy?: string;
  authorization?: Record<string, string[]>;
  claims?: Record<string, string>;
}

export interface DataPlanePort {
  /** FlushStageCache: empties the stage's cache. */
  flushStageCache(restApiId: string, stageName: string): void | Promise<void>;
  /** FlushStageAuthorizersCache: forgets the stage's cached authorizer results. */
  flushAuthorizerCache(restApiId: string, stageName: string): void | Promise<void>;
  /** TestInvokeMethod: runs the method through the data plane's pipeline, and answers with its trace. */
  testInvokeMethod(req: TestInvokeMethodRequest): Promise<TestInvokeMethodResult>;
  /** TestInvokeAuthorizer: runs the authorizer as the data plane would, and answers with its trace. */
  testInvokeAuthorizer(req: TestInvokeAuthorizerRequest): Promise<TestInvokeAuthorizerResult>;
}
