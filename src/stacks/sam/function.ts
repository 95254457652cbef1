/**
 * AWS::Serverless::Function → AWS::Lambda::Function, its execution role `<Fn>Role` (unless Role is given), with
 * AutoPublishAlias a `<Fn>Version<hash>` and `<Fn>Alias<name>`, and per Api event a Lambda permission (and, on an
 * API whose body SAM manages, the path's aws_proxy integration). Shapes and ids as AWS's translator writes them
 * (samtranslator/model/sam_resources.py, samtranslator/model/eventsources/push.py in
 * https://github.com/aws/serverless-application-model; fixtures implicit_api, explicit_api, function_with_alias,
 * api_with_auth_all_minimum, checked in test/stacks/sam/).
 */
import type { TemplateResource } from '../template.js';
import { logicalId } from './hash.js';
import { defined, isObject, passthrough, resolveParameterRefs, type Json, type TransformState } from './state.js';
import {
  addLambdaIntegration,
  addMethodAuth,
  addRequestModel,
  addRequestParameters,
  addRequestValidator,
  hasIntegration,
  iamCredentials,
  normalizeMethod,
} from './swagger.js';

export const IMPLICIT_API = 'ServerlessRestApi';

/** CodeUri / ContentUri (`s3://bucket/key?versionId=v` or `{Bucket, Key, Version}`) → an S3 location with the given key names. */
export function s3Location(uri: unknown, keys: [string, string, string]): Json | undefined {
  const [bucket, key, version] = keys;
  if (typeof uri === 'string') {
    const m = /^s3:\/\/([^/]+)\/([^?]+)(?:\?versionId=(.+))?$/.exec(uri);
    if (!m) return undefined;
    return defined({ [bucket]: m[1], [key]: m[2], [version]: m[3] });
  }
  if (isObject(uri) && uri.Bucket !== undefined && uri.Key !== undefined) return defined({ [bucket]: uri.Bucket, [key]: uri.Key, [version]: uri.Version });
  return undefined;
}

function code(id: string, p: Json, state: TransformState): Json | undefined {
  if (p.InlineCode !== undefined) return { ZipFile: p.InlineCode };
  if (p.ImageUri !== undefined) return { ImageUri: p.ImageUri };
  const loc = s3Location(p.CodeUri, ['S3Bucket', 'S3Key', 'S3ObjectVersion']);
  if (!loc) state.errors.resource(id, "'CodeUri' requires Bucket and Key properties to be specified.");
  else if (p.SourceKMSKeyArn !== undefined) loc.SourceKMSKeyArn = p.SourceKMSKeyArn;
  return loc;
}

const SAM_TAG = { Key: 'lambda:createdBy', Value: 'SAM' };
const tagList = (tags: unknown): Json[] => [SAM_TAG, ...(isObject(tags) ? Object.entries(tags).map(([Key, Value]) => ({ Key, Value })) : [])];

/** Policies: managed policy names (or ARNs) become ManagedPolicyArns, statements an inline policy each; SAM policy templates are not expanded (IAM is inert in Tollgate). */
function role(id: string, p: Json, state: TransformState): TemplateResource {
  const arn = (name: string): string => (name.startsWith('arn:') ? name : `arn:${state.ctx.partition}:iam::aws:policy/${name}`);
  // A durable function's basic policy is the durable one; tracing and a VPC add theirs, then the template's policies.
  const managed: unknown[] = [
    arn(p.DurableConfig !== undefined ? 'service-role/AWSLambdaBasicDurableExecutionRolePolicy' : 'service-role/AWSLambdaBasicExecutionRole'),
  ];
  if (p.Tracing && resolveParameterRefs(p.Tracing, state.parameters) !== 'Disabled') managed.push(arn('AWSXrayWriteOnlyAccess'));
  if (p.VpcConfig !== undefined) managed.push(arn('service-role/AWSLambdaVPCAccessExecutionRole'));
  const inline: Json[] = [];
  const policies = p.Policies === undefined ? [] : Array.isArray(p.Policies) ? p.Policies : [p.Policies];
  policies.forEach((policy: unknown, i: number) => {
    if (typeof policy === 'string') managed.push(arn(policy));
    else if (isObject(policy) && policy.Statement !== undefined) inline.push({ PolicyName: `${id}RolePolicy${i}`, PolicyDocument: policy });
    else if (isObject(policy) && (policy.Ref !== undefined || policy['Fn::Sub'] !== undefined || policy['Fn::GetAtt'] !== undefined)) managed.push(policy);
  });
  return {
    Type: 'AWS::IAM::Role',
    Properties: defined({
      AssumeRolePolicyDocument: {
        Version: '2012-10-17',
        Statement: [{ Action: ['sts:AssumeRole'], Effect: 'Allow', Principal: { Service: ['lambda.amazonaws.com'] } }],
      },
      ManagedPolicyArns: managed,
      Policies: inline.length > 0 ? inline : undefined,
      PermissionsBoundary: p.PermissionsBoundary,
      Path: p.RolePath,
      Tags: tagList(p.Tags),
    }),
    ...passthrough(state.input[id]),
  };
}

