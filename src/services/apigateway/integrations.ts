/**
 * Integrations and integration responses, kept on their method (`methodIntegration`). Rules, defaults
 * and texts are AWS's recorded ones (peer-localstack F64–F67; aws-behavior.md "Exact messages").
 */
import { badRequest, notFound, ServiceError } from './errors.js';
import { applyPatch, patchBoolean, type PatchOperation, type PatchTable } from './patch.js';
import type { ControlContext, Handlers } from './context.js';
import { checkEnumPatch, type EnumName } from './enums.js';
import { integrationResponseView, integrationView } from './method-views.js';
import { HTTP_METHODS, methodNotFound, withMethod } from './methods.js';
import { getResource } from './resources.js';
import { javaRegexProblem } from '../../shared/java-regex.js';
import { integrationRequestProblems, integrationResponseProblems, refuseProblems } from './mapping-expressions.js';
import type { IntegrationResponse, Integration } from '../../domain/integration.js';

const integrationNotFound = (): Error => notFound('Invalid Integration identifier specified');
const responseNotFound = (): Error => notFound('Invalid Response status code specified');
const PASSTHROUGH = ['WHEN_NO_MATCH', 'WHEN_NO_TEMPLATES', 'NEVER'];
/** 50–29000 ms (SVC Integration.timeoutInMillis; DG:limits). */
export const MIN_TIMEOUT = 50;
export const MAX_TIMEOUT = 29000;

/**
 * `arn:aws:apigateway:{region}:{service}:{path|action}/{rest}`, e.g.
 * `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/{fn}/invocations`.
 */
const AWS_ARN = /^arn:aws[a-z-]*:apigateway:([a-z0-9-]+):([a-zA-Z0-9.-]+):(.*)$/;

/**
 * A role of another account cannot be passed: AWS's 403 AccessDeniedException "Cross-account pass role
 * is not allowed." to PutIntegration (quoted in amazon-archives/aws-apigateway-importer#25). Only a role
 * ARN naming an account is checked: `arn:aws:iam::*:user/*` (the caller's own credentials) is not a role.
 */
function passRoleProblem(credentials: string | undefined, accountId: string): ServiceError | undefined {
  const m = /^arn:aws[a-z-]*:iam::(\d{12}):role\//.exec(credentials ?? '');
  if (m && m[1] !== accountId) return new ServiceError('AccessDeniedException', 'Cross-account pass role is not allowed.');
  return undefined;
}

/** Any ARN: `arn:{partition}:{service}:{region}:{account}:{resource}`. */
const ANY_ARN = /^arn:[^:]+:[^:]*:[^:]*:[^:]*:.+$/;
/** A Lambda function's invocation path, the only Lambda path AWS_PROXY takes. */
const LAMBDA_INVOCATION = /^path\/\d{4}-\d{2}-\d{2}\/functions\/[^/]+\/invocations$/;

/**
 * An AWS / AWS_PROXY URI. Recorded: no ARN at all → "Invalid ARN specified in the request"; an ARN
 * of another service (a function's own ARN, an IAM role) → "must contain path or action"
 * (rec: test_apigateway_lambda.py::test_put_integration_aws_proxy_uri [put-integration-lambda-uri],
 * test_apigateway_integrations.py::test_put_integration_validation [invalid-uri-invalid-arn]); AWS_PROXY
 * refuses S3, a Lambda path that is no function invocation, and Firehose given a path
 * ([put-integration-bad-lambda-arn], [put-integration-wrong-firehose], [no-s3-support-AWS_PROXY]).
 */
