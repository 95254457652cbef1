/** A documentation part of a REST API, and where in the API it documents. */
export interface DocumentationPartLocation {
    type: string;
    path?: string;
    method?: string;
    statusCode?: string;
    name?: string;
}
export interface DocumentationPart {
    id: string;
    location: DocumentationPartLocation;
    properties: string;
}
