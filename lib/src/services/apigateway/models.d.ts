import type { Handlers } from './context.js';
import type { Model } from './models-defaults.js';
import { modelNotFound } from './collections.js';
export type { Model } from './models-defaults.js';
/** SVC CreateModelRequest: "the schema must be ... at most 400 KB". */
export declare const MAX_SCHEMA_BYTES: number;
export { modelNotFound };
/** `https://apigateway.amazonaws.com/restapis/{api}/models/{name}`: how a schema refers to another model. */
export declare const modelUrl: (apiId: string, name: string) => string;
/**
 * Checks a model schema the way CreateModel/UpdateModel do, and returns the names of the models it
 * refers to. Missing or empty → F61's text, whatever the content type (LS-snap
 * [create-model-no-schema-xml]); larger than 400 KB, not JSON, not a draft-04 schema (ajv-draft-04's
 * meta-schema), or using keywords draft-04 does not define → AWS's "Invalid model schema specified";
 * a `$ref` to a model of this API that does not exist → "Invalid model specified: {name}".
 */
export declare function checkSchema(text: string | undefined, apiId: string, selfName: string, exists: (name: string) => boolean): void;
/**
 * AWS answers a sample of the model's shape after `#set($inputRoot = $input.path('$'))`, printed
 * like Jackson's default pretty printer: `"a" : 3.1415`, two-space indents, `{ }` for an empty
 * object (API reference GetModelTemplate example; AWS CLI example for `Empty`: "{ }"). Strings are
 * "foo" and numbers 3.1415 there; integers (42), booleans (true) and the array layout are not
 * recorded and follow the same printer.
 */
export declare const TEMPLATE_HEADER = "#set($inputRoot = $input.path('$'))";
/** The template for a model; other models of the API are reached through their URL (`modelUrl`). */
export declare function modelTemplate(model: Model, apiId: string, models: Map<string, Model>): string;
export declare const modelHandlers: Handlers;
