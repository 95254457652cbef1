import type { StoreReader } from '../../store/store.js';
import type { ControlContext, Handlers } from './context.js';
import type { DomainEndpointConfiguration, MutualTls, UploadedCertificate, DomainName } from '../../domain/domain-name.js';
import { domainScope } from '../../domain/kinds.js';
import { domainNotFound } from './collections.js';
export { domainScope, domainNotFound };
export { type DomainEndpointConfiguration, type MutualTls, type UploadedCertificate, type DomainName };
/**
 * The region-agnostic hosted zone of every edge-optimized (CloudFront) endpoint, and the per-region
 * hosted zones of the execute-api Regional endpoints: "Amazon API Gateway endpoints and quotas",
 * https://docs.aws.amazon.com/general/latest/gr/apigateway.html (the page's "Route 53 Hosted Zone ID"
 * column). Public scripts that copy the page agree (e.g. codenize-tools/roadworker
 * lib/roadworker/route53-ext.rb for the older regions, except its ap-northeast-3 value, which is
 * S3's website zone there).
 */
export declare const EDGE_HOSTED_ZONE_ID = "Z2FDTNDATAQYW2";
export declare const REGIONAL_HOSTED_ZONE_IDS: Readonly<Record<string, string>>;
export declare const noDomainName: () => Error;
/**
 * The stored domain name. `domainNameId` is only meaningful for private custom domain names: it is
 * accepted and ignored for public ones; for a private one a different id is not this domain.
 */
export declare function getDomain(reader: StoreReader, ctx: ControlContext, name: string, domainNameId?: string): Promise<DomainName>;
/**
 * Checks an uploaded certificate: the body parses as one PEM X.509 certificate, the private key
 * parses and belongs to it, the chain (if any) is PEM certificates. AWS's texts for these failures
 * are not recorded; these name the field and the fault.
 */
export declare function checkUploadedCertificate(body: string | undefined, privateKey: string | undefined, chain: string | undefined): UploadedCertificate | undefined;
export declare const domainNameHandlers: Handlers;
