import { GatewayError } from '../gateway-errors.js';
export interface EndpointRequest {
    method: string;
    /** `http://host:port`, as `URL.origin` gives it. */
    origin: string;
    /** The path with its query, as sent. */
    path: string;
    headers: Record<string, string | string[]>;
    body: Buffer | undefined;
    timeoutMs: number;
    insecureSkipVerification?: boolean;
    /** The stage's clientCertificateId, and the region it lives in. */
    clientCertificate?: {
        region: string;
        id: string;
    };
}
export interface HttpClientOptions {
    /** The PEM certificate and private key of a generated client certificate; undefined when it is gone. */
    clientCertificate?(region: string, id: string): Promise<{
        cert: string;
        key: string;
    } | undefined>;
    /** The CA certificates backends are verified against; undefined = Node's root store. */
    ca?: string[];
}
export interface EndpointResponse {
    status: number;
    /**
     * Name → values, names in the backend's own casing (an HTTP_PROXY answer passes them on so: rec:
     * test_apigateway_integrations.py::TestApiGatewayHeaderRemapping::test_apigateway_header_remapping_http[HTTP_PROXY]
     * [no-param-integration], `Access-Control-Allow-Origin` as httpbin wrote it). Compare them without case.
     */
    headers: Record<string, string | string[] | undefined>;
    body: Buffer;
    latencyMs: number;
}
/** API Gateway buffers integration responses; a backend may not answer with more than this. */
export declare const MAX_RESPONSE_BYTES: number;
export declare class HttpClient {
    #private;
    constructor(options?: HttpClientOptions);
    send(req: EndpointRequest): Promise<EndpointResponse>;
    close(): Promise<void>;
}
export declare function toGatewayError(e: unknown, signal?: AbortSignal): GatewayError;
