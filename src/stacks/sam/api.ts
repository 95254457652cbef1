/**
 * AWS::Serverless::Api (and the implicit `ServerlessRestApi` of Api events) → AWS::ApiGateway::RestApi with its
 * body, a `<Api>Deployment<hash>`, the stage, Lambda authorizer permissions, the usage plan with its API key and
 * plan key, the custom domain and base path mappings. Body edits (CORS, Auth, GatewayResponses, Models, OpenAPI 3
 * post-processing) and ids as AWS's translator makes them (samtranslator/model/api/api_generator.py in
 * https://github.com/aws/serverless-application-model; fixtures api_with_cors, api_with_auth_all_minimum,
 * api_with_usageplans, api_with_gateway_responses, api_with_method_settings, api_request_model,
 * api_with_basic_custom_domain, checked in test/stacks/sam/).
 *
 * One difference, stated: AWS names the deployment after a SHA-1 of Python's `str()` of its swagger dict (in
 * Python 2.7's key order); Tollgate hashes the body's sorted JSON instead. The id has the same form
 * (`<Api>Deployment` + 10 hex digits) and, as on AWS, changes exactly when the body (or OpenApiVersion, or the
 * domain) changes, which is what makes a redeploy create a new deployment.
 */
import type { TemplateResource } from '../template.js';
import { logicalId, pythonJson, sha1Hex } from './hash.js';
import { defined, isObject, passthrough, resolveParameterRefs, type Json, type TransformState } from './state.js';
import { addApiKeyDefinition, addCors, addSecurityDefinitions, isSwaggerDoc, setDefaultApiKey, setDefaultAuthorizer, type CorsSettings } from './swagger.js';
import { s3Location } from './function.js';

const OPENAPI3 = /^3(\.\d)(\.\d)?$/;

function authorizerDefinition(a: Json, partition: string): Json {
  if (a.UserPoolArn !== undefined) {
    const identity = isObject(a.Identity) ? a.Identity : {};
    const authorizer: Json = { type: 'cognito_user_pools', providerARNs: Array.isArray(a.UserPoolArn) ? a.UserPoolArn : [a.UserPoolArn] };
    if (identity.ValidationExpression !== undefined) authorizer.identityValidationExpression = identity.ValidationExpression;
    return {
      type: 'apiKey',
      name: typeof identity.Header === 'string' ? identity.Header : 'Authorization',
      in: 'header',
      'x-amazon-apigateway-authtype': 'cognito_user_pools',
      'x-amazon-apigateway-authorizer': authorizer,
    };
  }
  const identity = isObject(a.Identity) ? a.Identity : {};
  const request = a.FunctionPayloadType === 'REQUEST';
  const authorizer: Json = {
    type: request ? 'request' : 'token',
    authorizerUri: {
      'Fn::Sub': [
        `arn:${partition}:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${__FunctionArn__}/invocations`,
        { __FunctionArn__: a.FunctionArn },
      ],
    },
  };
  if (identity.ReauthorizeEvery !== undefined) authorizer.authorizerResultTtlInSeconds = identity.ReauthorizeEvery;
  if (a.FunctionInvokeRole !== undefined && a.FunctionInvokeRole !== 'NONE') authorizer.authorizerCredentials = a.FunctionInvokeRole;
  if (request) {
    const sources = [
      ['Headers', 'method.request.header.'],
      ['QueryStrings', 'method.request.querystring.'],
      ['StageVariables', 'stageVariables.'],
      ['Context', 'context.'],
    ].flatMap(([k, prefix]) => (Array.isArray(identity[k]) ? (identity[k] as unknown[]).map((v) => `${prefix}${String(v)}`) : []));
    if (sources.length > 0) authorizer.identitySource = sources.join(', ');
  } else if (identity.ValidationExpression !== undefined) authorizer.identityValidationExpression = identity.ValidationExpression;
  return {
    type: 'apiKey',
    name: request ? 'Unused' : typeof identity.Header === 'string' ? identity.Header : 'Authorization',
    in: 'header',
    'x-amazon-apigateway-authtype': 'custom',
    'x-amazon-apigateway-authorizer': authorizer,
  };
}

