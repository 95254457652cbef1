/**
 * The documentation an export carries: the parts frozen in the stage's documentation version
 * (documentation-versions.ts keeps them in the version entity). A stage without a version, or
 * naming one that no longer exists, exports no documentation. The shape is the
 * x-amazon-apigateway-documentation object (DG:api-gateway-swagger-extensions-documentation):
 * {version, createdDate, documentationParts: [{location, properties}]}, properties as JSON objects.
 */
import type { StoreReader } from '../../../store/store.js';
import { type ControlContext } from '../context.js';
import type { ExportDocumentation } from './export-document.js';
export declare function exportDocumentation(reader: StoreReader, ctx: ControlContext, apiId: string, version: string | undefined): Promise<ExportDocumentation | undefined>;
