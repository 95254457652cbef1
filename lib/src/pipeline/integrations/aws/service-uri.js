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
/**
 * Endpoint prefixes that hold a dot themselves (botocore's service-2.json `metadata.endpointPrefix`):
 * `runtime.sagemaker` is SageMaker Runtime, not the `sagemaker` service with a subdomain `runtime`.
 */
const DOTTED_SERVICES = new Set(['runtime.sagemaker', 'runtime.lex', 'runtime-v2-lex', 'data.iot', 'data-ats.iot', 'data.jobs.iot', 'a2i-runtime.sagemaker']);
const AWS_URI = /^arn:aws[a-z-]*:apigateway:([a-z0-9-]+):([^:/]+):(path|action)\/(.*)$/s;
export function parseAwsServiceUri(uri) {
    const m = AWS_URI.exec(uri);
    if (!m)
        return undefined;
    const [, region, host, kind, rest] = m;
    let service = host;
    let subdomain;
    if (!DOTTED_SERVICES.has(host)) {
        const dot = host.lastIndexOf('.');
        if (dot > 0) {
            subdomain = host.slice(0, dot);
            service = host.slice(dot + 1);
        }
    }
    if (kind === 'path')
        return { region, service, subdomain, kind, target: rest, actionParameters: '' };
    const amp = rest.indexOf('&');
    return {
        region,
        service,
        subdomain,
        kind: 'action',
        target: amp < 0 ? rest : rest.slice(0, amp),
        actionParameters: amp < 0 ? '' : rest.slice(amp + 1),
    };
}
