/** A model (JSON schema) of a REST API. */
export interface Model {
    id: string;
    name: string;
    description?: string;
    schema?: string;
    contentType: string;
}
