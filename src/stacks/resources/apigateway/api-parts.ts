/**
 * A REST API's parts that live under it: AWS::ApiGateway::Model, RequestValidator, Authorizer,
 * GatewayResponse, DocumentationPart, DocumentationVersion. Each is created, patched and deleted through
 * API Gateway's own operations. https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/AWS_ApiGateway.html
 */
import { randomBytes } from 'node:crypto';
import { bool, jsonText, num, required, str, strMap, type ProvisionContext, type Props, type ResourceType } from '../provider.js';
import { replaceOps } from './patch.js';

const api = (props: Props): string => String(props.RestApiId);

/** A name CloudFormation would generate: the logical id and a random suffix (letters and digits only, as model names must be). */
export function generatedName(ctx: ProvisionContext): string {
  return `${ctx.logicalId.replace(/[^A-Za-z0-9]/g, '')}${randomBytes(4).toString('hex')}`;
}

/** Ref: the model's name. */
export const model: ResourceType = {
  attributes: [],
  replaceOn: ['RestApiId', 'Name', 'ContentType'],
  async create(props, ctx) {
    const name = str(props, 'Name') ?? generatedName(ctx);
    await ctx.calls.apigateway('CreateModel', {
      restApiId: required(props, 'RestApiId', ctx),
      name,
      contentType: str(props, 'ContentType') ?? 'application/json',
      description: str(props, 'Description'),
      schema: jsonText(props.Schema),
    });
    return { physicalId: name, attributes: {} };
  },
  async update(props, previous, ctx) {
    const ops = replaceOps(previous.props, props, [
      ['Description', '/description'],
      ['Schema', '/schema', (v) => jsonText(v)!],
    ]);
    if (ops.length) await ctx.calls.apigateway('UpdateModel', { restApiId: api(props), modelName: previous.state.physicalId, patchOperations: ops });
    return previous.state;
  },
  async delete(state, props, ctx) {
    await ctx.calls.apigateway('DeleteModel', { restApiId: api(props), modelName: state.physicalId });
  },
};

/** Ref and Fn::GetAtt RequestValidatorId: its id. */
export const requestValidator: ResourceType = {
  attributes: ['RequestValidatorId'],
  replaceOn: ['RestApiId'],
  async create(props, ctx) {
    const v = await ctx.calls.apigateway('CreateRequestValidator', {
      restApiId: required(props, 'RestApiId', ctx),
      name: str(props, 'Name') ?? generatedName(ctx),
      validateRequestBody: bool(props, 'ValidateRequestBody'),
      validateRequestParameters: bool(props, 'ValidateRequestParameters'),
    });
    return { physicalId: v.id!, attributes: { RequestValidatorId: v.id } };
  },
  async update(props, previous, ctx) {
    const ops = replaceOps(previous.props, props, [
      ['Name', '/name'],
      ['ValidateRequestBody', '/validateRequestBody', (v) => String(v ?? false)],
      ['ValidateRequestParameters', '/validateRequestParameters', (v) => String(v ?? false)],
    ]);
    if (ops.length)
      await ctx.calls.apigateway('UpdateRequestValidator', { restApiId: api(props), requestValidatorId: previous.state.physicalId, patchOperations: ops });
    return previous.state;
  },
  async delete(state, props, ctx) {
    await ctx.calls.apigateway('DeleteRequestValidator', { restApiId: api(props), requestValidatorId: state.physicalId });
  },
};

