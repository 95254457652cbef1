/** A request validator of a REST API. */
export interface RequestValidator {
    id: string;
    name?: string;
    validateRequestBody: boolean;
    validateRequestParameters: boolean;
}