function awsUriProblem(type: string, uri: string, credentials: string | undefined, accountId: string): ServiceError | undefined {
  const passRole = passRoleProblem(credentials, accountId);
  if (passRole) return passRole;
  if (!ANY_ARN.test(uri)) return badRequest('Invalid ARN specified in the request');
  const m = AWS_ARN.exec(uri);
  if (!m || !/^(path|action)\//.test(m[3])) return badRequest('AWS ARN for integration must contain path or action');
  const [, , service, rest] = m;
  // Only Lambda is called without a role (rec: test_apigateway_integrations.py::test_put_integration_validation [aws-integration-type-AWS]);
  // another service needs one: AWS's 400, quoted in hashicorp/terraform-provider-aws#7916 (ec2) and aws/aws-cdk#1465 (Step Functions).
  if (type === 'AWS' && service !== 'lambda' && !credentials) return badRequest('Role ARN must be specified for AWS integrations');
  if (type !== 'AWS_PROXY') return undefined;
  const lambdaOk = service === 'lambda' && (rest.startsWith('action/') || LAMBDA_INVOCATION.test(rest));
  const firehoseOk = service === 'firehose' && rest.startsWith('action/');
  if (!lambdaOk && !firehoseOk) {
    return badRequest("Integrations of type 'AWS_PROXY' currently only supports Lambda function and Firehose stream invocations.");
  }
  return undefined;
}

/**
 * The rules an integration obeys, wherever it comes from: PutIntegration and UpdateIntegration throw
 * the error as it is; an OpenAPI import (openapi/plan.ts) lists its message as "Unable to put
 * integration on '{verb}' for resource at path '{path}': {message}" (recorded form, see there).
 * Enum members (type, connectionType, contentHandling) are the model's to check on the wire
 * (protocol/validate.ts); an import, which has no wire shape, checks them itself (openapi/checks.ts).
 */
export function integrationProblem(i: Integration, accountId: string): ServiceError | undefined {
  const needsMethod = i.type === 'HTTP' || i.type === 'HTTP_PROXY' || i.type === 'AWS' || i.type === 'AWS_PROXY';
  if (needsMethod && !i.httpMethod) return badRequest('Enumeration value for HttpMethod must be non-empty');
  if (i.httpMethod && needsMethod && !HTTP_METHODS.includes(i.httpMethod)) {
    return badRequest('Invalid HttpMethod specified. Valid options are GET,PUT,POST,DELETE,PATCH,OPTIONS,HEAD,ANY');
  }
  if (i.type === 'HTTP' || i.type === 'HTTP_PROXY') {
    let ok: boolean;
    try {
      // Stage variables may stand anywhere in the URI; they are resolved at invoke time.
      const u = new URL((i.uri ?? '').replace(/\$\{stageVariables\.[^}]*\}/g, 'x'));
      ok = u.protocol === 'http:' || u.protocol === 'https:';
    } catch {
      ok = false;
    }
    if (!ok) return badRequest('Invalid HTTP endpoint specified for URI');
  }
  if (i.type === 'AWS' || i.type === 'AWS_PROXY') {
    const problem = awsUriProblem(i.type, i.uri ?? '', i.credentials, accountId);
    if (problem) return problem;
  }
  if (!Number.isInteger(i.timeoutInMillis) || i.timeoutInMillis < MIN_TIMEOUT || i.timeoutInMillis > MAX_TIMEOUT) {
    // The text as an import quotes it (awslabs/visual-asset-management-system's deploy quota gate); states the documented range.
    return badRequest(`Timeout should be between ${MIN_TIMEOUT} ms and ${MAX_TIMEOUT} ms`);
  }
  if (i.passthroughBehavior && !PASSTHROUGH.includes(i.passthroughBehavior)) {
    return badRequest(`Invalid passthrough behavior specified: ${i.passthroughBehavior}. Valid options are ${PASSTHROUGH.join(',')}`);
  }
  // A VPC_LINK connectionId is not looked up: REST APIs also take VPC links V2, made by the apigatewayv2
  // API (DG private-integration: "API Gateway supports VPC links V2 for REST APIs"), which Tollgate does
  // not keep, and AWS's answer to an id naming no link is not recorded (neither for PutIntegration nor for
  // an import). So, as the issue's rule asks where nothing is recorded, any id is accepted by both.
  if (i.connectionType === 'VPC_LINK' && !i.connectionId) {
    return badRequest('ConnectionId must be set to vpcLinkId for private integration.');
  }
  return undefined;
}