/** `~1` is how a template writes `/` in a binary media type (a JSON-pointer escape); inside intrinsics too. */
const unescapeSlashes = (v: unknown): unknown =>
  typeof v === 'string'
    ? v.replace(/~1/g, '/')
    : Array.isArray(v)
      ? v.map(unescapeSlashes)
      : isObject(v)
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, unescapeSlashes(x)]))
        : v;

const paths = (body: Json): string[] => Object.keys(body.paths as Json);

function applyCors(id: string, body: Json, cors: unknown, state: TransformState): void {
  const settings: CorsSettings =
    typeof cors === 'string' || (isObject(cors) && Object.keys(cors).some((k) => k === 'Ref' || k.startsWith('Fn::')))
      ? { AllowOrigin: cors }
      : { AllowOrigin: "'*'", ...(cors as Json) };
  if (settings.AllowCredentials === true && settings.AllowOrigin === "'*'") {
    state.errors.resource(id, "Unable to add Cors configuration because 'AllowCredentials' can not be true when 'AllowOrigin' is \"'*'\" or not set");
    return;
  }
  const done = new Set<string>();
  for (const path of paths(body)) {
    const normalized = path !== '/' ? path.replace(/\/+$/, '') : path;
    if (done.has(normalized)) continue;
    done.add(normalized);
    addCors(body, path, settings);
  }
}

function applyAuth(id: string, body: Json, auth: Json, state: TransformState): void {
  const authorizers = isObject(auth.Authorizers) ? auth.Authorizers : {};
  const definitions: Json = {};
  for (const [name, a] of Object.entries(authorizers)) {
    if (!isObject(a)) {
      state.errors.resource(id, `Property 'Auth.Authorizers.${name}' should be a map.`);
      continue;
    }
    if (a.FunctionPayloadType === 'REQUEST' && !isObject(a.Identity)) {
      state.errors.resource(id, `${name} Authorizer must specify Identity with at least one of Headers, QueryStrings, StageVariables, or Context.`);
      continue;
    }
    definitions[name] = authorizerDefinition(a, state.ctx.partition);
  }
  if (Object.keys(definitions).length > 0) addSecurityDefinitions(body, definitions);
  const preflightAuth = auth.AddDefaultAuthorizerToCorsPreflight !== false;
  if (typeof auth.DefaultAuthorizer === 'string') {
    const name = auth.DefaultAuthorizer;
    if (name !== 'AWS_IAM' && !(name in authorizers))
      state.errors.resource(id, `Unable to set DefaultAuthorizer because '${name}' was not defined in 'Authorizers'.`);
    else {
      const scopes = (n: string): unknown => (isObject(authorizers[n]) && authorizers[n].AuthorizationScopes) || [];
      for (const path of paths(body)) setDefaultAuthorizer(body, path, name, authorizers, scopes, preflightAuth);
    }
  }
  if (auth.ApiKeyRequired) {
    addApiKeyDefinition(body);
    for (const path of paths(body)) setDefaultApiKey(body, path, auth.AddApiKeyRequiredToCorsPreflight !== false);
  }
}

function gatewayResponses(body: Json, responses: Json): void {
  const out: Json = {};
  for (const [type, r] of Object.entries(responses)) {
    if (!isObject(r)) continue;
    const parameters: Json = {};
    const given = isObject(r.ResponseParameters) ? r.ResponseParameters : {};
    for (const [group, prefix] of [
      ['Headers', 'header.'],
      ['Paths', 'path.'],
      ['QueryStrings', 'querystring.'],
    ]) {
      for (const [k, v] of Object.entries(isObject(given[group]) ? given[group] : {})) parameters[`gatewayresponse.${prefix}${k}`] = v;
    }
    out[type] = defined({
      responseParameters: parameters,
      responseTemplates: isObject(r.ResponseTemplates) ? r.ResponseTemplates : {},
      statusCode: r.StatusCode === undefined ? undefined : String(r.StatusCode),
    });
  }
  body['x-amazon-apigateway-gateway-responses'] = {
    ...(isObject(body['x-amazon-apigateway-gateway-responses']) ? body['x-amazon-apigateway-gateway-responses'] : {}),
    ...out,
  };
}

