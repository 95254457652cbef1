/**
 * AWS::ApiGateway::Method with its Integration, IntegrationResponses and MethodResponses: PutMethod,
 * PutMethodResponse, PutIntegration, PutIntegrationResponse. A changed method is put again whole (it has
 * no id of its own to keep). Ref: `{restApiId}-{resourceId}-{httpMethod}`; Fn::GetAtt none.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigateway-method.html
 */
import { bool, num, required, str, strMap, type ProvisionContext, type Props, type ResourceType } from '../provider.js';

interface IntegrationProps extends Props {
  IntegrationResponses?: Props[];
}

async function putIntegration(api: string, res: string, method: string, i: IntegrationProps, ctx: ProvisionContext): Promise<void> {
  await ctx.calls.apigateway('PutIntegration', {
    restApiId: api,
    resourceId: res,
    httpMethod: method,
    type: required(i, 'Type', { logicalId: `${ctx.logicalId}.Integration` }) as never,
    integrationHttpMethod: str(i, 'IntegrationHttpMethod'),
    uri: str(i, 'Uri'),
    connectionType: str(i, 'ConnectionType') as never,
    connectionId: str(i, 'ConnectionId'),
    credentials: str(i, 'Credentials'),
    requestParameters: strMap(i.RequestParameters),
    requestTemplates: strMap(i.RequestTemplates),
    passthroughBehavior: str(i, 'PassthroughBehavior'),
    cacheNamespace: str(i, 'CacheNamespace'),
    cacheKeyParameters: i.CacheKeyParameters as string[] | undefined,
    contentHandling: str(i, 'ContentHandling') as never,
    timeoutInMillis: num(i, 'TimeoutInMillis', ctx),
    tlsConfig: i.TlsConfig ? { insecureSkipVerification: bool(i.TlsConfig as Props, 'InsecureSkipVerification') } : undefined,
  });
  for (const r of i.IntegrationResponses ?? []) {
    await ctx.calls.apigateway('PutIntegrationResponse', {
      restApiId: api,
      resourceId: res,
      httpMethod: method,
      statusCode: required(r, 'StatusCode', { logicalId: `${ctx.logicalId}.Integration.IntegrationResponses` }),
      selectionPattern: str(r, 'SelectionPattern'),
      responseParameters: strMap(r.ResponseParameters),
      responseTemplates: strMap(r.ResponseTemplates),
      contentHandling: str(r, 'ContentHandling') as never,
    });
  }
}

/** `"true"` or true: CloudFormation's boolean maps (RequestParameters, ResponseParameters). */
function boolMap(v: unknown): Record<string, boolean> | undefined {
  if (!v || typeof v !== 'object') return undefined;
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, x === true || x === 'true']));
}

export const method: ResourceType = {
  attributes: [],
  replaceOn: ['RestApiId', 'ResourceId', 'HttpMethod'],
  async create(props, ctx) {
    const api = required(props, 'RestApiId', ctx);
    const res = required(props, 'ResourceId', ctx);
    const httpMethod = required(props, 'HttpMethod', ctx).toUpperCase();
    await ctx.calls.apigateway('PutMethod', {
      restApiId: api,
      resourceId: res,
      httpMethod,
      authorizationType: str(props, 'AuthorizationType') ?? 'NONE',
      authorizerId: str(props, 'AuthorizerId'),
      apiKeyRequired: bool(props, 'ApiKeyRequired'),
      operationName: str(props, 'OperationName'),
      requestParameters: boolMap(props.RequestParameters),
      requestModels: strMap(props.RequestModels),
      requestValidatorId: str(props, 'RequestValidatorId'),
      authorizationScopes: props.AuthorizationScopes as string[] | undefined,
    });
    for (const r of (props.MethodResponses ?? []) as Props[]) {
      await ctx.calls.apigateway('PutMethodResponse', {
        restApiId: api,
        resourceId: res,
        httpMethod,
        statusCode: required(r, 'StatusCode', { logicalId: `${ctx.logicalId}.MethodResponses` }),
        responseParameters: boolMap(r.ResponseParameters),
        responseModels: strMap(r.ResponseModels),
      });
    }
    if (props.Integration) await putIntegration(api, res, httpMethod, props.Integration as IntegrationProps, ctx);
    return { physicalId: `${api}-${res}-${httpMethod}`, attributes: {} };
  },
  async delete(_state, props, ctx) {
    await ctx.calls.apigateway('DeleteMethod', {
      restApiId: String(props.RestApiId),
      resourceId: String(props.ResourceId),
      httpMethod: String(props.HttpMethod).toUpperCase(),
    });
  },
};
