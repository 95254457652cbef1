/** The inputs of an OpenAPI export (export-document.ts builds the document from them). */
export type ExportType = 'swagger' | 'oas30';
export type Extension = 'integrations' | 'authorizers' | 'apigateway' | 'postman';
/** A documentation part as exported (x-amazon-apigateway-documentation). */
export interface ExportDocumentationPart {
    location: Record<string, unknown>;
    properties: Record<string, unknown>;
}
export interface ExportDocumentation {
    version: string;
    createdDate?: string;
    parts: ExportDocumentationPart[];
}
export interface ExportRequest {
    type: ExportType;
    region: string;
    stageName: string;
    /** The API's title, description and version (the version already falls back to the creation date). */
    info: {
        title: string;
        description?: string;
        version: string;
    };
    extensions: ReadonlySet<string>;
    documentation?: ExportDocumentation;
}
export type Json = Record<string, unknown>;