function lambdaFunction(id: string, p: Json, resource: TemplateResource, state: TransformState): TemplateResource {
  const deadLetter = isObject(p.DeadLetterQueue) ? { TargetArn: p.DeadLetterQueue.TargetArn } : undefined;
  return defined({
    Type: 'AWS::Lambda::Function',
    Properties: defined({
      FunctionName: p.FunctionName,
      Handler: p.Handler,
      Runtime: p.Runtime,
      Description: p.Description,
      MemorySize: p.MemorySize,
      Timeout: p.Timeout,
      VpcConfig: p.VpcConfig,
      Role: p.Role ?? { 'Fn::GetAtt': [`${id}Role`, 'Arn'] },
      Environment: p.Environment,
      Code: code(id, p, state),
      KmsKeyArn: p.KmsKeyArn,
      ReservedConcurrentExecutions: p.ReservedConcurrentExecutions,
      Tags: tagList(p.Tags),
      Layers: p.Layers,
      FileSystemConfigs: p.FileSystemConfigs,
      ImageConfig: p.ImageConfig,
      PackageType: p.PackageType,
      Architectures: p.Architectures,
      SnapStart: p.SnapStart,
      EphemeralStorage: p.EphemeralStorage,
      TracingConfig: p.Tracing !== undefined ? { Mode: p.Tracing } : undefined,
      DeadLetterConfig: deadLetter,
      CodeSigningConfigArn: p.CodeSigningConfigArn,
      RuntimeManagementConfig: p.RuntimeManagementConfig,
      LoggingConfig: p.LoggingConfig,
      RecursiveLoop: p.RecursiveLoop,
      DurableConfig: p.DurableConfig,
    }),
    DependsOn: resource.DependsOn,
    Metadata: resource.Metadata,
    ...passthrough(resource),
  }) satisfies TemplateResource;
}

/** The version's id hashes what a new version must follow: the code location, the environment, the memory size, SnapStart. */
function versionAndAlias(id: string, p: Json, fn: TemplateResource, state: TransformState): string {
  const name = String(resolveParameterRefs(p.AutoPublishAlias, state.parameters));
  const code = resolveParameterRefs(fn.Properties?.Code, state.parameters);
  const hashed: Json = { ...(isObject(code) ? code : {}) };
  if (isObject(p.Environment)) Object.assign(hashed, p.Environment);
  if (p.MemorySize) hashed.MemorySize = p.MemorySize;
  // SnapStart makes a snapshot per version: turning it on is a new version too.
  if (isObject(p.SnapStart) && (p.SnapStart.ApplyOn ?? 'None') !== 'None') hashed.SnapStart = p.SnapStart;
  const sha = resolveParameterRefs(p.AutoPublishCodeSha256, state.parameters);
  const versionId = typeof sha === 'string' ? `${id}Version${sha.slice(0, 10)}` : logicalId(`${id}Version`, hashed);
  state.out[versionId] = {
    Type: 'AWS::Lambda::Version',
    DeletionPolicy: typeof p.VersionDeletionPolicy === 'string' ? p.VersionDeletionPolicy : 'Retain',
    ...passthrough(state.input[id]),
    Properties: defined({ Description: p.VersionDescription, FunctionName: { Ref: id } }),
  };
  const aliasId = `${id}Alias${name.replace(/-/g, 'D').replace(/_/g, 'U')}`;
  state.out[aliasId] = {
    Type: 'AWS::Lambda::Alias',
    ...passthrough(state.input[id]),
    Properties: { Name: name, FunctionName: { Ref: id }, FunctionVersion: { 'Fn::GetAtt': [versionId, 'Version'] } },
  };
  state.renames.set(`${id}.Alias`, aliasId);
  state.renames.set(`${id}.Version`, versionId);
  return aliasId;
}

