import type { Handlers } from './context.js';
import type { DomainName } from './domain-names.js';
import { associationNotFound } from './collections.js';
import type { DomainNameAccessAssociation } from '../../domain/domain-name-access-association.js';
export type { DomainNameAccessAssociation };
export { associationNotFound };
export declare const associationArn: (region: string, account: string, domain: DomainName, vpce: string) => string;
export declare const domainNameAccessAssociationHandlers: Handlers;
