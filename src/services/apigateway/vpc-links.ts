/**
 * VpcLink (REST, v1): Create (202, PENDING), Get, GetVpcLinks, Update (`/name`, `/description`),
 * Delete. AWS provisions a link in the background; Tollgate has nothing to provision, so a link
 * reads as AVAILABLE ("Your vpc link is ready for use") once READY_AFTER_MS have passed since it
 * was created, computed on read (no timer). Shapes and texts: peer-localstack F82 and the AWS CLI
 * examples (aws/aws-cli awscli/examples/apigateway/update-vpc-link.rst): Get/Update carry `tags: {}`,
 * Create and list items only non-empty tags (tags.ts).
 */
import { badRequest, limitExceeded } from './errors.js';
import { pageOf } from './paging.js';
import { applyPatch, type PatchTable } from './patch.js';
import type { Handlers } from './context.js';
import type { VpcLink as VpcLinkView } from './generated/types.js';
import { checkTags, createTags } from './tags.js';
import type { Tags } from '../../domain/tags.js';
import type { VpcLink } from '../../domain/vpc-link.js';
import { vpcLinks } from './collections.js';

export const READY_AFTER_MS = 1000;
/** AWS's account quota (DG:limits): 20 VPC links per region. Only with --aws-limits. */
export const MAX_VPC_LINKS = 20;

/** Whether the link is usable (for integrations with connectionType VPC_LINK). */
export const isAvailable = (l: VpcLink, now = Date.now()): boolean => now - l.createdAt >= READY_AFTER_MS;

/**
 * The link with its status. What AWS sends as statusMessage while PENDING is not recorded, so a
 * pending link has none; the AVAILABLE text is AWS's (F82).
 */
function view(l: VpcLink, tags: 'always' | 'non-empty'): VpcLinkView {
  const available = isAvailable(l);
  return {
    id: l.id,
    name: l.name,
    description: l.description,
    targetArns: l.targetArns,
    status: available ? 'AVAILABLE' : 'PENDING',
    statusMessage: available ? 'Your vpc link is ready for use' : undefined,
    tags: tags === 'always' ? l.tags : createTags(l.tags),
  };
}

/**
 * What CreateVpcLink checks synchronously: a name, and target ARNs that are well formed
 * (`arn:partition:service:region:account:resource`) — rec: test_apigateway_api.py::TestApiGatewayVpcLink::test_create_vpc_link_invalid_parameters
 * [create_vpc_link_invalid_target_arn] answered "Invalid ARN. ARN is not well formed invalid-arn", and
 * [create_vpc_link_empty_name] "Name cannot be empty" (name "" and no targets: the name is checked first).
 * Whether a well-formed ARN names a network load balancer, and how many targets there are, is not
 * checked: AWS provisions a link asynchronously (API reference CreateVpcLink: "an asynchronous
 * operation that typically takes 2-4 minutes") and no synchronous refusal of those is recorded, so
 * Tollgate accepts them.
 */
const WELL_FORMED_ARN = /^arn:[^:]+:[^:]+:[^:]*:[^:]*:.+$/s;
function checkCreate(input: CreateVpcLinkInput): void {
  if (!input.name) throw badRequest('Name cannot be empty');
  for (const arn of input.targetArns ?? []) {
    if (!WELL_FORMED_ARN.test(arn)) throw badRequest(`Invalid ARN. ARN is not well formed ${arn}`);
  }
}

const VPC_LINK_PATCH: PatchTable<VpcLink> = {
  rules: [
    {
      path: '/name',
      ops: ['replace'],
      apply: (l, op) => {
        l.name = op.value ?? '';
      },
    },
    {
      path: '/description',
      ops: ['replace'],
      apply: (l, op) => {
        if (op.value) l.description = op.value;
        else delete l.description;
      },
    },
  ],
};

interface CreateVpcLinkInput {
  name: string;
  description?: string;
  targetArns: string[];
  tags?: Tags;
}

export const vpcLinkHandlers: Handlers = {
  async CreateVpcLink(input, ctx) {
    checkCreate(input);
    const tags = input.tags ?? {};
    checkTags(tags);
    const link = await ctx.store.write(async (tx) => {
      const links = vpcLinks.in(tx, ctx.region);
      if (ctx.config.awsLimits) {
        const count = await links.count();
        // Not recorded; the form rest-apis.ts uses for the account quotas.
        if (count >= MAX_VPC_LINKS) throw limitExceeded(`Maximum number of VPC links (${MAX_VPC_LINKS}) reached for this account and region`);
      }
      const id = await links.newId();
      const l: VpcLink = {
        id,
        name: input.name,
        description: input.description,
        targetArns: [...(input.targetArns ?? [])],
        tags,
        createdAt: Date.now(),
      };
      await links.insert(id, l);
      return l;
    });
    return view(link, 'non-empty');
  },

  async GetVpcLink(input, ctx) {
    return view(await vpcLinks.in(ctx.store, ctx.region).getOrThrow(input.vpcLinkId), 'always');
  },

  async GetVpcLinks(input, ctx) {
    return pageOf<VpcLink, VpcLinkView>(vpcLinks.in(ctx.store, ctx.region), input, { map: (l) => view(l, 'non-empty') });
  },

  async UpdateVpcLink(input, ctx) {
    const l = await ctx.store.write(async (tx) => {
      const links = vpcLinks.in(tx, ctx.region);
      const next = applyPatch(await links.getOrThrow(input.vpcLinkId), input.patchOperations, VPC_LINK_PATCH);
      await links.update(next.id, next);
      return next;
    });
    return view(l, 'always');
  },

  async DeleteVpcLink(input, ctx) {
    await ctx.store.write(async (tx) => {
      const links = vpcLinks.in(tx, ctx.region);
      await links.getOrThrow(input.vpcLinkId);
      await links.remove(input.vpcLinkId);
    });
  },
};
