/** A domain name access association: a private custom domain name shared with a VPC endpoint. */
import type { Tags } from './tags.js';
export interface DomainNameAccessAssociation {
    domainNameAccessAssociationArn: string;
    domainNameArn: string;
    accessAssociationSourceType: string;
    accessAssociationSource: string;
    tags: Tags;
}