/** OpenAPI 3: security definitions and models move under components; CORS preflights lose consumes/produces, their headers gain `schema`. */
function openApi3(body: Json, version: unknown): void {
  if (body.swagger !== undefined) return;
  const v = body.openapi !== undefined && version === undefined ? body.openapi : version;
  if (typeof v !== 'string' || !OPENAPI3.test(v)) return;
  const components = (): Json => (body.components = isObject(body.components) ? body.components : {});
  if (isObject(body.securityDefinitions)) {
    components().securitySchemes = body.securityDefinitions;
    delete body.securityDefinitions;
  }
  if (isObject(body.definitions)) {
    components().schemas = body.definitions;
    delete body.definitions;
  }
  for (const item of Object.values(isObject(body.paths) ? body.paths : {})) {
    const options = isObject(item) ? item.options : undefined;
    if (!isObject(options)) continue;
    delete options.produces;
    delete options.consumes;
    const headers = isObject(options.responses) && isObject(options.responses['200']) ? options.responses['200'].headers : undefined;
    if (isObject(headers)) for (const [h, value] of Object.entries(headers)) headers[h] = { schema: value };
  }
}

function endpointConfiguration(value: unknown): { EndpointConfiguration?: Json; Parameters?: Json } {
  if (value === undefined) return {};
  if (isObject(value) && value.Type !== undefined) {
    const ec: Json = { Types: [value.Type] };
    const vpce = value.VPCEndpointIds ?? value.VpcEndpointIds;
    if (vpce !== undefined) ec.VpcEndpointIds = vpce;
    if (value.IpAddressType !== undefined) ec.IpAddressType = value.IpAddressType;
    return { EndpointConfiguration: ec, Parameters: { endpointConfigurationTypes: value.Type } };
  }
  return { EndpointConfiguration: { Types: [value] }, Parameters: { endpointConfigurationTypes: value } };
}

const SHARED_CONDITION = 'SharedUsagePlanCondition';

/**
 * The SHARED plan's attributes combine its APIs' (SharedApiUsagePlan.get_combined_resource_attributes): Retain wins
 * for DeletionPolicy, Retain then Snapshot for UpdateReplacePolicy; when every API has a Condition, the plan exists if
 * any of them does (`SharedUsagePlanCondition`, an Fn::Or). With a single condition AWS writes its bare name as the
 * new condition (not a valid condition); Tollgate uses that API's condition itself.
 */
function sharedAttributes(api: TemplateResource, state: TransformState): Partial<TemplateResource> {
  const s = state.shared;
  if (api.DeletionPolicy && (!s.deletionPolicy || api.DeletionPolicy === 'Retain')) s.deletionPolicy = api.DeletionPolicy;
  const urp = api.UpdateReplacePolicy;
  if (urp && (!s.updateReplacePolicy || urp === 'Retain' || (urp === 'Snapshot' && s.updateReplacePolicy === 'Delete'))) s.updateReplacePolicy = urp;
  if (api.Condition === undefined) {
    s.anyWithoutCondition = true;
    delete state.conditions[SHARED_CONDITION];
  } else if (!s.anyWithoutCondition && !s.conditions.includes(api.Condition)) {
    s.conditions.push(api.Condition);
    if (s.conditions.length > 1) state.conditions[SHARED_CONDITION] = { 'Fn::Or': s.conditions.map((c) => ({ Condition: c })) };
  }
  const out: Partial<TemplateResource> = {};
  if (s.deletionPolicy) out.DeletionPolicy = s.deletionPolicy;
  if (s.updateReplacePolicy) out.UpdateReplacePolicy = s.updateReplacePolicy;
  if (!s.anyWithoutCondition && s.conditions.length > 0) out.Condition = s.conditions.length > 1 ? SHARED_CONDITION : s.conditions[0];
  return out;
}

