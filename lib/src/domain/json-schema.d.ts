/**
 * JSON Schema draft 4, the dialect of API Gateway models ("API Gateway supports JSON Schema draft 4":
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/models-mappings-models.html): the keywords it
 * defines (https://datatracker.ietf.org/doc/html/draft-fge-json-schema-validation-00 and draft-zyp-json-schema-04).
 * CreateModel warns of others; OpenAPI import drops them.
 */
export declare const DRAFT4_KEYWORDS: ReadonlySet<string>;
