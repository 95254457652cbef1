import type { DeploymentSnapshot } from '../deployment-snapshot.js';
import type { Model } from '../models-defaults.js';
import type { ExportRequest, ExportType, Json } from './export-types.js';
export type { ExportDocumentation, ExportDocumentationPart, ExportRequest, ExportType, Extension } from './export-types.js';
export { isJsonType, pathVariables } from './export-operation.js';
export declare const EXPORT_TYPES: readonly ExportType[];
/** OpenAPI has no ANY; AWS writes it as this extension (DG:api-gateway-swagger-extensions-any-method). */
export declare const ANY_METHOD = "x-amazon-apigateway-any-method";
/**
 * A model's schema as a definition: `$schema` dropped, references to the API's other models
 * (their URLs) rewritten to local refs under `base` (`#/definitions` or `#/components/schemas`), and
 * a model's pointers into its own document (`#/...`) re-rooted at its definition.
 */
export declare function modelDefinition(model: Model, apiId: string, base: string): unknown;
export declare function buildExportDocument(snap: DeploymentSnapshot, req: ExportRequest): Json;
