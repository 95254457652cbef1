/** A custom domain name. */
import type { Tags } from './tags.js';
export interface DomainEndpointConfiguration {
    types: string[];
    ipAddressType?: string;
    vpcEndpointIds?: string[];
}
export interface MutualTls {
    truststoreUri?: string;
    truststoreVersion?: string;
    truststoreWarnings?: string[];
}
/** What a certificate upload (CreateDomainName's deprecated body fields) leaves in the entity. */
export interface UploadedCertificate {
    body: string;
    privateKey: string;
    chain?: string;
}
export interface DomainName {
    domainName: string;
    domainNameId?: string;
    domainNameArn: string;
    certificateName?: string;
    certificateArn?: string;
    certificateUploadDate?: number;
    regionalDomainName?: string;
    regionalHostedZoneId?: string;
    regionalCertificateName?: string;
    regionalCertificateArn?: string;
    distributionDomainName?: string;
    distributionHostedZoneId?: string;
    endpointConfiguration: DomainEndpointConfiguration;
    domainNameStatus: string;
    securityPolicy: string;
    endpointAccessMode?: string;
    tags: Tags;
    mutualTlsAuthentication?: MutualTls;
    ownershipVerificationCertificateArn?: string;
    policy?: string;
    managementPolicy?: string;
    routingMode?: string;
    /** Stored, never returned: no view copies it and the DomainName shape has no such member. */
    uploadedCertificate?: UploadedCertificate;
}
