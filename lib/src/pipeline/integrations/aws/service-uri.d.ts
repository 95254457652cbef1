/**
 * The URI of an AWS service integration, as API Gateway reads it (SVC Integration.uri; DG
 * integration-request-basic-setup "arn:aws:apigateway:{region}:{subdomain.service|service}:path|action/{service_api}"):
 *
 *   arn:aws:apigateway:us-east-1:sqs:path/000000000000/orders            a path on the service's endpoint
 *   arn:aws:apigateway:us-east-1:dynamodb:action/PutItem                  an action (`?Action=PutItem`)
 *   arn:aws:apigateway:us-east-1:iam:action/ListUsers&Version=2010-05-08  an action with fixed parameters
 *   arn:aws:apigateway:us-west-2:my-bucket.s3:path/{key}                   a subdomain (S3's bucket) before the service
 *
 * Parsed once per distinct URI text (after stage variables) and kept with the deployment
 * (aws-service.ts), not per request.
 */
export interface AwsServiceUri {
    region: string;
    /** The service's endpoint prefix, as the URI names it: `sqs`, `dynamodb`, `states`, `runtime.sagemaker`… */
    service: string;
    /** What precedes the service in `{subdomain}.{service}` (an S3 bucket, an IoT endpoint prefix). */
    subdomain: string | undefined;
    kind: 'path' | 'action';
    /** `path`: the path after `path/` (its `{name}` placeholders unfilled); `action`: the action's name. */
    target: string;
    /** `action`: the `&name=value` parameters after the action, as written (without the first `&`). */
    actionParameters: string;
}
export declare function parseAwsServiceUri(uri: string): AwsServiceUri | undefined;
