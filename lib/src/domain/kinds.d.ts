/**
 * The one registry of entity kinds the store keeps, and the scopes they live in. Every store access
 * names its kind through `Kind` (never a string literal), and builds its scope here (never by slicing).
 *
 * Scopes: a region's top-level entities (REST APIs, API keys, usage plans, domain names, client
 * certificates, VPC links, the account, domain name access associations) live in `region`; a REST
 * API's children (resources, models, validators, authorizers, gateway responses, documentation,
 * deployments, stages) in `apiScope`; a domain name's base path mappings in `domainScope`; a usage
 * plan's keys in `planScope`.
 */
export declare const Kind: {
    readonly restApi: "restapi";
    readonly resource: "resource";
    readonly model: "model";
    readonly requestValidator: "requestvalidator";
    readonly authorizer: "authorizer";
    readonly gatewayResponse: "gatewayresponse";
    readonly documentationPart: "documentationpart";
    readonly documentationVersion: "documentationversion";
    readonly deployment: "deployment";
    readonly stage: "stage";
    readonly apiKey: "apikey";
    readonly usagePlan: "usageplan";
    readonly usagePlanKey: "usageplankey";
    readonly domainName: "domainname";
    readonly basePathMapping: "basepathmapping";
    readonly domainNameAccessAssociation: "domainnameaccessassociation";
    readonly clientCertificate: "clientcertificate";
    readonly vpcLink: "vpclink";
    readonly account: "account";
    readonly lambdaFunction: "lambdafunction";
    readonly lambdaVersion: "lambdaversion";
    readonly lambdaAlias: "lambdaalias";
    readonly lambdaPolicy: "lambdapolicy";
    readonly lambdaLayer: "lambdalayer";
    readonly lambdaLayerVersion: "lambdalayerversion";
    readonly lambdaCode: "lambdacode";
};
export type Kind = (typeof Kind)[keyof typeof Kind];
/** Scope of a region's top-level entities, and of a REST API's children. */
export declare const regionScope: (ctx: {
    region: string;
}) => string;
export declare const apiScope: (region: string, apiId: string) => string;
/** Scope of a domain name's base path mappings. */
export declare const domainScope: (region: string, domainName: string) => string;
/** Scope of the domain names' children (every domain's base path mappings start with it). */
export declare const domainsScope: (region: string) => string;
/** Scope of a usage plan's keys. */
export declare const plansScope: (region: string) => string;
export declare const planScope: (region: string, planId: string) => string;
/** Scope of a Lambda function's versions, aliases and policies. */
export declare const functionScope: (region: string, name: string) => string;
/** Scope of a Lambda layer's versions. */
export declare const layerScope: (region: string, layerName: string) => string;
/** Scope of a region's Lambda code blobs, keyed by content (hex SHA-256). */
export declare const codeScope: (region: string) => string;
