import { ApiGatewayMetrics } from './api-gateway.js';
import { LambdaMetrics } from './lambda.js';
export interface Metrics {
    apiGateway: ApiGatewayMetrics;
    lambda: LambdaMetrics;
    /** The content type of `text()`: Prometheus' text exposition format 0.0.4. */
    contentType: string;
    text(): Promise<string>;
}
export declare function createMetrics(): Metrics;
