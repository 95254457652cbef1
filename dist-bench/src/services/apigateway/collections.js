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
import { notFound } from './errors.js';
export { ACCOUNT_ID } from '../../store/collections/index.js';
const text = (message) => () => notFound(message);
export const apiKeyNotFound = text('Invalid API Key identifier specified');
/** Not recorded; it follows the other "Invalid X identifier specified" texts. */
export const authorizerNotFound = text('Invalid Authorizer identifier specified');
/** moto's BasePathNotFoundException; AWS's text in amplify-education/serverless-domain-manager#613. */
export const mappingNotFound = text('Invalid base path mapping identifier specified');
/** Not recorded against AWS; the form AWS uses for the other resources (and tags.ts for this ARN). */
export const clientCertificateNotFound = text('Invalid Client Certificate identifier specified');
/** Not recorded against AWS; the "Invalid … identifier specified" form of the other resources. */
export const deploymentNotFound = text('Invalid Deployment identifier specified');
/** Recorded (LS-snap test_invalid_get_documentation_part, test_invalid_delete_documentation_part). */
export const partNotFound = text('Invalid Documentation part identifier specified');
/** Tools match this text (deliveryhero/serverless-aws-documentation src/documentation.js). */
export const versionNotFound = text('Invalid Documentation version specified');
/** Not recorded; the form of the other "Invalid … identifier specified" 404s. */
export const associationNotFound = text('Invalid domain name access association identifier specified');
export const domainNotFound = text('Invalid domain name identifier specified');
export const modelNotFound = (name) => notFound(`Invalid model name specified: ${name}`);
/** Recorded for Get, Update and Delete, also when the API itself does not exist. */
export const validatorNotFound = text('Invalid Request Validator identifier specified');
export const resourceNotFound = text('Invalid Resource identifier specified');
export const stageNotFound = text('Invalid stage identifier specified');
/** F39. */
export const usagePlanNotFound = text('Invalid Usage Plan ID specified');
/** F82, recorded. */
export const vpcLinkNotFound = text('Invalid Vpc Link identifier specified');
// A region's top-level entities.
/** No default not-found: its text names the account (rest-apis.ts apiNotFound). */
export const restApis = c.restApis;
export const apiKeys = c.apiKeys.withNotFound(apiKeyNotFound);
export const usagePlans = c.usagePlans.withNotFound(usagePlanNotFound);
export const clientCertificates = c.clientCertificates.withNotFound(clientCertificateNotFound);
export const vpcLinks = c.vpcLinks.withNotFound(vpcLinkNotFound);
export const domainNames = c.domainNames.withNotFound(domainNotFound);
export const domainNameAccessAssociations = c.domainNameAccessAssociations.withNotFound(associationNotFound);
/** Never not found: a region without one has the defaults (account.ts). */
export const accounts = c.accounts;
// A REST API's children.
export const resources = c.resources.withNotFound(resourceNotFound);
export const models = c.models.withNotFound(modelNotFound);
export const requestValidators = c.requestValidators.withNotFound(validatorNotFound);
export const authorizers = c.authorizers.withNotFound(authorizerNotFound);
/** A type without an entity has its default (gateway-responses.ts): no not-found. */
export const gatewayResponses = c.gatewayResponses;
export const documentationParts = c.documentationParts.withNotFound(partNotFound);
export const documentationVersions = c.documentationVersions.withNotFound(versionNotFound);
export const deployments = c.deployments.withNotFound(deploymentNotFound);
export const stages = c.stages.withNotFound(stageNotFound);
// Children of other parents.
export const basePathMappings = c.basePathMappings.withNotFound(mappingNotFound);
/** A key not in the plan: the API key text (usage-plan-keys.ts; GetUsage passes its own). */
export const usagePlanKeys = c.usagePlanKeys.withNotFound(apiKeyNotFound);
//# sourceMappingURL=collections.js.map