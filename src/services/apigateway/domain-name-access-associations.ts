/**
 * Domain name access associations (kind `domainnameaccessassociation`, scope = region, id = the
 * association's ARN): Create between a PRIVATE custom domain name of this account and a VPC endpoint,
 * GetDomainNameAccessAssociations (resourceOwner SELF / OTHER_ACCOUNTS, paginated), Delete, and Reject.
 *
 * ARNs (API reference examples and the developer guide's private custom domain tutorials):
 * - a private domain name: `arn:aws:apigateway:{region}:{account}:/domainnames/{name}+{domainNameId}`
 *   (domain-names.ts builds it);
 * - an association: `arn:aws:apigateway:{region}:{account}:/domainnameaccessassociations/domainname/{name}+{domainNameId}/vpcesource/{vpce}`
 *   (docs.aws.amazon.com/apigateway/latest/api/API_GetDomainNameAccessAssociations.html sample), where the
 *   account is the association's owner, the account that owns the VPC endpoint.
 *
 * Tollgate is one account, so every association is the caller's own: GetDomainNameAccessAssociations
 * with OTHER_ACCOUNTS is empty and RejectDomainNameAccessAssociation has nothing it may reject ("You can't
 * reject a domain name access association in your own account. To stop resource sharing, delete the
 * domain name access association.", developer guide apigateway-private-custom-domains-provider-stop-sharing).
 * Associations are taggable (apigateway-tagging-supported-resources.html lists DomainNameAccessAssociation);
 * tags.ts resolves their ARNs to this entity. No error text of these operations is recorded; each
 * one below says what it follows.
 */
import { badRequest, conflict, type ServiceError } from './errors.js';
import { pageOf } from './paging.js';
import type { StoreReader } from '../../store/store.js';
import type { ControlContext, Handlers } from './context.js';
import type { DomainName } from '../../domain/domain-name.js';
import { checkTags, createTags } from './tags.js';
import { associationNotFound, domainNameAccessAssociations, domainNames, domainNotFound } from './collections.js';

import type { DomainNameAccessAssociation } from '../../domain/domain-name-access-association.js';

/** AWS's generic text for an ARN it cannot use (aws-behavior.md "Bad HTTP URI / bad ARN"). */
const invalidArn = (): ServiceError => badRequest('Invalid ARN specified in the request');

const PRIVATE_DOMAIN_ARN = /^arn:aws[a-z-]*:apigateway:([a-z0-9-]+):(\d{12}):\/domainnames\/([^/+]+)\+([a-z0-9]+)$/;
/** VPC endpoint ids are `vpce-` and lowercase hex (EC2); the AWS examples also use `vpce-abcd1234efg`, so letters are let through. */
const VPCE_ID = /^vpce-[0-9a-z]{1,32}$/;

export const associationArn = (region: string, account: string, domain: DomainName, vpce: string): string =>
  `arn:aws:apigateway:${region}:${account}:/domainnameaccessassociations/domainname/${domain.domainName}+${domain.domainNameId}/vpcesource/${vpce}`;

/** The private custom domain name an ARN names in this region and account, or the domain's 404. */
async function privateDomain(reader: StoreReader, ctx: ControlContext, arn: string): Promise<DomainName> {
  const m = PRIVATE_DOMAIN_ARN.exec(arn);
  if (!m) throw invalidArn();
  const [, region, account, name, id] = m;
  if (region !== ctx.region || account !== ctx.accountId) throw domainNotFound();
  const d = await domainNames.in(reader, ctx.region).getOrThrow(name);
  if (d.domainNameId !== id) throw domainNotFound();
  return d;
}

/** Create's answer and list items carry tags only when there are some (tags.ts convention). */
const view = (a: DomainNameAccessAssociation): Record<string, unknown> => ({ ...a, tags: createTags(a.tags) });

export const domainNameAccessAssociationHandlers: Handlers = {
  async CreateDomainNameAccessAssociation(input, ctx) {
    const tags = input.tags ?? {};
    checkTags(tags);
    // Not recorded: a source that is not a VPC endpoint id ("For a VPCE, the value is the VPC endpoint ID", API reference).
    if (!VPCE_ID.test(input.accessAssociationSource)) throw badRequest(`Invalid VPC endpoint ID specified: ${input.accessAssociationSource}`);
    const a = await ctx.store.write(async (tx) => {
      const domain = await privateDomain(tx, ctx, input.domainNameArn);
      // Only private custom domain names have access associations (API reference: "between an access
      // association source and a private custom domain name"). A public domain's ARN has no account
      // and no id, so it never gets here; this guards an id-carrying domain that is not private.
      if (!domain.endpointConfiguration.types.includes('PRIVATE'))
        throw badRequest('Domain name access associations can only be created for private custom domain names');
      const arn = associationArn(ctx.region, ctx.accountId, domain, input.accessAssociationSource);
      // Not recorded: the 409 for a second association of the same VPC endpoint with the same domain.
      const associations = domainNameAccessAssociations.in(tx, ctx.region);
      if (await associations.has(arn)) throw conflict('A domain name access association already exists for this domain name and access association source');
      const assoc: DomainNameAccessAssociation = {
        domainNameAccessAssociationArn: arn,
        domainNameArn: domain.domainNameArn,
        accessAssociationSourceType: input.accessAssociationSourceType,
        accessAssociationSource: input.accessAssociationSource,
        tags,
      };
      await associations.insert(arn, assoc);
      return assoc;
    });
    return view(a);
  },

  /** SELF (and no resourceOwner): the caller's associations; OTHER_ACCOUNTS: none, this server being one account. */
  async GetDomainNameAccessAssociations(input, ctx) {
    if (input.resourceOwner === 'OTHER_ACCOUNTS') return { items: [] };
    return await pageOf<DomainNameAccessAssociation, Record<string, unknown>>(domainNameAccessAssociations.in(ctx.store, ctx.region), input, { map: view });
  },

  async DeleteDomainNameAccessAssociation(input, ctx) {
    await ctx.store.write(async (tx) => {
      const associations = domainNameAccessAssociations.in(tx, ctx.region);
      await associations.getOrThrow(input.domainNameAccessAssociationArn);
      await associations.remove(input.domainNameAccessAssociationArn);
    });
  },

  /**
   * The domain must be one of this account's private domain names and the association one of its
   * associations (404s as above). An association made by this same account cannot be rejected (developer
   * guide note quoted in the header); AWS's error text for that is not recorded, so the answer is a 400
   * quoting the guide.
   */
  async RejectDomainNameAccessAssociation(input, ctx) {
    const domain = await privateDomain(ctx.store, ctx, input.domainNameArn);
    const a = await domainNameAccessAssociations.in(ctx.store, ctx.region).getOrThrow(input.domainNameAccessAssociationArn);
    if (a.domainNameArn !== domain.domainNameArn) throw associationNotFound();
    throw badRequest(
      "You can't reject a domain name access association in your own account. To stop resource sharing, delete the domain name access association.",
    );
  },
};