/** Ref and Fn::GetAtt AuthorizerId: its id. */
export const authorizer: ResourceType = {
  attributes: ['AuthorizerId'],
  replaceOn: ['RestApiId'],
  async create(props, ctx) {
    const a = await ctx.calls.apigateway('CreateAuthorizer', {
      restApiId: required(props, 'RestApiId', ctx),
      name: required(props, 'Name', ctx),
      type: required(props, 'Type', ctx) as never,
      providerARNs: props.ProviderARNs as string[] | undefined,
      authType: str(props, 'AuthType'),
      authorizerUri: str(props, 'AuthorizerUri'),
      authorizerCredentials: str(props, 'AuthorizerCredentials'),
      identitySource: str(props, 'IdentitySource'),
      identityValidationExpression: str(props, 'IdentityValidationExpression'),
      authorizerResultTtlInSeconds: num(props, 'AuthorizerResultTtlInSeconds', ctx),
    });
    return { physicalId: a.id!, attributes: { AuthorizerId: a.id } };
  },
  async update(props, previous, ctx) {
    const ops = replaceOps(previous.props, props, [
      ['Name', '/name'],
      ['Type', '/type'],
      ['AuthType', '/authType'],
      ['AuthorizerUri', '/authorizerUri'],
      ['AuthorizerCredentials', '/authorizerCredentials'],
      ['IdentitySource', '/identitySource'],
      ['IdentityValidationExpression', '/identityValidationExpression'],
      ['AuthorizerResultTtlInSeconds', '/authorizerResultTtlInSeconds'],
    ]);
    if (JSON.stringify(previous.props.ProviderARNs) !== JSON.stringify(props.ProviderARNs)) {
      for (const arn of (previous.props.ProviderARNs ?? []) as string[]) ops.push({ op: 'remove', path: '/providerARNs', value: arn });
      for (const arn of (props.ProviderARNs ?? []) as string[]) ops.push({ op: 'add', path: '/providerARNs', value: arn });
    }
    if (ops.length) await ctx.calls.apigateway('UpdateAuthorizer', { restApiId: api(props), authorizerId: previous.state.physicalId, patchOperations: ops });
    return previous.state;
  },
  async delete(state, props, ctx) {
    await ctx.calls.apigateway('DeleteAuthorizer', { restApiId: api(props), authorizerId: state.physicalId });
  },
};

/** Put again whole when it changes (PutGatewayResponse replaces). Ref: a generated id. */
export const gatewayResponse: ResourceType = {
  attributes: [],
  replaceOn: ['RestApiId', 'ResponseType'],
  async create(props, ctx) {
    const responseType = required(props, 'ResponseType', ctx);
    await ctx.calls.apigateway('PutGatewayResponse', {
      restApiId: required(props, 'RestApiId', ctx),
      responseType: responseType as never,
      statusCode: str(props, 'StatusCode'),
      responseParameters: strMap(props.ResponseParameters),
      responseTemplates: strMap(props.ResponseTemplates),
    });
    return { physicalId: `${api(props)}-${responseType}`, attributes: {} };
  },
  async delete(_state, props, ctx) {
    await ctx.calls.apigateway('DeleteGatewayResponse', { restApiId: api(props), responseType: String(props.ResponseType) as never });
  },
};

/** `Location` members are PascalCase in the template, camelCase in the API. */
function location(v: unknown): Record<string, string> {
  const l = (v ?? {}) as Props;
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(l)) out[k[0].toLowerCase() + k.slice(1)] = String(x);
  return out;
}

/** Ref and Fn::GetAtt DocumentationPartId: its id. */
export const documentationPart: ResourceType = {
  attributes: ['DocumentationPartId'],
  replaceOn: ['RestApiId', 'Location'],
  async create(props, ctx) {
    const p = await ctx.calls.apigateway('CreateDocumentationPart', {
      restApiId: required(props, 'RestApiId', ctx),
      location: location(props.Location) as never,
      properties: jsonText(props.Properties) ?? required(props, 'Properties', ctx),
    });
    return { physicalId: p.id!, attributes: { DocumentationPartId: p.id } };
  },
  async update(props, previous, ctx) {
    const ops = replaceOps(previous.props, props, [['Properties', '/properties', (v) => jsonText(v)!]]);
    if (ops.length)
      await ctx.calls.apigateway('UpdateDocumentationPart', { restApiId: api(props), documentationPartId: previous.state.physicalId, patchOperations: ops });
    return previous.state;
  },
  async delete(state, props, ctx) {
    await ctx.calls.apigateway('DeleteDocumentationPart', { restApiId: api(props), documentationPartId: state.physicalId });
  },
};

/** Ref: the version. */
export const documentationVersion: ResourceType = {
  attributes: [],
  replaceOn: ['RestApiId', 'DocumentationVersion'],
  async create(props, ctx) {
    const v = required(props, 'DocumentationVersion', ctx);
    await ctx.calls.apigateway('CreateDocumentationVersion', {
      restApiId: required(props, 'RestApiId', ctx),
      documentationVersion: v,
      description: str(props, 'Description'),
    });
    return { physicalId: v, attributes: {} };
  },
  async update(props, previous, ctx) {
    const ops = replaceOps(previous.props, props, [['Description', '/description']]);
    if (ops.length)
      await ctx.calls.apigateway('UpdateDocumentationVersion', {
        restApiId: api(props),
        documentationVersion: previous.state.physicalId,
        patchOperations: ops,
      });
    return previous.state;
  },
  async delete(state, props, ctx) {
    await ctx.calls.apigateway('DeleteDocumentationVersion', { restApiId: api(props), documentationVersion: state.physicalId });
  },
};