/** The stage suffix of an event's permission id, and the API it targets. */
function targetApi(eventId: string, props: Json, state: TransformState): { apiId: unknown; api?: Json; suffix: string } | undefined {
  if (props.RestApiId === undefined) return { apiId: IMPLICIT_API, api: state.input[IMPLICIT_API]?.Properties, suffix: 'Prod' };
  const raw = isObject(props.RestApiId) && typeof props.RestApiId.Ref === 'string' ? props.RestApiId.Ref : props.RestApiId;
  if (typeof raw !== 'string') return { apiId: props.RestApiId, suffix: 'AllStages' };
  const resource = state.input[raw];
  if (!resource || resource.Type !== 'AWS::Serverless::Api') {
    state.errors.event(eventId, 'RestApiId property of Api event must reference a valid resource in the same template.');
    return undefined;
  }
  const stage = resource.Properties?.StageName;
  return { apiId: raw, api: resource.Properties, suffix: typeof stage === 'string' ? stage : 'Stage' };
}

/** An event's TimeoutInMillis on its integration (SwaggerEditor.add_timeout_to_method). */
function setIntegrationTimeout(body: Json, path: string, method: string, timeout: unknown): void {
  const item = (body.paths as Json)[path];
  const def = isObject(item) ? item[normalizeMethod(method)] : undefined;
  if (isObject(def) && isObject(def['x-amazon-apigateway-integration'])) def['x-amazon-apigateway-integration'].timeoutInMillis = timeout;
}

/** `- method.request.header.X` or `- method.request.querystring.y: {Required: true, Caching: true}` (defaults false). */
function requestParameters(eventId: string, list: unknown[], state: TransformState): { Name: string; Required: unknown; Caching: unknown }[] | undefined {
  const out: { Name: string; Required: unknown; Caching: unknown }[] = [];
  for (const item of list) {
    const [name, settings] =
      typeof item === 'string' ? [item, {}] : isObject(item) && Object.keys(item).length === 1 ? Object.entries(item)[0] : [undefined, undefined];
    if (typeof name !== 'string' || !/^method\.request\.(querystring|path|header)\./.test(name) || !isObject(settings)) {
      state.errors.event(
        eventId,
        "Invalid value for 'RequestParameters' property. Keys must be in the format 'method.request.[querystring|path|header].{value}', e.g 'method.request.header.Authorization'.",
      );
      return undefined;
    }
    out.push({ Required: false, Caching: false, ...settings, Name: name });
  }
  return out;
}

/** A path as the permission's SourceArn names it: no trailing slash, `{param}` and `{proxy+}` as `*`. */
const permissionPath = (path: string): string => path.replace(/^(.+)\/$/, '$1').replace(/\{([a-zA-Z0-9._-]+|[a-zA-Z0-9._-]+\+|proxy\+)\}/g, '*');

