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
import type { Authorizer } from '../authorizers.js';
import type { Integration, IntegrationResponse } from '../integrations.js';
import type { RestApi } from '../rest-apis.js';
export declare const EXT: {
    readonly integration: "x-amazon-apigateway-integration";
    readonly anyMethod: "x-amazon-apigateway-any-method";
    readonly authorizer: "x-amazon-apigateway-authorizer";
    readonly authtype: "x-amazon-apigateway-authtype";
    readonly auth: "x-amazon-apigateway-auth";
    readonly apiKeySource: "x-amazon-apigateway-api-key-source";
    readonly binaryMediaTypes: "x-amazon-apigateway-binary-media-types";
    readonly minimumCompressionSize: "x-amazon-apigateway-minimum-compression-size";
    readonly gatewayResponses: "x-amazon-apigateway-gateway-responses";
    readonly requestValidators: "x-amazon-apigateway-request-validators";
    readonly requestValidator: "x-amazon-apigateway-request-validator";
    readonly policy: "x-amazon-apigateway-policy";
    readonly endpointConfiguration: "x-amazon-apigateway-endpoint-configuration";
    readonly documentation: "x-amazon-apigateway-documentation";
};
/** Extensions only HTTP APIs read; REST import ignores them, REST export never writes them. */
export declare const HTTP_API_ONLY: readonly ["x-amazon-apigateway-cors", "x-amazon-apigateway-integrations", "x-amazon-apigateway-importexport-version", "x-amazon-apigateway-tag-value"];
/** Document-level extensions ↔ RestApi fields. `policy` is a JSON object in a document and a JSON string on the API. */
export declare const API_EXTENSIONS: ReadonlyArray<{
    ext: string;
    field: keyof RestApi;
}>;
/** x-amazon-apigateway-endpoint-configuration keys (root of a Swagger 2.0 document; in OAS 3 inside a `servers[]` entry). */
export declare const ENDPOINT_CONFIGURATION_KEYS: readonly ["disableExecuteApiEndpoint", "vpcEndpointIds"];
export type EnumCase = 'lower' | 'upper' | 'as-is';
/**
 * x-amazon-apigateway-integration keys ↔ Integration fields. `case` says how the export spells an
 * enum (the import accepts any case). `responses` and `tlsConfig` are handled by the functions below.
 */
export declare const INTEGRATION_FIELDS: ReadonlyArray<{
    key: string;
    field: keyof Integration;
    case?: EnumCase;
}>;
/** x-amazon-apigateway-integration.responses.{pattern} keys ↔ IntegrationResponse fields; the map key is the selection pattern, `default` for none. */
export declare const INTEGRATION_RESPONSE_FIELDS: ReadonlyArray<{
    key: string;
    field: keyof IntegrationResponse;
    case?: EnumCase;
}>;
export declare const DEFAULT_RESPONSE_KEY = "default";
/** x-amazon-apigateway-authorizer keys ↔ Authorizer fields (the scheme's name is the authorizer's name). */
export declare const AUTHORIZER_FIELDS: ReadonlyArray<{
    key: string;
    field: keyof Authorizer;
    case?: EnumCase;
}>;
/** x-amazon-apigateway-request-validators.{name} keys (RequestValidator fields of the same names). */
export declare const REQUEST_VALIDATOR_FIELDS: readonly ["validateRequestBody", "validateRequestParameters"];
/** x-amazon-apigateway-gateway-responses.{type} keys (GatewayResponse fields of the same names). */
export declare const GATEWAY_RESPONSE_FIELDS: readonly ["statusCode", "responseParameters", "responseTemplates"];
/** The integration types of a REST API, as the API spells them (SVC IntegrationType). */
export declare const INTEGRATION_TYPES: string[];
export declare const AUTHORIZER_TYPES: string[];
/** `x-amazon-apigateway-authtype` of an IAM-authorized scheme (DG:api-gateway-swagger-extensions-authtype). */
export declare const SIGV4_AUTHTYPE = "awsSigv4";
export declare function spell(value: string, c: EnumCase | undefined): string;
type Json = Record<string, unknown>;
/** The x-amazon-apigateway-integration object of an integration, as AWS's export writes it. */
export declare function integrationToExtension(i: Integration): Json;
/** The x-amazon-apigateway-authorizer object of an authorizer. */
export declare function authorizerToExtension(a: Authorizer): Json;
export {};
