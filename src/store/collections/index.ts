/**
 * The typed collections, one per kind of src/domain/kinds.ts: its body type, its scope function and
 * its id format (shared/ids.ts: the lengths AWS shows, aws-behavior.md "Identifier formats"). A
 * service binds its not-found errors to them (src/services/apigateway/collections.ts); the pipeline
 * reads through them as they are.
 *
 * Scopes (src/domain/kinds.ts): a region's top-level entities live in the region; a REST API's
 * children in apiScope(region, apiId); a domain name's base path mappings in domainScope(region,
 * domainName); a usage plan's keys in planScope(region, planId). Lambda's: functions and layers in the
 * region, a function's versions, aliases and policies in functionScope(region, name), a layer's versions in
 * layerScope(region, layerName), code blobs in codeScope(region).
 */
import type { AccountSettings } from '../../domain/account.js';
import type { ApiKey } from '../../domain/api-key.js';
import type { Authorizer } from '../../domain/authorizer.js';
import type { BasePathMapping } from '../../domain/base-path-mapping.js';
import type { ClientCertificate } from '../../domain/client-certificate.js';
import type { Deployment } from '../../domain/deployment.js';
import type { DocumentationPart } from '../../domain/documentation-part.js';
import type { DocumentationVersion } from '../../domain/documentation-version.js';
import type { DomainNameAccessAssociation } from '../../domain/domain-name-access-association.js';
import type { DomainName } from '../../domain/domain-name.js';
import type { StoredGatewayResponse } from '../../domain/gateway-response.js';
import {
  apiScope,
  blobScope,
  bucketScope,
  codeScope,
  partsScope,
  uploadsScope,
  domainScope,
  functionScope,
  Kind,
  layerScope,
  planScope,
} from '../../domain/kinds.js';
import type { CodeBlob, FunctionAlias, FunctionPolicy, FunctionVersion, LambdaFunction, LambdaLayer, LayerVersion } from '../../domain/lambda/function.js';
import type { Model } from '../../domain/model.js';
import { S3_SCOPE, type S3Blob, type S3Bucket, type S3Object, type S3Part, type S3Upload } from '../../domain/s3.js';
import type { RequestValidator } from '../../domain/request-validator.js';
import type { Resource } from '../../domain/resource.js';
import type { RestApi } from '../../domain/rest-api.js';
import type { Stage } from '../../domain/stage.js';
import type { Stack } from '../../domain/stack.js';
import type { PlanKey, UsagePlan } from '../../domain/usage-plan.js';
import type { VpcLink } from '../../domain/vpc-link.js';
import { longId, shortId } from '../../shared/ids.js';
import { Collection, type IdFormat } from './collection.js';

export { Collection, type IdFormat, type ScopedReader, type ScopedWriter } from './collection.js';

export type InRegion = [region: string];
export type InApi = [region: string, apiId: string];
const inRegion = (region: string): string => region;

/** Looked up by id alone (findById): unique across the kind. */
const long: IdFormat = { make: longId, unique: 'kind' };
const shortInKind: IdFormat = { make: shortId, unique: 'kind' };
const short: IdFormat = { make: shortId, unique: 'scope' };

// A region's top-level entities.
/** Children: the API's resources, models, stages… in apiScope. */
export const restApis = new Collection<RestApi, InRegion>(Kind.restApi, inRegion, long, undefined, apiScope);
export const apiKeys = new Collection<ApiKey, InRegion>(Kind.apiKey, inRegion, long);
/** Children: the plan's keys in planScope. */
export const usagePlans = new Collection<UsagePlan, InRegion>(Kind.usagePlan, inRegion, shortInKind, undefined, planScope);
export const clientCertificates = new Collection<ClientCertificate, InRegion>(Kind.clientCertificate, inRegion, shortInKind);
export const vpcLinks = new Collection<VpcLink, InRegion>(Kind.vpcLink, inRegion, short);
/** Id: the domain name itself. Children: its base path mappings in domainScope. */
export const domainNames = new Collection<DomainName, InRegion>(Kind.domainName, inRegion, undefined, undefined, domainScope);
/** Id: the association's ARN. */
export const domainNameAccessAssociations = new Collection<DomainNameAccessAssociation, InRegion>(Kind.domainNameAccessAssociation, inRegion);
/** One entity per region, id ACCOUNT_ID. */
export const accounts = new Collection<AccountSettings, InRegion>(Kind.account, inRegion);
/** Id: the stack's name (src/stacks/). */
export const stacks = new Collection<Stack, InRegion>(Kind.stack, inRegion);
/** Id: the deleted stack's id (its ARN): a name may be deleted and created again, each time a new stack id. */
export const deletedStacks = new Collection<Stack, InRegion>(Kind.deletedStack, inRegion);
export const ACCOUNT_ID = 'account';

