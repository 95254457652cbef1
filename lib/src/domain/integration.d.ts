/** A method's integration and its integration responses (stored inside the method). */
export interface IntegrationResponse {
    statusCode: string;
    selectionPattern?: string;
    responseParameters?: Record<string, string>;
    responseTemplates?: Record<string, string | null>;
    contentHandling?: string;
}
export interface Integration {
    type: string;
    httpMethod?: string;
    uri?: string;
    connectionType?: string;
    connectionId?: string;
    credentials?: string;
    requestParameters?: Record<string, string>;
    requestTemplates?: Record<string, string | null>;
    passthroughBehavior?: string;
    contentHandling?: string;
    timeoutInMillis: number;
    cacheNamespace?: string;
    cacheKeyParameters: string[];
    integrationResponses?: Record<string, IntegrationResponse>;
    tlsConfig?: {
        insecureSkipVerification?: boolean;
    };
    responseTransferMode?: string;
    integrationTarget?: string;
}
