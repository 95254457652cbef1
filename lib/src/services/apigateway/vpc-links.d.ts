import type { Handlers } from './context.js';
import type { VpcLink } from '../../domain/vpc-link.js';
import { vpcLinkNotFound } from './collections.js';
export { type VpcLink, vpcLinkNotFound };
export declare const READY_AFTER_MS = 1000;
/** AWS's account quota (DG:limits): 20 VPC links per region. Only with --aws-limits. */
export declare const MAX_VPC_LINKS = 20;
/** Whether the link is usable (for integrations with connectionType VPC_LINK). */
export declare const isAvailable: (l: VpcLink, now?: number) => boolean;
export declare const vpcLinkHandlers: Handlers;