function checkIntegration(i: Integration, accountId: string): void {
  const problem = integrationProblem(i, accountId);
  if (problem) throw problem;
}

/**
 * A template's key must be a content type (rec: test_apigateway_api.py::TestApigatewayIntegrationResponse::test_integration_response_invalid_responsetemplates
 * [put-integration-response-invalid-responseTemplates-2]: "123" is refused). Only a key with no
 * "/" at all is refused: AWS's full rule is not recorded, and anything type/subtype-like is taken.
 */
function checkContentTypes(templates: Record<string, unknown> | undefined): void {
  const bad = Object.keys(templates ?? {}).filter((k) => !/^[^/]+\/[^/]+$/.test(k));
  if (bad.length) throw badRequest(`Validation Result: warnings : [], errors : [${bad.map((k) => `Invalid content type specified: ${k}`).join(', ')}]`);
}

/** An empty template is kept as null (rec: test_apigateway_api.py::TestApigatewayIntegration::test_put_integration_response_templates [put-integration-response-template-empty]); both mean none. */
function emptyTemplatesAsNull(templates: Record<string, string | null> | undefined): Record<string, string | null> | undefined {
  return templates && Object.fromEntries(Object.entries(templates).map(([k, v]) => [k, v === '' ? null : v]));
}

/** The members UpdateIntegration sets that are enums of the model, checked as the wire checks PutIntegration's. */
const ENUM_MEMBERS: Partial<Record<string, readonly [EnumName, string]>> = {
  connectionType: ['ConnectionType', 'connection type'],
  contentHandling: ['ContentHandlingStrategy', 'content handling'],
  responseTransferMode: ['ResponseTransferMode', 'response transfer mode'],
};

const INTEGRATION_PATCH: PatchTable<Integration> = {
  rules: [
    ...(
      [
        'cacheNamespace',
        'connectionId',
        'connectionType',
        'contentHandling',
        'httpMethod',
        'uri',
        'passthroughBehavior',
        'integrationTarget',
        'responseTransferMode',
        'credentials',
      ] as const
    ).map((k) => ({
      path: `/${k}`,
      ops: ['replace' as const],
      apply: (i: Integration, op: PatchOperation) => {
        if (op.value === undefined || op.value === '') delete i[k];
        else {
          const e = ENUM_MEMBERS[k];
          i[k] = e ? checkEnumPatch(e[0], e[1], op.value) : op.value;
        }
      },
    })),
    {
      path: '/timeoutInMillis',
      ops: ['replace'],
      apply: (i, op) => {
        i.timeoutInMillis = /^\d+$/.test(op.value ?? '') ? Number(op.value) : NaN;
      },
    },
    {
      path: '/tlsConfig/insecureSkipVerification',
      ops: ['replace'],
      apply: (i, op) => {
        i.tlsConfig = { insecureSkipVerification: patchBoolean(op.value) };
      },
    },
    {
      path: '/cacheKeyParameters/*',
      ops: ['add', 'replace', 'remove'],
      apply: (i, op, key) => {
        const list = i.cacheKeyParameters.filter((k) => k !== key);
        if (op.op !== 'remove') list.push(key);
        i.cacheKeyParameters = list;
      },
    },
    ...(['requestParameters', 'requestTemplates'] as const).map((k) => ({
      path: `/${k}/*`,
      ops: ['add' as const, 'replace' as const, 'remove' as const],
      apply: (i: Integration, op: PatchOperation, key: string) => {
        const map: Record<string, string | null> = { ...(i[k] ?? {}) };
        if (op.op === 'remove') delete map[key];
        else map[key] = op.value ?? null;
        i[k] = map as Record<string, string>;
      },
    })),
  ],
};