function usagePlan(id: string, p: Json, stageId: string, state: TransformState): void {
  const auth = isObject(p.Auth) ? p.Auth : {};
  const plan = auth.UsagePlan;
  if (plan === undefined) return;
  if (!isObject(plan)) return state.errors.resource(id, "'UsagePlan' must be a dictionary");
  const mode = plan.CreateUsagePlan;
  if (mode === undefined) return state.errors.resource(id, "'CreateUsagePlan' is a required field for UsagePlan.");
  if (mode !== 'SHARED' && mode !== 'PER_API' && mode !== 'NONE')
    return state.errors.resource(id, "'CreateUsagePlan' accepts one of ['SHARED', 'PER_API', 'NONE'].");
  if (mode === 'NONE') return;
  const apiStage = { ApiId: { Ref: id }, Stage: { Ref: stageId } };
  const stageKey = { RestApiId: { Ref: id }, StageName: { Ref: stageId } };
  const [planId, keyId, planKeyId] =
    mode === 'PER_API' ? [`${id}UsagePlan`, `${id}ApiKey`, `${id}UsagePlanKey`] : ['ServerlessUsagePlan', 'ServerlessApiKey', 'ServerlessUsagePlanKey'];
  let apiStages: Json[] = [apiStage];
  let stageKeys: Json[] = [stageKey];
  let dependsOn = [id];
  if (mode === 'SHARED') {
    const s = state.shared;
    if (!s.dependsOn.includes(id)) s.dependsOn.push(id);
    if (!s.apiStages.some((x) => pythonJson(x) === pythonJson(apiStage))) s.apiStages.push(apiStage);
    if (!s.stageKeys.some((x) => pythonJson(x) === pythonJson(stageKey))) s.stageKeys.push(stageKey);
    [apiStages, stageKeys, dependsOn] = [s.apiStages, s.stageKeys, s.dependsOn];
  }
  const attributes = mode === 'PER_API' ? passthrough(state.input[id]) : sharedAttributes(state.input[id], state);
  const optional = Object.fromEntries(['UsagePlanName', 'Description', 'Quota', 'Tags', 'Throttle'].filter((k) => plan[k]).map((k) => [k, plan[k]]));
  state.out[planId] = { Type: 'AWS::ApiGateway::UsagePlan', DependsOn: [...dependsOn], ...attributes, Properties: { ApiStages: [...apiStages], ...optional } };
  state.out[keyId] = { Type: 'AWS::ApiGateway::ApiKey', DependsOn: [planId], ...attributes, Properties: { Enabled: true, StageKeys: [...stageKeys] } };
  state.out[planKeyId] = {
    Type: 'AWS::ApiGateway::UsagePlanKey',
    DependsOn: [keyId],
    ...attributes,
    Properties: { KeyId: { Ref: keyId }, KeyType: 'API_KEY', UsagePlanId: { Ref: planId } },
  };
}

function domain(id: string, d: Json, stageId: string, state: TransformState): void {
  if (d.DomainName === undefined || d.CertificateArn === undefined) {
    state.errors.resource(id, 'Custom Domains only works if both DomainName and CertificateArn are provided.');
    return;
  }
  const endpoint = d.EndpointConfiguration ?? 'REGIONAL';
  if (endpoint !== 'EDGE' && endpoint !== 'REGIONAL') {
    state.errors.resource(id, "EndpointConfiguration for Custom Domains must be one of ['EDGE', 'REGIONAL', 'PRIVATE'].");
    return;
  }
  const domainId = logicalId('ApiGatewayDomainName', d.DomainName);
  state.out[domainId] = {
    Type: 'AWS::ApiGateway::DomainName',
    ...passthrough(state.input[id]),
    Properties: defined({
      DomainName: d.DomainName,
      [endpoint === 'REGIONAL' ? 'RegionalCertificateArn' : 'CertificateArn']: d.CertificateArn,
      EndpointConfiguration: { Types: [endpoint] },
      MutualTlsAuthentication: d.MutualTlsAuthentication,
      SecurityPolicy: d.SecurityPolicy,
      OwnershipVerificationCertificateArn: d.OwnershipVerificationCertificateArn,
    }),
  };
  const basePaths = typeof d.BasePath === 'string' ? [d.BasePath] : Array.isArray(d.BasePath) ? d.BasePath.map(String) : undefined;
  const mapping = (mappingId: string, basePath?: string): void => {
    state.out[mappingId] = {
      Type: 'AWS::ApiGateway::BasePathMapping',
      ...passthrough(state.input[id]),
      Properties: defined({ DomainName: { Ref: domainId }, RestApiId: { Ref: id }, Stage: { Ref: stageId }, BasePath: basePath }),
    };
  };
  if (!basePaths) return mapping(`${id}BasePathMapping`);
  for (const b of basePaths) {
    const alnum = [...b].filter((c) => /[a-zA-Z0-9]/.test(c)).join('');
    mapping(`${id}${alnum}BasePathMapping`, d.NormalizeBasePath === false ? b : alnum);
  }
}