// A REST API's children.
export const resources = new Collection<Resource, InApi>(Kind.resource, apiScope, short);
/** Id: the model's name. */
export const models = new Collection<Model, InApi>(Kind.model, apiScope);
export const requestValidators = new Collection<RequestValidator, InApi>(Kind.requestValidator, apiScope, short);
export const authorizers = new Collection<Authorizer, InApi>(Kind.authorizer, apiScope, short);
/** Id: the response type. */
export const gatewayResponses = new Collection<StoredGatewayResponse, InApi>(Kind.gatewayResponse, apiScope);
export const documentationParts = new Collection<DocumentationPart, InApi>(Kind.documentationPart, apiScope, short);
/** Id: the version string. */
export const documentationVersions = new Collection<DocumentationVersion, InApi>(Kind.documentationVersion, apiScope);
export const deployments = new Collection<Deployment, InApi>(Kind.deployment, apiScope, short);
/** Id: the stage name. */
export const stages = new Collection<Stage, InApi>(Kind.stage, apiScope);

// Children of other parents.
/** Id: the base path (`(none)` for the empty one). */
export const basePathMappings = new Collection<BasePathMapping, [region: string, domainName: string]>(Kind.basePathMapping, domainScope);
/** Id: the API key's id. */
export const usagePlanKeys = new Collection<PlanKey, [region: string, planId: string]>(Kind.usagePlanKey, planScope);

// Lambda (src/domain/lambda/function.ts).
type InFunction = [region: string, functionName: string];
/** Id: the function's name. Children: its versions, aliases and policies. */
export const lambdaFunctions = new Collection<LambdaFunction, InRegion>(Kind.lambdaFunction, inRegion, undefined, undefined, functionScope);
/** Id: the version number. */
export const lambdaVersions = new Collection<FunctionVersion, InFunction>(Kind.lambdaVersion, functionScope);
/** Id: the alias's name. */
export const lambdaAliases = new Collection<FunctionAlias, InFunction>(Kind.lambdaAlias, functionScope);
/** Id: the qualifier the policy belongs to (UNQUALIFIED_POLICY for the function's own). */
export const lambdaPolicies = new Collection<FunctionPolicy, InFunction>(Kind.lambdaPolicy, functionScope);
/** Id: the layer's name. Children: its versions. */
export const lambdaLayers = new Collection<LambdaLayer, InRegion>(Kind.lambdaLayer, inRegion, undefined, undefined, layerScope);
/** Id: the version number. */
export const lambdaLayerVersions = new Collection<LayerVersion, [region: string, layerName: string]>(Kind.lambdaLayerVersion, layerScope);
/** Id: the zip's hex SHA-256. */
export const lambdaCode = new Collection<CodeBlob, InRegion>(Kind.lambdaCode, codeScope);

// S3 (src/domain/s3.ts).
/** Id: the bucket's name; all in one scope (bucket names are one namespace). */
export const s3Buckets = new Collection<S3Bucket, []>(Kind.s3Bucket, () => S3_SCOPE);
/** Id: the object's key. */
export const s3Objects = new Collection<S3Object, [bucket: string]>(Kind.s3Object, bucketScope);
/** Id: the content's hex SHA-256. */
export const s3Blobs = new Collection<S3Blob, [bucket: string]>(Kind.s3Blob, blobScope);
/** Id: the upload id. Children: its parts. */
export const s3Uploads = new Collection<S3Upload, [bucket: string]>(Kind.s3Upload, uploadsScope, undefined, undefined, (scope, id) => `${scope}/${id}`);
/** Id: the part number, zero-padded to 5 digits (so that creation order is not needed to sort them). */
export const s3Parts = new Collection<S3Part, [bucket: string, uploadId: string]>(Kind.s3Part, partsScope);
