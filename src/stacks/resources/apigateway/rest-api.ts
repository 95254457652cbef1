/**
 * AWS::ApiGateway::RestApi. With `Body` (or `BodyS3Location` naming a local file) the API is imported
 * (ImportRestApi, then PutRestApi with `Mode` on updates), as CloudFormation does; without, created.
 * Ref: the API id; Fn::GetAtt RestApiId, RootResourceId.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigateway-restapi.html
 */
import { readFileSync } from 'node:fs';
import { resourceErrors } from '../../errors.js';
import { LOCAL_CODE_BUCKET } from '../../template.js';
import { bool, jsonText, num, str, strMap, tagMap, type ProvisionContext, type Props, type Provisioned, type ResourceType } from '../provider.js';
import { listOps, replaceOps, type PatchField } from './patch.js';

/** The OpenAPI document: `Body` (an object or its text), or a local file named by `BodyS3Location` (the packaged forms). */
function body(props: Props, ctx: ProvisionContext): Buffer | undefined {
  if (props.Body !== undefined) return Buffer.from(typeof props.Body === 'string' ? props.Body : JSON.stringify(props.Body), 'utf8');
  const loc = props.BodyS3Location as { Bucket?: string; Key?: string } | undefined;
  if (!loc) return undefined;
  if (loc.Bucket !== LOCAL_CODE_BUCKET || !loc.Key?.startsWith('/')) {
    throw resourceErrors.invalid(
      ctx.logicalId,
      'BodyS3Location',
      `Tollgate has no S3: a body must be given inline (Body) or as a local file (Bucket ${LOCAL_CODE_BUCKET}, Key an absolute path)`,
    );
  }
  try {
    return readFileSync(loc.Key);
  } catch (e) {
    throw resourceErrors.unreadableCode(loc.Key, (e as Error).message);
  }
}

const FIELDS: PatchField[] = [
  ['Name', '/name'],
  ['Description', '/description'],
  ['ApiKeySourceType', '/apiKeySource'],
  ['MinimumCompressionSize', '/minimumCompressionSize'],
  ['Policy', '/policy', (v) => jsonText(v)!],
  ['DisableExecuteApiEndpoint', '/disableExecuteApiEndpoint'],
];

function endpointTypes(props: Props): string[] | undefined {
  return (props.EndpointConfiguration as { Types?: string[] } | undefined)?.Types;
}

async function settle(id: string, props: Props, prev: Props, ctx: ProvisionContext): Promise<Provisioned> {
  const ops = [...replaceOps(prev, props, FIELDS), ...listOps(prev.BinaryMediaTypes, props.BinaryMediaTypes, '/binaryMediaTypes')];
  const [was, now] = [endpointTypes(prev)?.[0], endpointTypes(props)?.[0]];
  if (now !== undefined && was !== now) ops.push({ op: 'replace', path: '/endpointConfiguration/types/0', value: now });
  if (ops.length) await ctx.calls.apigateway('UpdateRestApi', { restApiId: id, patchOperations: ops });
  const api = await ctx.calls.apigateway('GetRestApi', { restApiId: id });
  return { physicalId: id, attributes: { RestApiId: id, RootResourceId: api.rootResourceId } };
}

export const restApi: ResourceType = {
  attributes: ['RestApiId', 'RootResourceId'],
  replaceOn: [],
  async create(props, ctx) {
    const doc = body(props, ctx);
    if (doc) {
      const api = await ctx.calls.apigateway('ImportRestApi', {
        body: doc,
        failOnWarnings: bool(props, 'FailOnWarnings'),
        parameters: strMap(props.Parameters),
      });
      // The imported API takes the document's title and settings; the template's own properties win.
      return settle(api.id!, props, { Name: api.name, Description: api.description }, ctx);
    }
    const api = await ctx.calls.apigateway('CreateRestApi', {
      name: str(props, 'Name') ?? ctx.logicalId,
      description: str(props, 'Description'),
      cloneFrom: str(props, 'CloneFrom'),
      binaryMediaTypes: props.BinaryMediaTypes as string[] | undefined,
      minimumCompressionSize: num(props, 'MinimumCompressionSize', ctx),
      apiKeySource: str(props, 'ApiKeySourceType') as never,
      endpointConfiguration: props.EndpointConfiguration
        ? { types: endpointTypes(props) as never, vpcEndpointIds: (props.EndpointConfiguration as { VpcEndpointIds?: string[] }).VpcEndpointIds }
        : undefined,
      policy: jsonText(props.Policy),
      disableExecuteApiEndpoint: bool(props, 'DisableExecuteApiEndpoint'),
      tags: tagMap(props.Tags),
    });
    return { physicalId: api.id!, attributes: { RestApiId: api.id, RootResourceId: api.rootResourceId } };
  },
  async update(props, previous, ctx) {
    const id = previous.state.physicalId;
    const doc = body(props, ctx);
    let prev = previous.props;
    if (doc) {
      const mode = (str(props, 'Mode') ?? 'overwrite') as 'overwrite' | 'merge';
      const api = await ctx.calls.apigateway('PutRestApi', {
        restApiId: id,
        body: doc,
        mode,
        failOnWarnings: bool(props, 'FailOnWarnings'),
        parameters: strMap(props.Parameters),
      });
      prev = { ...prev, Name: api.name, Description: api.description };
    }
    return settle(id, props, prev, ctx);
  },
  async delete(state, _props, ctx) {
    await ctx.calls.apigateway('DeleteRestApi', { restApiId: state.physicalId });
  },
};