/** Translates one AWS::Serverless::Api whose events have been applied (functions first, as the translator orders them). */
export function translateApi(id: string, resource: TemplateResource, state: TransformState): void {
  const p = { ...(resource.Properties ?? {}) };
  // The translator resolves parameter Refs in these before use (SamApi.to_cloudformation).
  for (const k of ['BinaryMediaTypes', 'Domain', 'Auth']) if (p[k] !== undefined) p[k] = resolveParameterRefs(p[k], state.parameters);
  if (p.DefinitionUri !== undefined && p.DefinitionBody !== undefined)
    return state.errors.resource(id, "Specify either 'DefinitionUri' or 'DefinitionBody' property and not both.");
  let body = isObject(p.DefinitionBody) ? p.DefinitionBody : undefined;
  const needsBody = (what: string): boolean => {
    if (body && isSwaggerDoc(body)) return true;
    state.errors.resource(
      id,
      body
        ? `Unable to add ${what} configuration because 'DefinitionBody' does not contain a valid Swagger definition.`
        : `${what} works only with inline Swagger specified in 'DefinitionBody' property.`,
    );
    return false;
  };
  if (p.Cors !== undefined && needsBody('Cors')) applyCors(id, body!, p.Cors, state);
  // The translator post-processes an OpenAPI 3 body after Auth, after Models and at the end; each pass wraps the
  // CORS preflight's header schemas once more (api_with_cors_and_apikey's output shows `schema.schema`), and so do we.
  if (isObject(p.Auth) && (p.Auth.Authorizers !== undefined || p.Auth.DefaultAuthorizer !== undefined || p.Auth.ApiKeyRequired) && needsBody('Auth')) {
    applyAuth(id, body!, p.Auth, state);
    openApi3(body!, p.OpenApiVersion);
  }
  if (isObject(p.GatewayResponses) && needsBody('GatewayResponses')) gatewayResponses(body!, p.GatewayResponses);
  if (Array.isArray(p.BinaryMediaTypes) && body) body['x-amazon-apigateway-binary-media-types'] = unescapeSlashes(p.BinaryMediaTypes);
  if (isObject(p.Models) && needsBody('Models')) {
    const defs = (body!.definitions = isObject(body!.definitions) ? body!.definitions : {});
    for (const [name, schema] of Object.entries(p.Models)) defs[name.toLowerCase()] = schema;
    openApi3(body!, p.OpenApiVersion);
  }
  if (p.DisableExecuteApiEndpoint !== undefined && body) {
    body['x-amazon-apigateway-endpoint-configuration'] = {
      ...(isObject(body['x-amazon-apigateway-endpoint-configuration']) ? body['x-amazon-apigateway-endpoint-configuration'] : {}),
      disableExecuteApiEndpoint: p.DisableExecuteApiEndpoint,
    };
  }
  if (body) {
    body = structuredClone(body);
    openApi3(body, p.OpenApiVersion);
  }
  const bodyS3 = p.DefinitionUri !== undefined ? s3Location(p.DefinitionUri, ['Bucket', 'Key', 'Version']) : undefined;
  if (p.DefinitionUri !== undefined && !bodyS3)
    state.errors.resource(id, "'DefinitionUri' is not a valid S3 Uri of the form 's3://bucket/key' with optional versionId query parameter.");
  state.out[id] = defined({
    Type: 'AWS::ApiGateway::RestApi',
    DependsOn: resource.DependsOn,
    ...passthrough(resource),
    Properties: defined({
      Body: body,
      BodyS3Location: bodyS3,
      Name: p.Name,
      Description: p.Description,
      Mode: p.Mode,
      BinaryMediaTypes: p.BinaryMediaTypes,
      MinimumCompressionSize: p.MinimumCompressionSize,
      ApiKeySourceType: p.ApiKeySourceType,
      FailOnWarnings: p.FailOnWarnings,
      ...endpointConfiguration(p.EndpointConfiguration),
    }),
  }) satisfies TemplateResource;

  const stageId = deploymentAndStage(id, resource, p, body ?? bodyS3, state);
  authorizerPermissions(id, resource, p, state);
  if (isObject(p.Domain)) domain(id, p.Domain, stageId, state);
  usagePlan(id, p, stageId, state);
}

