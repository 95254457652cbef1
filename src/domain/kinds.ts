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
export const Kind = {
  restApi: 'restapi',
  resource: 'resource',
  model: 'model',
  requestValidator: 'requestvalidator',
  authorizer: 'authorizer',
  gatewayResponse: 'gatewayresponse',
  documentationPart: 'documentationpart',
  documentationVersion: 'documentationversion',
  deployment: 'deployment',
  stage: 'stage',
  apiKey: 'apikey',
  usagePlan: 'usageplan',
  usagePlanKey: 'usageplankey',
  domainName: 'domainname',
  basePathMapping: 'basepathmapping',
  domainNameAccessAssociation: 'domainnameaccessassociation',
  clientCertificate: 'clientcertificate',
  vpcLink: 'vpclink',
  account: 'account',
  // Lambda (src/domain/lambda/function.ts)
  lambdaFunction: 'lambdafunction',
  lambdaVersion: 'lambdaversion',
  lambdaAlias: 'lambdaalias',
  lambdaPolicy: 'lambdapolicy',
  lambdaLayer: 'lambdalayer',
  lambdaLayerVersion: 'lambdalayerversion',
  lambdaCode: 'lambdacode',
  // S3 (src/domain/s3.ts): buckets by name, objects by key in their bucket, blobs by content
  s3Bucket: 's3bucket',
  s3Object: 's3object',
  s3Blob: 's3blob',
  s3Upload: 's3upload',
  s3Part: 's3part',
  // Stacks (src/domain/stack.ts), in their region, by name
  stack: 'stack',
  // Deleted stacks kept as DELETE_COMPLETE for a while (src/stacks/engine/deleted-stacks.ts), in their region, by stack id
  deletedStack: 'deletedstack',
  // ACM certificates imported (src/domain/certificate.ts), in their region, by the ARN's id
  acmCertificate: 'acmcertificate',
} as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

/** Scope of a region's top-level entities, and of a REST API's children. */
export const regionScope = (ctx: { region: string }): string => ctx.region;
export const apiScope = (region: string, apiId: string): string => `${region}/restapis/${apiId}`;
/** Scope of a domain name's base path mappings. */
export const domainScope = (region: string, domainName: string): string => `${region}/domainnames/${domainName}`;
/** Scope of the domain names' children (every domain's base path mappings start with it). */
export const domainsScope = (region: string): string => `${region}/domainnames`;
/** Scope of a usage plan's keys. */
export const plansScope = (region: string): string => `${region}/usageplans`;
export const planScope = (region: string, planId: string): string => `${plansScope(region)}/${planId}`;
/** Scope of a Lambda function's versions, aliases and policies. */
export const functionScope = (region: string, name: string): string => `${region}/functions/${name}`;
/** Scope of a Lambda layer's versions. */
export const layerScope = (region: string, layerName: string): string => `${region}/layers/${layerName}`;
/** Scope of a region's Lambda code blobs, keyed by content (hex SHA-256). */
export const codeScope = (region: string): string => `${region}/lambda-code`;
/** Scope of an S3 bucket's objects (keyed by their key), and of its blobs (keyed by hex SHA-256). */
export const bucketScope = (bucket: string): string => `s3/${bucket}`;
export const blobScope = (bucket: string): string => `s3/${bucket}/blobs`;
/** Scope of a bucket's multipart uploads (by upload id), and of one upload's parts (by zero-padded part number). */
export const uploadsScope = (bucket: string): string => `s3/${bucket}/uploads`;
export const partsScope = (bucket: string, uploadId: string): string => `s3/${bucket}/uploads/${uploadId}`;
