import { type Invocation } from '../invocation.js';
export interface ProxyEvent {
    resource: string;
    path: string;
    httpMethod: string;
    headers: Record<string, string> | null;
    multiValueHeaders: Record<string, string[]> | null;
    queryStringParameters: Record<string, string> | null;
    multiValueQueryStringParameters: Record<string, string[]> | null;
    pathParameters: Record<string, string> | null;
    stageVariables: Record<string, string> | null;
    requestContext: Record<string, unknown>;
    body: string | null;
    isBase64Encoded: boolean;
}
export declare function buildProxyEvent(inv: Invocation): ProxyEvent;
