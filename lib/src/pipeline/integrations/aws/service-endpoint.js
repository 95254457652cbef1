/**
 * Where an AWS service integration's call goes and how it is signed, derived once per parsed URI.
 *
 * A configured endpoint (`--aws-endpoint [SERVICE=]URL`, src/config/aws-endpoints.ts) takes every call
 * for its service: an emulator on 127.0.0.1 has no per-bucket host names, so an S3 bucket named as the
 * URI's subdomain moves into the path (`/{bucket}/{key}`, S3's path-style addressing). Otherwise AWS
 * itself: `https://{subdomain.}{service}.{region}.{dnsSuffix}`, the DNS suffix of the region's partition
 * from the AWS SDK's own partitions table (@aws-sdk/core `partition`: amazonaws.com, amazonaws.com.cn,
 * c2s.ic.gov…), except the global services of the `aws` partition, which have one host and sign for
 * us-east-1 (https://docs.aws.amazon.com/general/latest/gr/iam-service.html, …/r53.html, …/cf_region.html).
 *
 * The signing name is the service's own (botocore service-2.json `metadata.signingName`) where it
 * differs from its endpoint prefix: SES is `email.{region}…` signed as `ses`, SageMaker Runtime
 * `runtime.sagemaker` signed as `sagemaker`, Lex `runtime.lex` as `lex`, IoT data `data.iot` as `iotdata`.
 */
import { partition } from '@aws-sdk/core/client';
const SIGNING_NAMES = {
    email: 'ses',
    'runtime.sagemaker': 'sagemaker',
    'a2i-runtime.sagemaker': 'sagemaker',
    'runtime.lex': 'lex',
    'runtime-v2-lex': 'lex',
    'data.iot': 'iotdata',
    'data-ats.iot': 'iotdata',
    iotdata: 'iotdata',
    'data.jobs.iot': 'iot-jobs-data',
};
/** Services of the `aws` partition with one global endpoint, signed for us-east-1. */
const GLOBAL_HOSTS = {
    iam: 'iam.amazonaws.com',
    route53: 'route53.amazonaws.com',
    cloudfront: 'cloudfront.amazonaws.com',
};
export function serviceEndpoint(uri, endpoints) {
    const signingName = SIGNING_NAMES[uri.service] ?? uri.service;
    const configured = endpoints.services[uri.service] ?? endpoints.all;
    if (configured !== undefined) {
        const u = new URL(configured);
        let pathPrefix = u.pathname.replace(/\/+$/, '');
        if (uri.subdomain && uri.service === 's3')
            pathPrefix += `/${uri.subdomain}`;
        return { origin: u.origin, pathPrefix, signingName, signingRegion: uri.region, configured: true };
    }
    const p = partition(uri.region);
    const global = p.name === 'aws' ? GLOBAL_HOSTS[uri.service] : undefined;
    if (global)
        return { origin: `https://${global}`, pathPrefix: '', signingName, signingRegion: 'us-east-1', configured: false };
    const host = `${uri.subdomain ? `${uri.subdomain}.` : ''}${uri.service}.${uri.region}.${p.dnsSuffix}`;
    return { origin: `https://${host}`, pathPrefix: '', signingName, signingRegion: uri.region, configured: false };
}
