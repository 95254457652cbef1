/**
 * The API Gateway extensions to OpenAPI that REST APIs use (DG:api-gateway-swagger-extensions;
 * aws-behavior.md A3 "REST extensions"), as tables shared by the importer (import.ts) and the
 * exporter (export.ts): extension names, which RestApi / Integration / Authorizer field each key
 * maps to, and how enum values are spelled in a document (lowercase `when_no_match`, `aws_proxy`,
 * `token`) versus the API (`WHEN_NO_MATCH`, `AWS_PROXY`, `TOKEN`).
 *
 * The HTTP-API-only extensions (x-amazon-apigateway-cors, -integrations, -importexport-version,
 * -tag-value; isDefaultRoute, payloadFormatVersion, integrationSubtype) are listed in
 * HTTP_API_ONLY so both directions can ignore them.
 */
import type { Authorizer } from '../../../domain/authorizer.js';
import type { Integration, IntegrationResponse } from '../../../domain/integration.js';
import type { RestApi } from '../../../domain/rest-api.js';

export const EXT = {
  integration: 'x-amazon-apigateway-integration',
  anyMethod: 'x-amazon-apigateway-any-method',
  authorizer: 'x-amazon-apigateway-authorizer',
  authtype: 'x-amazon-apigateway-authtype',
  auth: 'x-amazon-apigateway-auth',
  apiKeySource: 'x-amazon-apigateway-api-key-source',
  binaryMediaTypes: 'x-amazon-apigateway-binary-media-types',
  minimumCompressionSize: 'x-amazon-apigateway-minimum-compression-size',
  gatewayResponses: 'x-amazon-apigateway-gateway-responses',
  requestValidators: 'x-amazon-apigateway-request-validators',
  requestValidator: 'x-amazon-apigateway-request-validator',
  policy: 'x-amazon-apigateway-policy',
  endpointConfiguration: 'x-amazon-apigateway-endpoint-configuration',
  documentation: 'x-amazon-apigateway-documentation',
} as const;

/** Extensions only HTTP APIs read; REST import ignores them, REST export never writes them. */
export const HTTP_API_ONLY = [
  'x-amazon-apigateway-cors',
  'x-amazon-apigateway-integrations',
  'x-amazon-apigateway-importexport-version',
  'x-amazon-apigateway-tag-value',
] as const;

/** Document-level extensions ↔ RestApi fields. `policy` is a JSON object in a document and a JSON string on the API. */
export const API_EXTENSIONS: ReadonlyArray<{ ext: string; field: keyof RestApi }> = [
  { ext: EXT.binaryMediaTypes, field: 'binaryMediaTypes' },
  { ext: EXT.minimumCompressionSize, field: 'minimumCompressionSize' },
  { ext: EXT.apiKeySource, field: 'apiKeySource' },
  { ext: EXT.policy, field: 'policy' },
];

/** x-amazon-apigateway-endpoint-configuration keys (root of a Swagger 2.0 document; in OAS 3 inside a `servers[]` entry). */
export const ENDPOINT_CONFIGURATION_KEYS = ['disableExecuteApiEndpoint', 'vpcEndpointIds'] as const;

export type EnumCase = 'lower' | 'upper' | 'as-is';

/**
 * x-amazon-apigateway-integration keys ↔ Integration fields. `case` says how the export spells an
 * enum (the import accepts any case). `responses` and `tlsConfig` are handled by the functions below.
 */
export const INTEGRATION_FIELDS: ReadonlyArray<{ key: string; field: keyof Integration; case?: EnumCase }> = [
  { key: 'type', field: 'type', case: 'lower' },
  { key: 'httpMethod', field: 'httpMethod', case: 'upper' },
  { key: 'uri', field: 'uri' },
  { key: 'connectionType', field: 'connectionType', case: 'upper' },
  { key: 'connectionId', field: 'connectionId' },
  { key: 'credentials', field: 'credentials' },
  { key: 'requestParameters', field: 'requestParameters' },
  { key: 'requestTemplates', field: 'requestTemplates' },
  { key: 'passthroughBehavior', field: 'passthroughBehavior', case: 'lower' },
  { key: 'contentHandling', field: 'contentHandling', case: 'upper' },
  { key: 'timeoutInMillis', field: 'timeoutInMillis' },
  { key: 'cacheNamespace', field: 'cacheNamespace' },
  { key: 'cacheKeyParameters', field: 'cacheKeyParameters' },
];

