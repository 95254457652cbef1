/** A VPC link. */
import type { Tags } from './tags.js';
export interface VpcLink {
    id: string;
    name: string;
    description?: string;
    targetArns: string[];
    tags: Tags;
    /** Epoch milliseconds; the model has no createdDate for a VpcLink, so no view returns it. */
    createdAt: number;
}
