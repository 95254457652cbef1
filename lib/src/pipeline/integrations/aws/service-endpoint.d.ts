import type { AwsEndpoints } from '../../../config/aws-endpoints.js';
import type { AwsServiceUri } from './service-uri.js';
export interface ServiceEndpoint {
    /** `https://sqs.us-east-1.amazonaws.com`, or the configured endpoint's origin. */
    origin: string;
    /** What precedes the URI's path: a configured endpoint's own path, S3's path-style bucket. */
    pathPrefix: string;
    signingName: string;
    signingRegion: string;
    /** A configured endpoint (an emulator, a proxy): credentials follow the local rule (aws-signer.ts). */
    configured: boolean;
}
export declare function serviceEndpoint(uri: AwsServiceUri, endpoints: AwsEndpoints): ServiceEndpoint;
