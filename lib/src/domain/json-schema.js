/**
 * JSON Schema draft 4, the dialect of API Gateway models ("API Gateway supports JSON Schema draft 4":
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/models-mappings-models.html): the keywords it
 * defines (https://datatracker.ietf.org/doc/html/draft-fge-json-schema-validation-00 and draft-zyp-json-schema-04).
 * CreateModel warns of others; OpenAPI import drops them.
 */
export const DRAFT4_KEYWORDS = new Set([
    'id',
    '$schema',
    '$ref',
    'title',
    'description',
    'default',
    'multipleOf',
    'maximum',
    'exclusiveMaximum',
    'minimum',
    'exclusiveMinimum',
    'maxLength',
    'minLength',
    'pattern',
    'additionalItems',
    'items',
    'maxItems',
    'minItems',
    'uniqueItems',
    'maxProperties',
    'minProperties',
    'required',
    'additionalProperties',
    'definitions',
    'properties',
    'patternProperties',
    'dependencies',
    'enum',
    'type',
    'allOf',
    'anyOf',
    'oneOf',
    'not',
    'format',
]);
