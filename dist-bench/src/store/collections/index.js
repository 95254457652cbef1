import { apiScope, domainScope, Kind, planScope } from '../../domain/kinds.js';
import { longId, shortId } from '../../shared/ids.js';
import { Collection } from './collection.js';
export { Collection } from './collection.js';
const inRegion = (region) => region;
/** Looked up by id alone (findById): unique across the kind. */
const long = { make: longId, unique: 'kind' };
const shortInKind = { make: shortId, unique: 'kind' };
const short = { make: shortId, unique: 'scope' };
// A region's top-level entities.
export const restApis = new Collection(Kind.restApi, inRegion, long);
export const apiKeys = new Collection(Kind.apiKey, inRegion, long);
export const usagePlans = new Collection(Kind.usagePlan, inRegion, shortInKind);
export const clientCertificates = new Collection(Kind.clientCertificate, inRegion, shortInKind);
export const vpcLinks = new Collection(Kind.vpcLink, inRegion, short);
/** Id: the domain name itself. */
export const domainNames = new Collection(Kind.domainName, inRegion);
/** Id: the association's ARN. */
export const domainNameAccessAssociations = new Collection(Kind.domainNameAccessAssociation, inRegion);
/** One entity per region, id ACCOUNT_ID. */
export const accounts = new Collection(Kind.account, inRegion);
export const ACCOUNT_ID = 'account';
// A REST API's children.
export const resources = new Collection(Kind.resource, apiScope, short);
/** Id: the model's name. */
export const models = new Collection(Kind.model, apiScope);
export const requestValidators = new Collection(Kind.requestValidator, apiScope, short);
export const authorizers = new Collection(Kind.authorizer, apiScope, short);
/** Id: the response type. */
export const gatewayResponses = new Collection(Kind.gatewayResponse, apiScope);
export const documentationParts = new Collection(Kind.documentationPart, apiScope, short);
/** Id: the version string. */
export const documentationVersions = new Collection(Kind.documentationVersion, apiScope);
export const deployments = new Collection(Kind.deployment, apiScope, short);
/** Id: the stage name. */
export const stages = new Collection(Kind.stage, apiScope);
// Children of other parents.
/** Id: the base path (`(none)` for the empty one). */
export const basePathMappings = new Collection(Kind.basePathMapping, domainScope);
/** Id: the API key's id. */
export const usagePlanKeys = new Collection(Kind.usagePlanKey, planScope);
//# sourceMappingURL=index.js.map