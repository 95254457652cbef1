/**
 * The typed collections, one per kind of src/domain/kinds.ts: its body type, its scope function and
 * its id format (shared/ids.ts: the lengths AWS shows, aws-behavior.md "Identifier formats"). A
 * service binds its not-found errors to them (src/services/apigateway/collections.ts); the pipeline
 * reads through them as they are.
 *
 * Scopes (src/domain/kinds.ts): a region's top-level entities live in the region; a REST API's
 * children in apiScope(region, apiId); a domain name's base path mappings in domainScope(region,
 * domainName); a usage plan's keys in planScope(region, planId).
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
import type { Model } from '../../domain/model.js';
import type { RequestValidator } from '../../domain/request-validator.js';
import type { Resource } from '../../domain/resource.js';
import type { RestApi } from '../../domain/rest-api.js';
import type { Stage } from '../../domain/stage.js';
import type { PlanKey, UsagePlan } from '../../domain/usage-plan.js';
import type { VpcLink } from '../../domain/vpc-link.js';
import { Collection } from './collection.js';
export { Collection, type IdFormat, type ScopedReader, type ScopedWriter } from './collection.js';
type InRegion = [region: string];
type InApi = [region: string, apiId: string];
export declare const restApis: Collection<RestApi, InRegion>;
export declare const apiKeys: Collection<ApiKey, InRegion>;
export declare const usagePlans: Collection<UsagePlan, InRegion>;
export declare const clientCertificates: Collection<ClientCertificate, InRegion>;
export declare const vpcLinks: Collection<VpcLink, InRegion>;
/** Id: the domain name itself. */
export declare const domainNames: Collection<DomainName, InRegion>;
/** Id: the association's ARN. */
export declare const domainNameAccessAssociations: Collection<DomainNameAccessAssociation, InRegion>;
/** One entity per region, id ACCOUNT_ID. */
export declare const accounts: Collection<AccountSettings, InRegion>;
export declare const ACCOUNT_ID = "account";
export declare const resources: Collection<Resource, InApi>;
/** Id: the model's name. */
export declare const models: Collection<Model, InApi>;
export declare const requestValidators: Collection<RequestValidator, InApi>;
export declare const authorizers: Collection<Authorizer, InApi>;
/** Id: the response type. */
export declare const gatewayResponses: Collection<StoredGatewayResponse, InApi>;
export declare const documentationParts: Collection<DocumentationPart, InApi>;
/** Id: the version string. */
export declare const documentationVersions: Collection<DocumentationVersion, InApi>;
export declare const deployments: Collection<Deployment, InApi>;
/** Id: the stage name. */
export declare const stages: Collection<Stage, InApi>;
/** Id: the base path (`(none)` for the empty one). */
export declare const basePathMappings: Collection<BasePathMapping, [region: string, domainName: string]>;
/** Id: the API key's id. */
export declare const usagePlanKeys: Collection<PlanKey, [region: string, planId: string]>;