const INTEGRATION_RESPONSE_PATCH: PatchTable<IntegrationResponse> = {
  rules: [
    {
      path: '/selectionPattern',
      ops: ['replace'],
      apply: (r, op) => {
        r.selectionPattern = op.value ?? '';
      },
    },
    {
      path: '/contentHandling',
      ops: ['replace'],
      apply: (r, op) => {
        if (op.value) r.contentHandling = checkEnumPatch('ContentHandlingStrategy', 'content handling', op.value);
        else delete r.contentHandling;
      },
    },
    ...(['responseParameters', 'responseTemplates'] as const).map((k) => ({
      path: `/${k}/*`,
      ops: ['add' as const, 'replace' as const, 'remove' as const],
      apply: (r: IntegrationResponse, op: PatchOperation, key: string) => {
        const map: Record<string, string | null> = { ...(r[k] ?? {}) };
        if (op.op === 'remove') delete map[key];
        else map[key] = op.value ?? null;
        r[k] = map as Record<string, string>;
      },
    })),
  ],
};

/**
 * AWS accepts any selectionPattern (nothing recorded refuses one); one that Tollgate cannot run as a
 * Java regex is kept, never matches at serving time (data/integration-response.ts), and is logged.
 */
function warnUntranslatable(ctx: ControlContext, ir: IntegrationResponse): void {
  const problem = ir.selectionPattern ? javaRegexProblem(ir.selectionPattern) : undefined;
  if (problem)
    ctx.log.warn(
      { statusCode: ir.statusCode, selectionPattern: ir.selectionPattern, problem },
      'selectionPattern cannot be run as a Java regex here: it will never match',
    );
}

