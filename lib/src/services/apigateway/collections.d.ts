/**
 * API Gateway's typed collections (src/store/collections/), each bound to the text AWS answers when
 * its entity is not there, so that a handler reads `apiKeys.in(tx, ctx.region).getOrThrow(id)` and
 * every store query of the management API goes through src/store/collections/.
 *
 * The texts are the recorded ones (peer-localstack F23–F82, LS-snap; aws-behavior.md "Exact
 * messages"), as the handler files cited them. Where a text depends on more than the id, the
 * handler passes its own to getOrThrow: REST APIs (`Invalid API identifier specified
 * {account}:{id}` needs the account), usage plan keys (GetUsage answers `Invalid Key identifier
 * specified`, the key operations the API key text).
 */
import * as c from '../../store/collections/index.js';
import { type ServiceError } from './errors.js';
export { ACCOUNT_ID, type ScopedReader, type ScopedWriter } from '../../store/collections/index.js';
export declare const apiKeyNotFound: () => ServiceError;
/** Not recorded; it follows the other "Invalid X identifier specified" texts. */
export declare const authorizerNotFound: () => ServiceError;
/** moto's BasePathNotFoundException; AWS's text in amplify-education/serverless-domain-manager#613. */
export declare const mappingNotFound: () => ServiceError;
/** Not recorded against AWS; the form AWS uses for the other resources (and tags.ts for this ARN). */
export declare const clientCertificateNotFound: () => ServiceError;
/** Not recorded against AWS; the "Invalid … identifier specified" form of the other resources. */
export declare const deploymentNotFound: () => ServiceError;
/** Recorded (LS-snap test_invalid_get_documentation_part, test_invalid_delete_documentation_part). */
export declare const partNotFound: () => ServiceError;
/** Tools match this text (deliveryhero/serverless-aws-documentation src/documentation.js). */
export declare const versionNotFound: () => ServiceError;
/** Not recorded; the form of the other "Invalid … identifier specified" 404s. */
export declare const associationNotFound: () => ServiceError;
export declare const domainNotFound: () => ServiceError;
export declare const modelNotFound: (name: string) => ServiceError;
/** Recorded for Get, Update and Delete, also when the API itself does not exist. */
export declare const validatorNotFound: () => ServiceError;
export declare const resourceNotFound: () => ServiceError;
export declare const stageNotFound: () => ServiceError;
/** F39. */
export declare const usagePlanNotFound: () => ServiceError;
/** F82, recorded. */
export declare const vpcLinkNotFound: () => ServiceError;
/** No default not-found: its text names the account (rest-apis.ts apiNotFound). */
export declare const restApis: c.Collection<import("./rest-apis.js").RestApi, [region: string]>;
export declare const apiKeys: c.Collection<import("./api-keys.js").ApiKey, [region: string]>;
export declare const usagePlans: c.Collection<import("./usage-plans.js").UsagePlan, [region: string]>;
export declare const clientCertificates: c.Collection<import("./client-certificates.js").ClientCertificate, [region: string]>;
export declare const vpcLinks: c.Collection<import("./vpc-links.js").VpcLink, [region: string]>;
export declare const domainNames: c.Collection<import("./domain-names.js").DomainName, [region: string]>;
export declare const domainNameAccessAssociations: c.Collection<import("./domain-name-access-associations.js").DomainNameAccessAssociation, [region: string]>;
/** Never not found: a region without one has the defaults (account.ts). */
export declare const accounts: c.Collection<import("./account.js").AccountSettings, [region: string]>;
export declare const resources: c.Collection<import("./resources.js").Resource, [region: string, apiId: string]>;
export declare const models: c.Collection<import("./models-defaults.js").Model, [region: string, apiId: string]>;
export declare const requestValidators: c.Collection<import("./request-validators.js").RequestValidator, [region: string, apiId: string]>;
export declare const authorizers: c.Collection<import("./authorizers.js").Authorizer, [region: string, apiId: string]>;
/** A type without an entity has its default (gateway-responses.ts): no not-found. */
export declare const gatewayResponses: c.Collection<import("./gateway-responses.js").StoredGatewayResponse, [region: string, apiId: string]>;
export declare const documentationParts: c.Collection<import("./documentation-parts.js").DocumentationPart, [region: string, apiId: string]>;
export declare const documentationVersions: c.Collection<import("./documentation-versions.js").DocumentationVersion, [region: string, apiId: string]>;
export declare const deployments: c.Collection<import("./deployments.js").Deployment, [region: string, apiId: string]>;
export declare const stages: c.Collection<import("./stages.js").Stage, [region: string, apiId: string]>;
export declare const basePathMappings: c.Collection<import("./base-path-mappings.js").BasePathMapping, [region: string, domainName: string]>;
/** A key not in the plan: the API key text (usage-plan-keys.ts; GetUsage passes its own). */
export declare const usagePlanKeys: c.Collection<import("./usage-plans.js").PlanKey, [region: string, planId: string]>;