function apiEvent(fnId: string, eventId: string, props: Json, target: { ref: unknown; arn: string }, state: TransformState): void {
  const api = targetApi(eventId, props, state);
  if (!api) return;
  const path = String(props.Path);
  const method = String(props.Method);
  const arnMethod = method.toLowerCase() === 'any' ? '*' : method.toUpperCase();
  const suffix = /^[a-zA-Z0-9]+$/.test(api.suffix) ? `Permission${api.suffix}` : logicalId('Permission', api.suffix);
  state.out[`${fnId}${eventId}${suffix}`] = {
    Type: 'AWS::Lambda::Permission',
    ...passthrough(state.input[fnId]),
    Properties: {
      Action: 'lambda:InvokeFunction',
      FunctionName: target.ref,
      Principal: 'apigateway.amazonaws.com',
      SourceArn: {
        'Fn::Sub': [
          `arn:${state.ctx.partition}:execute-api:\${AWS::Region}:\${AWS::AccountId}:\${__ApiId__}/\${__Stage__}/${arnMethod}${permissionPath(path)}`,
          { __ApiId__: props.RestApiId ?? { Ref: IMPLICIT_API }, __Stage__: '*' },
        ],
      },
    },
  };
  const body = api.api?.DefinitionBody;
  if (!api.api || !api.api.__MANAGE_SWAGGER || !isObject(body)) return;
  if (hasIntegration(body, path, method)) {
    state.errors.event(eventId, `API method "${method}" defined multiple times for path "${path}".`);
    return;
  }
  const uri = { 'Fn::Sub': `arn:${state.ctx.partition}:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${${target.arn}}/invocations` };
  const apiAuth = isObject(api.api.Auth) ? api.api.Auth : {};
  const credentials = iamCredentials(isObject(props.Auth) ? props.Auth : {}, apiAuth);
  addLambdaIntegration(body, path, method, uri, credentials ? { credentials } : {});
  if (props.TimeoutInMillis !== undefined) setIntegrationTimeout(body, path, method, props.TimeoutInMillis);
  if (Array.isArray(props.RequestParameters)) {
    const parameters = requestParameters(eventId, props.RequestParameters, state);
    if (parameters) addRequestParameters(body, path, method, parameters);
  }
  if (isObject(props.Auth)) addMethodAuth(body, path, method, props.Auth, isObject(apiAuth.Authorizers) ? apiAuth.Authorizers : undefined);
  if (isObject(props.RequestModel)) {
    const model = props.RequestModel;
    if (!isObject(api.api.Models) || !isObject(api.api.Models[String(model.Model)])) {
      state.errors.event(
        eventId,
        `Unable to set RequestModel [${String(model.Model)}] on API method [${method}] for path [${path}] because it wasn't defined in the API's Models.`,
      );
      return;
    }
    addRequestModel(body, path, method, model);
    if (model.ValidateBody !== undefined || model.ValidateParameters !== undefined)
      addRequestValidator(body, path, method, model.ValidateBody === true, model.ValidateParameters === true);
  }
}

/** Translates one AWS::Serverless::Function (its API edits land in the API properties of state.input). */
export function translateFunction(id: string, resource: TemplateResource, state: TransformState): void {
  const p = resource.Properties ?? {};
  if (p.Role === undefined) state.out[`${id}Role`] = role(id, p, state);
  const fn = lambdaFunction(id, p, resource, state);
  state.out[id] = fn;
  // AutoPublishCodeSha256 is appended to the function's Description, so that a new hash changes the function too.
  const sha = p.AutoPublishAlias !== undefined ? resolveParameterRefs(p.AutoPublishCodeSha256, state.parameters) : undefined;
  if (typeof sha === 'string' && fn.Properties) {
    const d = resolveParameterRefs(p.Description, state.parameters);
    fn.Properties.Description = d === undefined ? sha : typeof d === 'string' ? `${d} ${sha}` : { 'Fn::Join': [' ', [d, sha]] };
  }
  const alias = p.AutoPublishAlias !== undefined ? versionAndAlias(id, p, fn, state) : undefined;
  const target = alias ? { ref: { Ref: alias }, arn: alias } : { ref: { Ref: id }, arn: `${id}.Arn` };
  for (const [eventId, event] of Object.entries(isObject(p.Events) ? p.Events : {})) {
    if (isObject(event) && event.Type === 'Api') apiEvent(id, eventId, isObject(event.Properties) ? event.Properties : {}, target, state);
    // Event sources other than API Gateway (https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-eventsource.html)
    // need services Tollgate does not serve: the function is deployed without them, and the deploy says so.
    else if (isObject(event) && typeof event.Type === 'string') {
      state.ctx.warnings?.push({
        logicalId: id,
        message: `Warning: event ${eventId} (Type ${event.Type}) of ${id} is ignored: Tollgate translates Api events only; the function is deployed without this trigger`,
      });
    }
  }
}