export const integrationHandlers: Handlers = {
  async PutIntegration(input, ctx) {
    const out = await ctx.store.write((tx) =>
      withMethod(ctx, tx, input, async (m, r) => {
        const isHttp = input.type === 'HTTP' || input.type === 'HTTP_PROXY';
        const i: Integration = {
          type: input.type,
          // AWS_PROXY always calls Lambda with POST; MOCK keeps neither method nor URI (F65).
          httpMethod: input.type === 'MOCK' ? undefined : input.integrationHttpMethod,
          uri: input.type === 'MOCK' ? undefined : input.uri,
          connectionType: input.connectionType ?? (isHttp ? 'INTERNET' : undefined),
          connectionId: input.connectionId,
          credentials: input.credentials,
          requestParameters: input.requestParameters,
          requestTemplates: input.requestTemplates,
          passthroughBehavior: input.passthroughBehavior ?? 'WHEN_NO_MATCH',
          contentHandling: input.contentHandling,
          timeoutInMillis: input.timeoutInMillis ?? MAX_TIMEOUT,
          cacheNamespace: input.cacheNamespace ?? r.id,
          cacheKeyParameters: input.cacheKeyParameters ?? [],
          tlsConfig: input.tlsConfig,
          responseTransferMode: input.responseTransferMode,
          integrationTarget: input.integrationTarget,
        };
        checkIntegration(i, ctx.accountId);
        refuseProblems(integrationRequestProblems(i.requestParameters, m.requestParameters));
        m.methodIntegration = i;
        return i;
      }),
    );
    return integrationView(out);
  },

  async GetIntegration(input, ctx) {
    const r = await getResource(ctx.store, ctx, input.restApiId, input.resourceId);
    const m = r.resourceMethods?.[input.httpMethod];
    if (!m) throw methodNotFound();
    if (!m.methodIntegration) throw integrationNotFound();
    return integrationView(m.methodIntegration);
  },

  async UpdateIntegration(input, ctx) {
    const out = await ctx.store.write((tx) =>
      withMethod(ctx, tx, input, async (m) => {
        if (!m.methodIntegration) throw integrationNotFound();
        const next = applyPatch(m.methodIntegration, input.patchOperations, INTEGRATION_PATCH);
        if (Number.isNaN(next.timeoutInMillis)) next.timeoutInMillis = -1;
        checkIntegration(next, ctx.accountId);
        refuseProblems(integrationRequestProblems(next.requestParameters, m.requestParameters));
        m.methodIntegration = next;
        return next;
      }),
    );
    return integrationView(out);
  },

  async DeleteIntegration(input, ctx) {
    await ctx.store.write((tx) =>
      withMethod(ctx, tx, input, (m) => {
        if (!m.methodIntegration) throw integrationNotFound();
        delete m.methodIntegration;
      }),
    );
  },

  async PutIntegrationResponse(input, ctx) {
    const out = await ctx.store.write((tx) =>
      withMethod(ctx, tx, input, (m) => {
        if (!m.methodIntegration) throw integrationNotFound();
        checkContentTypes(input.responseTemplates);
        const ir: IntegrationResponse = {
          statusCode: input.statusCode,
          selectionPattern: input.selectionPattern,
          responseParameters: input.responseParameters,
          responseTemplates: emptyTemplatesAsNull(input.responseTemplates),
          contentHandling: input.contentHandling,
        };
        refuseProblems(integrationResponseProblems(ir.responseParameters, m.methodResponses?.[ir.statusCode]));
        warnUntranslatable(ctx, ir);
        m.methodIntegration.integrationResponses = { ...(m.methodIntegration.integrationResponses ?? {}), [input.statusCode]: ir };
        return ir;
      }),
    );
    return integrationResponseView(out);
  },

  async GetIntegrationResponse(input, ctx) {
    const r = await getResource(ctx.store, ctx, input.restApiId, input.resourceId);
    const m = r.resourceMethods?.[input.httpMethod];
    if (!m) throw methodNotFound();
    if (!m.methodIntegration) throw integrationNotFound();
    const ir = m.methodIntegration.integrationResponses?.[input.statusCode];
    if (!ir) throw responseNotFound();
    return integrationResponseView(ir);
  },

  async UpdateIntegrationResponse(input, ctx) {
    const out = await ctx.store.write((tx) =>
      withMethod(ctx, tx, input, (m) => {
        const ir = m.methodIntegration?.integrationResponses?.[input.statusCode];
        if (!m.methodIntegration) throw integrationNotFound();
        if (!ir) throw responseNotFound();
        const next = applyPatch(ir, input.patchOperations, INTEGRATION_RESPONSE_PATCH);
        refuseProblems(integrationResponseProblems(next.responseParameters, m.methodResponses?.[input.statusCode]));
        warnUntranslatable(ctx, next);
        m.methodIntegration.integrationResponses![input.statusCode] = next;
        return next;
      }),
    );
    return integrationResponseView(out);
  },

  async DeleteIntegrationResponse(input, ctx) {
    await ctx.store.write(async (tx) => {
      // No method is named as no integration here (rec: test_apigateway_api.py::TestApigatewayIntegrationResponse::test_delete_integration_response_errors
      // [non-existent-method], [bad-method]), unlike Get/PutIntegrationResponse.
      const r = await getResource(tx, ctx, input.restApiId, input.resourceId);
      if (!r.resourceMethods?.[input.httpMethod]?.methodIntegration) throw integrationNotFound();
      await withMethod(ctx, tx, input, (m) => {
        if (!m.methodIntegration!.integrationResponses?.[input.statusCode]) throw responseNotFound();
        delete m.methodIntegration!.integrationResponses[input.statusCode];
        // The last one gone, the map goes too (rec: test_apigateway_integrations.py::test_put_integration_responses [get-method-get-after-int-resp-delete]).
        if (!Object.keys(m.methodIntegration!.integrationResponses).length) delete m.methodIntegration!.integrationResponses;
      });
    });
  },
};