/** x-amazon-apigateway-integration.responses.{pattern} keys ↔ IntegrationResponse fields; the map key is the selection pattern, `default` for none. */
export const INTEGRATION_RESPONSE_FIELDS: ReadonlyArray<{ key: string; field: keyof IntegrationResponse; case?: EnumCase }> = [
  { key: 'statusCode', field: 'statusCode' },
  { key: 'responseParameters', field: 'responseParameters' },
  { key: 'responseTemplates', field: 'responseTemplates' },
  { key: 'contentHandling', field: 'contentHandling', case: 'upper' },
];
export const DEFAULT_RESPONSE_KEY = 'default';

/** x-amazon-apigateway-authorizer keys ↔ Authorizer fields (the scheme's name is the authorizer's name). */
export const AUTHORIZER_FIELDS: ReadonlyArray<{ key: string; field: keyof Authorizer; case?: EnumCase }> = [
  { key: 'type', field: 'type', case: 'lower' },
  { key: 'authorizerUri', field: 'authorizerUri' },
  { key: 'authorizerCredentials', field: 'authorizerCredentials' },
  { key: 'identitySource', field: 'identitySource' },
  { key: 'identityValidationExpression', field: 'identityValidationExpression' },
  { key: 'authorizerResultTtlInSeconds', field: 'authorizerResultTtlInSeconds' },
  { key: 'providerARNs', field: 'providerARNs' },
];

/** x-amazon-apigateway-request-validators.{name} keys (RequestValidator fields of the same names). */
export const REQUEST_VALIDATOR_FIELDS = ['validateRequestBody', 'validateRequestParameters'] as const;
/** x-amazon-apigateway-gateway-responses.{type} keys (GatewayResponse fields of the same names). */
export const GATEWAY_RESPONSE_FIELDS = ['statusCode', 'responseParameters', 'responseTemplates'] as const;

/** The integration types of a REST API, as the API spells them (SVC IntegrationType). */
export const INTEGRATION_TYPES = ['HTTP', 'HTTP_PROXY', 'AWS', 'AWS_PROXY', 'MOCK'];
export const AUTHORIZER_TYPES = ['TOKEN', 'REQUEST', 'COGNITO_USER_POOLS'];
/** `x-amazon-apigateway-authtype` of an IAM-authorized scheme (DG:api-gateway-swagger-extensions-authtype). */
export const SIGV4_AUTHTYPE = 'awsSigv4';

export function spell(value: string, c: EnumCase | undefined): string {
  if (c === 'lower') return value.toLowerCase();
  if (c === 'upper') return value.toUpperCase();
  return value;
}

type Json = Record<string, unknown>;

/** The x-amazon-apigateway-integration object of an integration, as AWS's export writes it. */
export function integrationToExtension(i: Integration): Json {
  const out: Json = {};
  for (const f of INTEGRATION_FIELDS) {
    const v = i[f.field];
    if (v === undefined || v === null) continue;
    if (Array.isArray(v) && !v.length) continue;
    out[f.key] = typeof v === 'string' ? spell(v, f.case) : v;
  }
  if (i.tlsConfig) out.tlsConfig = { ...i.tlsConfig };
  const responses = Object.values(i.integrationResponses ?? {});
  if (responses.length) {
    const map: Json = {};
    for (const r of responses) {
      const entry: Json = {};
      for (const f of INTEGRATION_RESPONSE_FIELDS) {
        const v = r[f.field];
        if (v !== undefined && v !== null) entry[f.key] = typeof v === 'string' ? spell(v, f.case) : v;
      }
      map[r.selectionPattern ? r.selectionPattern : DEFAULT_RESPONSE_KEY] = entry;
    }
    out.responses = map;
  }
  return out;
}

/** The x-amazon-apigateway-authorizer object of an authorizer. */
export function authorizerToExtension(a: Authorizer): Json {
  const out: Json = {};
  for (const f of AUTHORIZER_FIELDS) {
    const v = a[f.field];
    if (v === undefined || v === null) continue;
    out[f.key] = typeof v === 'string' ? spell(v, f.case) : v;
  }
  return out;
}