/**
 * The API's Deployment (its logical id hashed from the definition, as the translator names it) and its Stage;
 * answers the Stage's logical id.
 */
function deploymentAndStage(id: string, resource: TemplateResource, p: Json, definition: unknown, state: TransformState): string {
  const hashInput = [pythonJson(definition ?? {})];
  if (p.OpenApiVersion) hashInput.push(String(p.OpenApiVersion));
  if (isObject(p.Domain)) hashInput.push(pythonJson(p.Domain));
  const digest = sha1Hex(hashInput.join('||'));
  const deploymentId = `${id}Deployment${digest.slice(0, 10)}`;
  state.out[deploymentId] = {
    Type: 'AWS::ApiGateway::Deployment',
    ...passthrough(resource),
    Properties: defined({ Description: `RestApi deployment id: ${digest}`, RestApiId: { Ref: id }, StageName: p.OpenApiVersion ? undefined : 'Stage' }),
  };
  const stageName = p.StageName;
  const stageId =
    typeof stageName === 'string' && /^[a-zA-Z0-9]+$/.test(stageName)
      ? `${id}${stageName}Stage`
      : logicalId(`${id}Stage`, typeof stageName === 'string' ? stageName : '');
  const tags = isObject(p.Tags) ? Object.entries(p.Tags).map(([Key, Value]) => ({ Key, Value })) : undefined;
  state.out[stageId] = {
    Type: 'AWS::ApiGateway::Stage',
    ...passthrough(resource),
    Properties: defined({
      DeploymentId: { Ref: deploymentId },
      RestApiId: { Ref: id },
      StageName: stageName,
      CacheClusterEnabled: p.CacheClusterEnabled,
      CacheClusterSize: p.CacheClusterSize,
      Variables: p.Variables,
      MethodSettings: p.MethodSettings,
      AccessLogSetting: p.AccessLogSetting,
      CanarySetting: p.CanarySetting,
      TracingEnabled: p.TracingEnabled,
      Tags: tags,
    }),
  };
  state.renames.set(`${id}.Stage`, stageId);
  state.renames.set(`${id}.Deployment`, deploymentId);
  return stageId;
}

/** A Lambda permission for each authorizer's function, unless the template turns them off. */
function authorizerPermissions(id: string, resource: TemplateResource, p: Json, state: TransformState): void {
  const auth = isObject(p.Auth) ? p.Auth : {};
  for (const [name, a] of Object.entries(isObject(auth.Authorizers) ? auth.Authorizers : {})) {
    if (!isObject(a) || a.FunctionArn === undefined || a.DisableFunctionDefaultPermissions === true) continue;
    state.out[`${id}${name}AuthorizerPermission`] = {
      Type: 'AWS::Lambda::Permission',
      ...passthrough(resource),
      Properties: {
        Action: 'lambda:InvokeFunction',
        FunctionName: a.FunctionArn,
        Principal: 'apigateway.amazonaws.com',
        SourceArn: {
          'Fn::Sub': [`arn:${state.ctx.partition}:execute-api:\${AWS::Region}:\${AWS::AccountId}:\${__ApiId__}/authorizers/*`, { __ApiId__: { Ref: id } }],
        },
      },
    };
  }
}
